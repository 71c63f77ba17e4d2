// Writing a checked backup into the library, in one transaction: either every row it brings is
// written or none is. "merge" keeps, for each id, whichever copy was changed last (`updatedAt`;
// soft deletions count as changes); "replace" makes the library exactly the backup.

import { err, ok, type Result } from '../../electron/common/result';
import type { HamishDb } from '../db/HamishDb';
import { storageFailureOf, type StorageFailure } from '../db/storageErrors';
import type { ParsedBackup } from './readBackup';
import { BACKED_UP_TABLE_NAMES, BACKED_UP_TABLES, type BackedUpTable, type BackupRows } from './rowSchemas';

export type RestoreMode = 'merge' | 'replace';

export interface RestoreSummary {
  /** Rows taken from the backup, per table. */
  written: Record<BackedUpTable, number>;
  /** Rows of the backup not taken because the library's copy is as new or newer. */
  kept: Record<BackedUpTable, number>;
}

interface Timestamped {
  updatedAt: number;
}

/** The incoming rows that should overwrite: absent here, or changed after the copy here. */
export function newerRows<T extends Timestamped>(incoming: readonly T[], existing: readonly (T | undefined)[]): T[] {
  return incoming.filter((row, index) => {
    const current = existing[index];
    return current === undefined || row.updatedAt > current.updatedAt;
  });
}

function countsOf(value: (table: BackedUpTable) => number): Record<BackedUpTable, number> {
  return Object.fromEntries(BACKED_UP_TABLE_NAMES.map((table) => [table, value(table)])) as Record<
    BackedUpTable,
    number
  >;
}

export async function applyBackup(
  db: HamishDb,
  backup: ParsedBackup,
  mode: RestoreMode,
): Promise<Result<RestoreSummary, StorageFailure>> {
  const rows: BackupRows = backup.rows;
  const written = countsOf(() => 0);
  try {
    await db.transaction('rw', [...BACKED_UP_TABLE_NAMES.map((table) => db.table(table)), db.searchIndex], async () => {
      for (const table of BACKED_UP_TABLE_NAMES) {
        const incoming = rows[table] as Timestamped[];
        const store = db.table<Timestamped>(table);
        if (mode === 'replace') {
          await store.clear();
          await store.bulkAdd(incoming);
          written[table] = incoming.length;
          continue;
        }
        const key = BACKED_UP_TABLES[table].key;
        const existing = await store.bulkGet(incoming.map((row) => (row as unknown as Record<string, string>)[key]!));
        const newer = newerRows(incoming, existing);
        await store.bulkPut(newer);
        written[table] = newer.length;
      }
      // The persisted search index no longer matches the rows: drop it so it is rebuilt.
      if (Object.values(written).some((count) => count > 0)) await db.searchIndex.clear();
    });
  } catch (error) {
    return err(storageFailureOf(error), String(error));
  }
  return ok({ written, kept: countsOf((table) => rows[table].length - written[table]) });
}
