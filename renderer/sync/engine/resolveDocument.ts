// The winning version of one replica document: it must decrypt with this library's key and
// belong to its own id (docs/partCodec.ts); a document with conflicts has its leaves resolved
// (docs/resolveLeaves.ts) and the resolution written back into the replica.

import { decodePart, encodePart, type DecodedPart } from '../docs/partCodec';
import { resolveLeaves, type Leaf } from '../docs/resolveLeaves';
import type { EngineContext } from './context';
import { partHash } from './partHash';
import type { StoredDocument } from './pouch';

export interface Winner {
  docId: string;
  rev: string;
  part: DecodedPart;
}

export async function decodeOrNull(ctx: EngineContext, doc: StoredDocument): Promise<DecodedPart | null> {
  try {
    return await decodePart(ctx.keys, doc);
  } catch {
    // A part that does not decrypt or decode is refused, never applied: callers count it as
    // refused (the status line shows the count) and keep the library's row as it is.
    return null;
  }
}

/** The document's winning version after resolving its conflicts (written back to the replica). */
export async function resolveDocument(
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
