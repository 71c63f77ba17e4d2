// Writing a checked backup into the library, in one transaction: either every row it brings is
// written or none is. "merge" keeps, for each id, whichever copy was changed last (`updatedAt`;
// soft deletions count as changes) and, unless the user says otherwise, brings back what was
// deleted since the backup (mergePlan.ts holds the rule); "replace" makes the library exactly
// the backup.

import { err, ok, type Result } from '../../electron/common/result';
import type { HamishDb } from '../db/HamishDb';
import { storageFailureOf, type StorageFailure } from '../db/storageErrors';
import { decideRow, existingRowsFor, type VersionedRow } from './mergePlan';
import type { ParsedBackup } from './readBackup';
import { BACKED_UP_TABLE_NAMES, type BackedUpTable, type BackupRows } from '../db/rowSchemas';

export type RestoreMode = 'merge' | 'replace';

export interface MergeOptions {
  /** Undelete rows deleted in the library after the backup was made. */
  bringBackDeleted: boolean;
}

export interface RestoreSummary {
  /** Rows taken from the backup, per table. */
  written: Record<BackedUpTable, number>;
  /** Rows deleted since the backup and brought back, per table. */
  broughtBack: Record<BackedUpTable, number>;
  /** Rows deleted since the backup and left deleted, as the user chose. */
  leftDeleted: Record<BackedUpTable, number>;
  /** Rows of the backup not taken because the library's copy is as new or newer. */
  kept: Record<BackedUpTable, number>;
}

function countsOf(value: (table: BackedUpTable) => number): Record<BackedUpTable, number> {
  return Object.fromEntries(BACKED_UP_TABLE_NAMES.map((table) => [table, value(table)])) as Record<
    BackedUpTable,
    number
  >;
}

const DEFAULT_MERGE: MergeOptions = { bringBackDeleted: true };

export async function applyBackup(
  db: HamishDb,
  backup: ParsedBackup,
  mode: RestoreMode,
  options: MergeOptions = DEFAULT_MERGE,
): Promise<Result<RestoreSummary, StorageFailure>> {
  const rows: BackupRows = backup.rows;
  const written = countsOf(() => 0);
  const broughtBack = countsOf(() => 0);
  const leftDeleted = countsOf(() => 0);
  try {
    await db.transaction('rw', [...BACKED_UP_TABLE_NAMES.map((table) => db.table(table)), db.searchIndex], async () => {
      const now = Date.now();
      for (const table of BACKED_UP_TABLE_NAMES) {
        const incoming = rows[table] as VersionedRow[];
        const store = db.table<VersionedRow>(table);
        if (mode === 'replace') {
          await store.clear();
          await store.bulkAdd(incoming);
          written[table] = incoming.length;
          continue;
        }
        const existing = await existingRowsFor(db, table, incoming);
        const taken: VersionedRow[] = [];
        const undeleted: VersionedRow[] = [];
        incoming.forEach((row, index) => {
          const { action } = decideRow(row, existing[index]);
          if (action === 'take-backup') taken.push(row);
          else if (action === 'bring-back') {
            if (options.bringBackDeleted) undeleted.push({ ...existing[index]!, deletedAt: null, updatedAt: now });
            else leftDeleted[table] += 1;
          }
        });
        await store.bulkPut([...taken, ...undeleted]);
        written[table] = taken.length;
        broughtBack[table] = undeleted.length;
      }
      // The persisted search index no longer matches the rows: drop it so it is rebuilt.
      const changed = [...Object.values(written), ...Object.values(broughtBack)];
      if (changed.some((count) => count > 0)) await db.searchIndex.clear();
    });
  } catch (error) {
    return err(storageFailureOf(error), String(error));
  }
  return ok({
    written,
    broughtBack,
    leftDeleted,
    kept: countsOf((table) => rows[table].length - written[table] - broughtBack[table]),
  });
}
