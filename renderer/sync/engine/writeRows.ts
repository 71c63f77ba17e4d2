// The library's side of applying: puts the assembled rows and deletes the deleted ones, inside
// the caller's transaction, each only if the library's row is still the one read before (a
// write made here meanwhile is left for the next round). One bulkGet and one bulkPut or
// bulkDelete per table instead of a get and a put per row: the first sync applies tens of
// thousands of rows, and each separate request is a round trip to IndexedDB.

import type { SyncedTable } from '../docs/syncedTables';
import type { AssembledRow } from './assembleRow';
import { readRows, type RowRef } from './mirror';
import { rowKeyFor, type PartState, type RowState } from './syncStore';

export interface RowPut {
  ref: RowRef;
  row: AssembledRow;
  /** The library row's updatedAt when it was read (null: there was none). */
  expected: number | null;
  parts: PartState[];
}

export interface RowDeletion {
  ref: RowRef;
  expected: number | null;
  /** The state of the part whose deletion this is, at the tombstone's revision. */
  part: PartState;
}

export interface Written {
  parts: PartState[];
  rows: RowState[];
}

const timeOf = (row: Record<string, unknown> | undefined): number | null =>
  (row?.['updatedAt'] as number | undefined) ?? null;

function byTable<T>(items: readonly T[], refOf: (item: T) => RowRef): Map<SyncedTable, T[]> {
  const groups = new Map<SyncedTable, T[]>();
  for (const item of items) {
    const table = refOf(item).table;
    const group = groups.get(table);
    if (group === undefined) groups.set(table, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * Must run inside a read-write transaction over the tables of `puts` and `deletions`. A row is
 * in `puts` at most once (the caller groups parts by row), so reading them all before writing
 * any sees what reading each just before its own put would.
 */
export async function writeRows(
  db: Parameters<typeof readRows>[0],
  puts: readonly RowPut[],
  deletions: readonly RowDeletion[],
): Promise<Written> {
  const written: Written = { parts: [], rows: [] };
  const current = await readRows(
    db,
    puts.map((put) => put.ref),
  );
  const kept = puts.filter((put, index) => timeOf(current[index]) === put.expected);
  await Promise.all(
    [...byTable(kept, (put) => put.ref)].map(([table, rows]) => db.table(table).bulkPut(rows.map((put) => put.row))),
  );
  for (const put of kept) {
    written.parts.push(...put.parts);
    written.rows.push({ rowKey: rowKeyFor(put.ref.table, put.ref.key), ...put.ref, updatedAt: put.row.updatedAt });
  }

  // Read after the puts: a row put just now is no longer the one the deletion was meant for.
  // A row may have several deletions (one per part); once the first deletes it, the later
  // ones find it gone, as they would reading it one by one.
  const found = await readRows(
    db,
    deletions.map((deletion) => deletion.ref),
  );
  const now = new Map<string, number | null>();
  const gone: RowDeletion[] = [];
  for (const [index, deletion] of deletions.entries()) {
    const rowKey = rowKeyFor(deletion.ref.table, deletion.ref.key);
    const time = now.has(rowKey) ? now.get(rowKey)! : timeOf(found[index]);
    if (time !== deletion.expected) continue;
    now.set(rowKey, null);
    gone.push(deletion);
    written.parts.push(deletion.part);
    written.rows.push({ rowKey, ...deletion.ref, updatedAt: null });
  }
  await Promise.all(
    [...byTable(gone, (deletion) => deletion.ref)].map(([table, list]) =>
      db.table(table).bulkDelete(list.map((deletion) => deletion.ref.key)),
    ),
  );
  return written;
}
