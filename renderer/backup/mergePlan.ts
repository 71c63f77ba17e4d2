// What a merge does with each row of a backup, decided one way for the summary shown before
// the merge and for the merge itself (applyBackup.ts runs the same rule inside its transaction,
// so a library that changed in between is still merged correctly).
//
// A soft deletion is a change like any other, so "the copy changed last wins" alone would keep
// everything deleted after the backup was made deleted: the restore the user asked for would
// bring nothing back. Such rows are told apart ("deleted since the backup") and, when the user
// asks (the default), brought back: the library's own copy, which holds the newest text, is
// undeleted with a fresh `updatedAt`, so the restore is itself the newest change.

import type { HamishDb } from '../db/HamishDb';
import { SUMMARY_TABLES, type MergeOutcome, type MergePreview } from './mergeOutcomes';
import type { ParsedBackup } from './readBackup';
import { BACKED_UP_TABLES, type BackedUpTable } from '../db/rowSchemas';

export interface VersionedRow {
  updatedAt: number;
  /** Absent on tables the user cannot delete from (bodies, settings, images). */
  deletedAt?: number | null;
}

export type RowAction = 'take-backup' | 'bring-back' | 'keep';

export interface RowDecision {
  /** null: nothing the user would count (the same row, or a deletion both sides agree on). */
  outcome: MergeOutcome | null;
  action: RowAction;
}

const isDeleted = (row: VersionedRow): boolean => row.deletedAt !== undefined && row.deletedAt !== null;

/** The one rule: how a backup row and the library's row with the same key are merged. */
export function decideRow(incoming: VersionedRow, existing: VersionedRow | undefined): RowDecision {
  if (existing === undefined)
    // A deleted row the library never had is written (it records the deletion) but is not news.
    return { outcome: isDeleted(incoming) ? null : 'new', action: 'take-backup' };
  if (isDeleted(existing) && !isDeleted(incoming) && existing.updatedAt >= incoming.updatedAt)
    return { outcome: 'deletedSinceBackup', action: 'bring-back' };
  if (incoming.updatedAt > existing.updatedAt)
    return { outcome: isDeleted(incoming) && isDeleted(existing) ? null : 'newerInBackup', action: 'take-backup' };
  if (existing.updatedAt > incoming.updatedAt && !isDeleted(existing))
    return { outcome: 'newerInLibrary', action: 'keep' };
  return { outcome: null, action: 'keep' };
}

function emptyCounts(): Record<MergeOutcome, number> {
  return { new: 0, newerInBackup: 0, newerInLibrary: 0, deletedSinceBackup: 0 };
}

export function keyOf(table: BackedUpTable, row: unknown): string {
  return (row as Record<string, string>)[BACKED_UP_TABLES[table].key]!;
}

/** The library's rows with the keys of the backup's rows, in the same order (undefined: absent). */
export function existingRowsFor(
  db: HamishDb,
  table: BackedUpTable,
  incoming: readonly unknown[],
): Promise<(VersionedRow | undefined)[]> {
  return db.table<VersionedRow>(table).bulkGet(incoming.map((row) => keyOf(table, row)));
}

/** The summary shown before a merge; reads the library and writes nothing. */
export async function previewMerge(db: HamishDb, backup: ParsedBackup): Promise<MergePreview> {
  const tables = SUMMARY_TABLES.map((table) => db.table(table));
  return db.transaction('r', tables, async () => {
    const preview = {} as MergePreview;
    for (const table of SUMMARY_TABLES) {
      const incoming = backup.rows[table] as VersionedRow[];
      const existing = await existingRowsFor(db, table, incoming);
      const counts = emptyCounts();
      incoming.forEach((row, index) => {
        const { outcome } = decideRow(row, existing[index]);
        if (outcome !== null) counts[outcome] += 1;
      });
      preview[table] = counts;
    }
    return preview;
  });
}
