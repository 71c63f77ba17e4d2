// Replica → library. Reads the replica's changes since the last applied one, resolves
// conflicts (engine/resolveDocument.ts) and writes the resolution back into the replica, then puts
// each changed row into the library — unless the library's row changed since it last matched
// the replica: that change is mirrored first (as a sibling leaf, so it meets the incoming one
// as a conflict), and the incoming document is looked at again once it has been (the caller,
// engine/applyRound.ts, does both within the same round).
//
// Nothing reaches the library unread: every document must decrypt with this library's key,
// belong to its own id, and assemble into a row the strict row schemas accept. A document
// that fails is refused and reported, and the library keeps what it had.
//
// Resolving a document, putting its row and deferring the rows that met a change of the
// library's own are one pass over the replica's changes, with one cursor and one retry list
// between them; the writes into the library are engine/writeRows.ts.

import type { DecodedPart } from '../docs/partCodec';
import { documentId } from '../crypto/keys';
import { partFields, TABLE_SPECS, type SyncedTable } from '../docs/syncedTables';
import { assembleRow, InvalidRowError } from './assembleRow';
import { rowOfKey } from './bookkeepingCodec';
import { isRowDocumentId, type EngineContext } from './context';
import { readRows, type RowRef } from './mirror';
import { mapLimit } from './mapLimit';
import { partHash } from './partHash';
import { decodeOrNull, resolveDocument, type Winner } from './resolveDocument';
import { rowKeyFor, type PartState } from './syncStore';
import { writeRows, type RowDeletion, type RowPut, type Written } from './writeRows';

const BATCH = 250;
/** Documents decrypted, or rows assembled, at once: bounds the memory large parts take. */
const AT_ONCE = 8;

export interface ApplyReport {
  /** Rows written into (or deleted from) the library. */
  applied: number;
  /** Documents refused: unreadable, not this library's, or not a valid row. */
  refused: number;
  /** Rows changed here meanwhile; the caller mirrors them. */
  localFirst: RowRef[];
}

interface RowEntry {
  ref: RowRef;
  parts: Winner[];
}

interface Tombstone {
  docId: string;
  rev: string;
  state: PartState;
  /** The row the deleted document belongs to, from the bookkeeping (an id is opaque). */
  ref: RowRef;
}

function localPart(table: SyncedTable, part: string, key: string, row: Record<string, unknown>): DecodedPart {
  return {
    table,
    key,
    part,
    updatedAt: row['updatedAt'] as number,
    fields: partFields(table, part, row),
    binary: null,
  };
}

/** The parts of one row, with their new states, or null if a part is not in the replica yet. */
async function partsOfRow(
  ctx: EngineContext,
  rowKey: string,
  entry: RowEntry,
  local: Record<string, unknown> | undefined,
): Promise<{ parts: DecodedPart[]; states: PartState[] } | null> {
  const parts: DecodedPart[] = [];
  const states: PartState[] = [];
  for (const name of TABLE_SPECS[entry.ref.table].parts) {
    const incoming = entry.parts.find((winner) => winner.part.part === name);
    if (incoming !== undefined) {
      parts.push(incoming.part);
      states.push({
        docId: incoming.docId,
        rowKey,
        rev: incoming.rev,
        hash: await partHash(incoming.part.fields, incoming.part.binary),
        updatedAt: incoming.part.updatedAt,
      });
      continue;
    }
    if (local !== undefined) {
      parts.push(localPart(entry.ref.table, name, entry.ref.key, local));
      continue;
    }
    // A new row whose other part is in the replica already (or not yet: then it waits for it).
    const siblingId = await documentId(ctx.keys, entry.ref.table, entry.ref.key, name);
    // Not in the replica yet (PouchDB rejects with not-found): the row waits for its other part.
    const sibling = await ctx.replica.get(siblingId, { attachments: true, binary: true }).catch(() => null);
    const decoded = sibling === null ? null : await decodeOrNull(ctx, sibling);
    if (sibling === null || decoded === null) return null;
    parts.push(decoded);
    states.push({
      docId: siblingId,
      rowKey,
      rev: sibling._rev,
      hash: await partHash(decoded.fields, decoded.binary),
      updatedAt: decoded.updatedAt,
    });
  }
  return { parts, states };
}

async function applyBatch(
  ctx: EngineContext,
  ids: readonly string[],
  report: ApplyReport,
  retry: Set<string>,
): Promise<void> {
  const { db, store, replica } = ctx;
  const refused = { count: 0 };
  const fetched = await replica.allDocs({
    keys: ids,
    include_docs: true,
    conflicts: true,
    attachments: true,
    binary: true,
  });
  const states = await store.getParts(ids);
  // Decrypting and checking the documents, a few at a time; what follows reads the results in
  // the replica's order, as if each had been resolved in turn.
  const resolved = await mapLimit(fetched.rows, AT_ONCE, async (row) =>
    row.value === undefined || row.value.deleted === true || row.doc === null || row.doc === undefined
      ? null
      : resolveDocument(ctx, row.doc, refused),
  );
  const winners: Winner[] = [];
  const tombstones: Tombstone[] = [];
  const stale: PartState[] = [];
  for (const [index, row] of fetched.rows.entries()) {
    const state = states[index];
    if (row.value === undefined) continue;
    if (row.value.deleted === true) {
      // A row the bookkeeping cannot name (a corrupt rowKey) keeps its row: nothing is deleted.
      const ref = state === undefined ? null : rowOfKey(state.rowKey);
      if (state !== undefined && ref !== null && state.rev !== row.value.rev)
        tombstones.push({ docId: row.key, rev: row.value.rev, state, ref });
      continue;
    }
    const winner = resolved[index];
    if (winner === null || winner === undefined || winner.rev === state?.rev) continue;
    if (state?.updatedAt !== undefined && winner.part.updatedAt < state.updatedAt) {
      // Older than what the library holds, yet not a conflict: a server replaying an old
      // revision as a new one. Refused; the library's version goes on top of it again.
      refused.count += 1;
      stale.push({ ...state, rev: winner.rev, hash: 'stale' });
      continue;
    }
    winners.push(winner);
  }
  if (stale.length > 0) {
    const staleRows = await store.getRows(stale.map((part) => part.rowKey));
    await store.transaction('rw', store.partStates, store.rowStates, async () => {
      await store.putParts(stale);
      // Not the library's updatedAt: the next mirror compares the parts and writes them again.
      await store.putRows(staleRows.flatMap((row) => (row === undefined ? [] : [{ ...row, updatedAt: -1 }])));
    });
    for (const row of staleRows) if (row !== undefined) report.localFirst.push({ table: row.table, key: row.key });
  }

  // Group the winners by row; read the library's rows and the bookkeeping for them.
  const byRow = new Map<string, RowEntry>();
  for (const winner of winners) {
    const rowKey = rowKeyFor(winner.part.table, winner.part.key);
    const entry = byRow.get(rowKey) ?? {
      ref: { table: winner.part.table, key: winner.part.key },
      parts: [],
    };
    entry.parts.push(winner);
    byRow.set(rowKey, entry);
  }
  const tombstoneRefs = tombstones.map((tombstone) => tombstone.ref);
  const refs = [...[...byRow.values()].map((entry) => entry.ref), ...tombstoneRefs];
  const rowKeys = refs.map((ref) => rowKeyFor(ref.table, ref.key));
  const [locals, rowStates] = await Promise.all([readRows(db, refs), store.getRows(rowKeys)]);
  const changedHere = (index: number) => {
    const local = locals[index];
    const known = rowStates[index]?.updatedAt ?? null;
    return local !== undefined && local['updatedAt'] !== known;
  };

  const ready: {
    rowKey: string;
    entry: RowEntry;
    local: Record<string, unknown> | undefined;
  }[] = [];
  for (const [index, [rowKey, entry]] of [...byRow].entries()) {
    if (changedHere(index)) {
      report.localFirst.push(entry.ref);
      for (const winner of entry.parts) retry.add(winner.docId);
    } else ready.push({ rowKey, entry, local: locals[index] });
  }
  const assembled = await mapLimit(ready, AT_ONCE, async ({ rowKey, entry, local }) => {
    const found = await partsOfRow(ctx, rowKey, entry, local);
    if (found === null) return null;
    try {
      const row = assembleRow(entry.ref.table, found.parts);
      const expected = (local?.['updatedAt'] as number | undefined) ?? null;
      return { ref: entry.ref, row, expected, parts: found.states };
    } catch (error) {
      if (!(error instanceof InvalidRowError)) throw error;
      if (error.message !== 'not a synced setting') refused.count += 1;
      return null;
    }
  });
  const puts = assembled.filter((put): put is RowPut => put !== null);
  const deletions: RowDeletion[] = tombstones.flatMap((tombstone, offset) =>
    changedHere(byRow.size + offset)
      ? []
      : [
          {
            ref: tombstoneRefs[offset]!,
            expected: (locals[byRow.size + offset]?.['updatedAt'] as number | undefined) ?? null,
            part: { ...tombstone.state, rev: tombstone.rev, hash: 'deleted' },
          },
        ],
  );

  const tables = [...new Set(refs.map((ref) => ref.table))];
  let written: Written = { parts: [], rows: [] };
  if (tables.length > 0) {
    written = await db.transaction(
      'rw',
      tables.map((table) => db.table(table)),
      () => writeRows(db, puts, deletions),
    );
  }
  await store.transaction('rw', store.partStates, store.rowStates, async () => {
    await store.putParts(written.parts);
    await store.putRows(written.rows);
  });
  report.applied += written.rows.length;
  report.refused += refused.count;
}

/** Applies everything the replica holds that the library has not seen. */
export async function applyRemote(
  ctx: EngineContext,
  onProgress?: (done: number, total: number) => void,
): Promise<ApplyReport> {
  const report: ApplyReport = { applied: 0, refused: 0, localFirst: [] };
  const retry = new Set<string>();
  const waiting = await ctx.store.retryIds();
  if (waiting.length > 0) await applyBatch(ctx, waiting, report, retry);
  let since = await ctx.store.cursor();
  const total = Math.max(0, Number((await ctx.replica.info()).update_seq) - since);
  let done = 0;
  for (;;) {
    const changes = await ctx.replica.changes({
      since,
      limit: BATCH,
      style: 'all_docs',
    });
    if (changes.results.length === 0) break;
    const ids = [...new Set(changes.results.map((change) => change.id))].filter(isRowDocumentId);
    if (ids.length > 0) await applyBatch(ctx, ids, report, retry);
    since = changes.last_seq;
    await ctx.store.saveCursor(since);
    done += changes.results.length;
    onProgress?.(Math.min(done, total), total);
  }
  await ctx.store.saveRetryIds([...retry]);
  return report;
}
