// Replica → library. Reads the replica's changes since the last applied one, resolves
// conflicts (docs/resolveLeaves.ts) and writes the resolution back into the replica, then puts
// each changed row into the library — unless the library's row changed since it last matched
// the replica: that change is mirrored first (as a sibling leaf, so it meets the incoming one
// as a conflict), and the incoming document is looked at again on the next round.
//
// Nothing reaches the library unread: every document must decrypt with this library's key,
// belong to its own id, and assemble into a row the strict row schemas accept. A document
// that fails is refused and reported, and the library keeps what it had.
//
// A little over 300 lines on purpose: resolving a document, putting its row and deferring the
// rows that met a change of the library's own are one pass over the replica's changes, with one
// cursor and one retry list between them.

import { decodePart, encodePart, type DecodedPart } from '../docs/partCodec';
import { documentId } from '../crypto/keys';
import { resolveLeaves, type Leaf } from '../docs/resolveLeaves';
import { partFields, TABLE_SPECS, type SyncedTable } from '../docs/syncedTables';
import { assembleRow, InvalidRowError, type AssembledRow } from './assembleRow';
import { isRowDocumentId, type EngineContext } from './context';
import { readRows, type RowRef } from './mirror';
import { partHash } from './partHash';
import type { StoredDocument } from './pouch';
import { rowKeyFor, type PartState, type RowState } from './syncStore';

const BATCH = 250;

export interface ApplyReport {
  /** Rows written into (or deleted from) the library. */
  applied: number;
  /** Documents refused: unreadable, not this library's, or not a valid row. */
  refused: number;
  /** Rows changed here meanwhile; the caller mirrors them. */
  localFirst: RowRef[];
}

interface Winner {
  docId: string;
  rev: string;
  part: DecodedPart;
}

interface Tombstone {
  docId: string;
  rev: string;
  state: PartState;
}

async function decodeOrNull(ctx: EngineContext, doc: StoredDocument): Promise<DecodedPart | null> {
  try {
    return await decodePart(ctx.keys, doc);
  } catch {
    // A part that does not decrypt or decode is refused, never applied: callers count it as
    // refused (the status line shows the count) and keep the library's row as it is.
    return null;
  }
}

/** The document's winning version after resolving its conflicts (written back to the replica). */
async function resolveDocument(
  ctx: EngineContext,
  doc: StoredDocument,
  refused: { count: number },
): Promise<Winner | null> {
  const conflicts = doc._conflicts ?? [];
  if (conflicts.length === 0) {
    const part = await decodeOrNull(ctx, doc);
    if (part === null) refused.count += 1;
    return part === null ? null : { docId: doc._id, rev: doc._rev, part };
  }
  const others = await ctx.replica.bulkGet({
    docs: conflicts.map((rev) => ({ id: doc._id, rev })),
    attachments: true,
    binary: true,
  });
  const candidates: StoredDocument[] = [doc];
  for (const result of others.results) for (const item of result.docs) if ('ok' in item) candidates.push(item.ok);
  const leaves: Leaf[] = [];
  for (const candidate of candidates) {
    const part = await decodeOrNull(ctx, candidate);
    if (part === null) refused.count += 1;
    else leaves.push({ rev: candidate._rev, part, hash: await partHash(part.fields, part.binary) });
  }
  if (leaves.length === 0) return null;
  const resolution = resolveLeaves(leaves, doc._rev);
  const kept = leaves.find((leaf) => leaf.rev === resolution.keepRev);
  resolution.resolved = { ...resolution.resolved, basis: kept?.hash ?? null };
  const writes: Record<string, unknown>[] = resolution.close.map((rev) => ({
    _id: doc._id,
    _rev: rev,
    _deleted: true,
  }));
  if (resolution.rewrite)
    writes.unshift({ ...(await encodePart(ctx.keys, resolution.resolved)), _rev: resolution.keepRev });
  const results = await ctx.replica.bulkDocs(writes);
  const rev = resolution.rewrite ? results[0]?.rev : resolution.keepRev;
  return rev === undefined ? null : { docId: doc._id, rev, part: resolution.resolved };
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

async function applyBatch(
  ctx: EngineContext,
  ids: readonly string[],
  report: ApplyReport,
  retry: Set<string>,
): Promise<void> {
  const { db, store, replica, keys } = ctx;
  const refused = { count: 0 };
  const fetched = await replica.allDocs({
    keys: ids,
    include_docs: true,
    conflicts: true,
    attachments: true,
    binary: true,
  });
  const states = await store.parts.bulkGet([...ids]);
  const winners: Winner[] = [];
  const tombstones: Tombstone[] = [];
  const stale: PartState[] = [];
  for (const [index, row] of fetched.rows.entries()) {
    const state = states[index];
    if (row.value === undefined) continue;
    if (row.value.deleted === true) {
      if (state !== undefined && state.rev !== row.value.rev)
        tombstones.push({ docId: row.key, rev: row.value.rev, state });
      continue;
    }
    if (row.doc === null || row.doc === undefined) continue;
    const winner = await resolveDocument(ctx, row.doc, refused);
    if (winner === null || winner.rev === state?.rev) continue;
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
    const staleRows = await store.rows.bulkGet(stale.map((part) => part.rowKey));
    await store.transaction('rw', store.parts, store.rows, async () => {
      await store.parts.bulkPut(stale);
      // Not the library's updatedAt: the next mirror compares the parts and writes them again.
      await store.rows.bulkPut(staleRows.flatMap((row) => (row === undefined ? [] : [{ ...row, updatedAt: -1 }])));
    });
    for (const row of staleRows) if (row !== undefined) report.localFirst.push({ table: row.table, key: row.key });
  }

  // Group the winners by row; read the library's rows and the bookkeeping for them.
  const byRow = new Map<string, { ref: RowRef; parts: Winner[] }>();
  for (const winner of winners) {
    const rowKey = rowKeyFor(winner.part.table, winner.part.key);
    const entry = byRow.get(rowKey) ?? { ref: { table: winner.part.table, key: winner.part.key }, parts: [] };
    entry.parts.push(winner);
    byRow.set(rowKey, entry);
  }
  const tombstoneRefs = tombstones.map((tombstone) => {
    const [table, ...rest] = tombstone.state.rowKey.split('/');
    return { table: table as SyncedTable, key: rest.join('/') };
  });
  const refs = [...[...byRow.values()].map((entry) => entry.ref), ...tombstoneRefs];
  const rowKeys = refs.map((ref) => rowKeyFor(ref.table, ref.key));
  const [locals, rowStates] = await Promise.all([readRows(db, refs), store.rows.bulkGet(rowKeys)]);
  const changedHere = (index: number) => {
    const local = locals[index];
    const known = rowStates[index]?.updatedAt ?? null;
    return local !== undefined && local['updatedAt'] !== known;
  };

  const puts: { ref: RowRef; row: AssembledRow; expected: number | null; parts: PartState[] }[] = [];
  let position = 0;
  for (const [rowKey, entry] of byRow) {
    const index = position++;
    if (changedHere(index)) {
      report.localFirst.push(entry.ref);
      for (const winner of entry.parts) retry.add(winner.docId);
      continue;
    }
    const local = locals[index];
    const parts: DecodedPart[] = [];
    const partStates: PartState[] = [];
    let complete = true;
    for (const name of TABLE_SPECS[entry.ref.table].parts) {
      const incoming = entry.parts.find((winner) => winner.part.part === name);
      if (incoming !== undefined) {
        parts.push(incoming.part);
        partStates.push({
          docId: incoming.docId,
          rowKey,
          part: name,
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
      const siblingId = await documentId(keys, entry.ref.table, entry.ref.key, name);
      // Not in the replica yet (PouchDB rejects with not-found): the row waits for its other part.
      const sibling = await replica.get(siblingId, { attachments: true, binary: true }).catch(() => null);
      const decoded = sibling === null ? null : await decodeOrNull(ctx, sibling);
      if (sibling === null || decoded === null) {
        complete = false;
        break;
      }
      parts.push(decoded);
      partStates.push({
        docId: siblingId,
        rowKey,
        part: name,
        rev: sibling._rev,
        hash: await partHash(decoded.fields, decoded.binary),
        updatedAt: decoded.updatedAt,
      });
    }
    if (!complete) continue;
    try {
      const row = assembleRow(entry.ref.table, parts);
      puts.push({
        ref: entry.ref,
        row,
        expected: (local?.['updatedAt'] as number | undefined) ?? null,
        parts: partStates,
      });
    } catch (error) {
      if (!(error instanceof InvalidRowError)) throw error;
      if (error.message !== 'not a synced setting') refused.count += 1;
    }
  }
  const deletions = tombstones.map((tombstone, offset) => ({
    tombstone,
    ref: tombstoneRefs[offset]!,
    expected: (locals[byRow.size + offset]?.['updatedAt'] as number | undefined) ?? null,
    changed: changedHere(byRow.size + offset),
  }));

  const tables = [...new Set(refs.map((ref) => ref.table))];
  const appliedParts: PartState[] = [];
  const appliedRows: RowState[] = [];
  if (tables.length > 0) {
    await db.transaction(
      'rw',
      tables.map((table) => db.table(table)),
      async () => {
        for (const put of puts) {
          const current = (await db.table(put.ref.table).get(put.ref.key)) as Record<string, unknown> | undefined;
          // Changed here since it was read: leave it for the next round.
          if (((current?.['updatedAt'] as number | undefined) ?? null) !== put.expected) continue;
          await db.table(put.ref.table).put(put.row);
          appliedParts.push(...put.parts);
          appliedRows.push({ rowKey: rowKeyFor(put.ref.table, put.ref.key), ...put.ref, updatedAt: put.row.updatedAt });
        }
        for (const deletion of deletions) {
          if (deletion.changed) continue;
          const current = (await db.table(deletion.ref.table).get(deletion.ref.key)) as
            Record<string, unknown> | undefined;
          if (((current?.['updatedAt'] as number | undefined) ?? null) !== deletion.expected) continue;
          await db.table(deletion.ref.table).delete(deletion.ref.key);
          appliedParts.push({ ...deletion.tombstone.state, rev: deletion.tombstone.rev, hash: 'deleted' });
          appliedRows.push({ rowKey: deletion.tombstone.state.rowKey, ...deletion.ref, updatedAt: null });
        }
      },
    );
  }
  await store.transaction('rw', store.parts, store.rows, async () => {
    await store.parts.bulkPut(appliedParts);
    await store.rows.bulkPut(appliedRows);
  });
  report.applied += appliedRows.length;
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
    const changes = await ctx.replica.changes({ since, limit: BATCH, style: 'all_docs' });
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
