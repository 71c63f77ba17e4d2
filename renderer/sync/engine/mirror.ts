// Library → replica. For each changed row: encrypt the parts whose contents changed and write
// them on top of the revision the library last matched (engine/revisions.ts says why not on
// top of the newest); a row gone from the library (a purged body or image, a replaced restore)
// becomes a deletion. The bookkeeping then records the new revisions and marks the rows unsent
// until the server confirms them.

import { encodePart, type DecodedPart } from '../docs/partCodec';
import { documentId } from '../crypto/keys';
import { partFields, rowSyncs, TABLE_SPECS, type SyncedTable } from '../docs/syncedTables';
import type { EngineContext } from './context';
import { partHash } from './partHash';
import { childRevision } from './revisions';
import { rowKeyFor, type PartState, type RowState, type UnsentRow } from './syncStore';

export interface RowRef {
  table: SyncedTable;
  key: string;
}

/** Rows per batch: bounds memory when the first sync encrypts a whole library. */
const BATCH = 200;

export class ReplicaWriteError extends Error {
  override readonly name = 'ReplicaWriteError';
}

async function partsOfRow(table: SyncedTable, row: Record<string, unknown>): Promise<Omit<DecodedPart, 'key'>[]> {
  const binary =
    table === 'images' && row['blob'] instanceof Blob ? new Uint8Array(await row['blob'].arrayBuffer()) : null;
  return TABLE_SPECS[table].parts.map((part) => {
    const fields = partFields(table, part, row);
    if (table === 'images') fields['blobType'] = (row['blob'] as Blob | undefined)?.type ?? '';
    return { table, part, updatedAt: row['updatedAt'] as number, fields, binary };
  });
}

/** The library's rows for `refs`, in order (undefined where there is none): one bulkGet per table. */
export async function readRows(
  db: EngineContext['db'],
  refs: readonly RowRef[],
): Promise<(Record<string, unknown> | undefined)[]> {
  const rows: (Record<string, unknown> | undefined)[] = new Array(refs.length);
  const byTable = new Map<SyncedTable, number[]>();
  refs.forEach((ref, index) => {
    const indexes = byTable.get(ref.table);
    if (indexes === undefined) byTable.set(ref.table, [index]);
    else indexes.push(index);
  });
  await Promise.all(
    [...byTable].map(async ([table, indexes]) => {
      const found = await db.table(table).bulkGet(indexes.map((index) => refs[index]!.key));
      indexes.forEach((index, position) => (rows[index] = found[position] as Record<string, unknown> | undefined));
    }),
  );
  return rows;
}

/** The bookkeeping of each of a row's documents that the replica has held. */
async function partStatesOfRow(ctx: EngineContext, ref: RowRef): Promise<PartState[]> {
  const ids = await Promise.all(
    TABLE_SPECS[ref.table].parts.map((part) => documentId(ctx.keys, ref.table, ref.key, part)),
  );
  return (await ctx.store.getParts(ids)).filter((state): state is PartState => state !== undefined);
}

interface Candidate {
  rowKey: string;
  part: DecodedPart;
  docId: string;
  hash: string;
}

async function mirrorBatch(ctx: EngineContext, refs: readonly RowRef[]): Promise<number> {
  const { db, store, replica, keys } = ctx;
  const rowKeys = refs.map((ref) => rowKeyFor(ref.table, ref.key));
  const [states, locals] = await Promise.all([store.getRows(rowKeys), readRows(db, refs)]);
  const docs: Record<string, unknown>[] = [];
  const partStates: PartState[] = [];
  const rowStates: RowState[] = [];
  const candidates: Candidate[] = [];
  const written = new Set<string>();
  for (const [index, ref] of refs.entries()) {
    const rowKey = rowKeys[index]!;
    const state = states[index];
    const found = locals[index];
    const local = found !== undefined && rowSyncs(ref.table, found) ? found : undefined;
    if (local === undefined) {
      // Gone from the library: close each of its documents with a deletion. A row's documents
      // are found by their ids (one per part), not through an index of the bookkeeping.
      if (state === undefined || state.updatedAt === null) continue;
      for (const known of await partStatesOfRow(ctx, ref)) {
        const revision = childRevision(known.rev);
        docs.push({ _id: known.docId, _deleted: true, ...revision });
        partStates.push({ ...known, rev: revision._rev, hash: 'deleted' });
        written.add(rowKey);
      }
      rowStates.push({ rowKey, table: ref.table, key: ref.key, updatedAt: null });
      continue;
    }
    if (state?.updatedAt === local['updatedAt']) continue;
    for (const part of await partsOfRow(ref.table, local)) {
      const decoded: DecodedPart = { ...part, key: ref.key };
      candidates.push({
        rowKey,
        part: decoded,
        docId: await documentId(keys, ref.table, ref.key, part.part),
        hash: await partHash(decoded.fields, decoded.binary),
      });
    }
    rowStates.push({ rowKey, table: ref.table, key: ref.key, updatedAt: local['updatedAt'] as number });
  }
  const known = await store.getParts(candidates.map((candidate) => candidate.docId));
  for (const [index, candidate] of candidates.entries()) {
    const previous = known[index];
    // An unchanged part (an article whose only change was its progress) is not sent again.
    if (previous?.hash === candidate.hash) continue;
    const revision = childRevision(previous?.rev ?? null);
    const basis =
      previous === undefined || previous.hash === 'deleted' || previous.hash === 'stale' ? null : previous.hash;
    docs.push({ ...(await encodePart(keys, { ...candidate.part, basis })), ...revision });
    written.add(candidate.rowKey);
    partStates.push({
      docId: candidate.docId,
      rowKey: candidate.rowKey,
      rev: revision._rev,
      hash: candidate.hash,
      updatedAt: candidate.part.updatedAt,
    });
  }
  if (docs.length > 0) {
    const results = await replica.bulkDocs(docs, { new_edits: false });
    const failed = results.find((result) => result.error !== undefined && result.error !== false);
    if (failed !== undefined) throw new ReplicaWriteError(`${String(failed.error)}: ${failed.reason ?? ''}`);
  }
  const seq = Number((await replica.info()).update_seq);
  const unsent: UnsentRow[] = [...written].map((rowKey) => ({ rowKey, seq }));
  await store.transaction('rw', store.partStates, store.rowStates, store.unsent, async () => {
    await store.putParts(partStates);
    await store.putRows(rowStates);
    await store.unsent.bulkPut(unsent);
  });
  return docs.length;
}

/** Mirrors the rows; returns how many documents were written. */
export async function mirrorRows(
  ctx: EngineContext,
  refs: readonly RowRef[],
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  let written = 0;
  for (let start = 0; start < refs.length; start += BATCH) {
    written += await mirrorBatch(ctx, refs.slice(start, start + BATCH));
    onProgress?.(Math.min(start + BATCH, refs.length), refs.length);
  }
  return written;
}
