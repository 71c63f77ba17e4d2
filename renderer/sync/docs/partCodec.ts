// One part of one row ↔ the encrypted document the replica and the server hold.
//
//   document  { _id: opaque, v: 1, c: base64(sealed) }                      (small)
//             { _id: opaque, v: 1, n: k, _attachments: { p0 … p(k-1) } }    (large: bodies, images)
//   sealed    AES-GCM(nonce ‖ ciphertext ‖ tag), associated data = the document id
//   plaintext flag byte (1 = the rest is deflated) ‖ [length of header, 4 bytes] ‖ header JSON ‖ binary
//   header    { t: table, k: row key, p: part, u: updatedAt of this part, f: the part's fields,
//               b: hash of the version it was written on top of (optional) }
//
// Nothing about the row is readable without the key: not its table, its id or its size class
// beyond "small" and "large". Large payloads go in attachments of at most 512 KiB, which the
// replica keeps as Blobs (no base64 on disk) and which stay far inside CouchDB's limits
// (docs/sync.md, "Size limits").

import { decrypt, encrypt } from '../crypto/cipher';
import { deflate, inflate } from '../crypto/compress';
import { concatBytes, fromBase64, toBase64, utf8 } from '../crypto/bytes';
import { documentId, type SyncKeys } from '../crypto/keys';
import { isSyncedTable, TABLE_SPECS, type SyncedTable } from './syncedTables';

export const FORMAT_VERSION = 1;
/** Sealed payloads up to this size are kept inline, as base64. */
export const INLINE_LIMIT = 96 * 1024;
export const CHUNK_BYTES = 512 * 1024;
/** The largest payload a device accepts: a 10 MB image with room to spare. */
export const MAX_SEALED_BYTES = 16 * 1024 * 1024;
/** The largest a body may inflate to: the import's 20 MB page cap, with its JSON overhead. */
export const MAX_PLAINTEXT_BYTES = 64 * 1024 * 1024;
const MAX_CHUNKS = Math.ceil(MAX_SEALED_BYTES / CHUNK_BYTES);

export interface DecodedPart {
  table: SyncedTable;
  key: string;
  part: string;
  /** When this part last changed (the row's updatedAt at that time). */
  updatedAt: number;
  fields: Record<string, unknown>;
  /** Images only: the image's bytes. */
  binary: Uint8Array | null;
  /**
   * The content hash (engine/partHash.ts) of the version this one was written on top of, when
   * known: conflict resolution tells an edit made on top of a version from a competing one.
   */
  basis?: string | null;
}

export interface Attachment {
  content_type: string;
  data: Blob;
}

/** The replica's document, as written and as read with `{ attachments: true, binary: true }`. */
export interface PartDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  v?: unknown;
  c?: unknown;
  n?: unknown;
  _attachments?: Record<string, Partial<Attachment> & { stub?: boolean; length?: number }>;
}

export class UnreadableDocumentError extends Error {
  override readonly name = 'UnreadableDocumentError';
}

const COMPRESSED = 1;
const PLAIN = 0;

async function plaintextOf(part: DecodedPart, compress: boolean): Promise<Uint8Array> {
  const header = utf8.encode(
    JSON.stringify({
      t: part.table,
      k: part.key,
      p: part.part,
      u: part.updatedAt,
      f: part.fields,
      ...(typeof part.basis === 'string' ? { b: part.basis } : {}),
    }),
  );
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, header.length);
  const payload = concatBytes([length, header, part.binary ?? new Uint8Array(0)]);
  return compress
    ? concatBytes([Uint8Array.of(COMPRESSED), await deflate(payload)])
    : concatBytes([Uint8Array.of(PLAIN), payload]);
}

/** Encrypts a part into its document (without `_rev`). */
export async function encodePart(keys: SyncKeys, part: DecodedPart): Promise<PartDocument> {
  const id = await documentId(keys, part.table, part.key, part.part);
  const sealed = await encrypt(keys.cipher, await plaintextOf(part, TABLE_SPECS[part.table].compress), id);
  if (sealed.length <= INLINE_LIMIT) return { _id: id, v: FORMAT_VERSION, c: toBase64(sealed) };
  const attachments: Record<string, Attachment> = {};
  let count = 0;
  for (let start = 0; start < sealed.length; start += CHUNK_BYTES, count += 1) {
    attachments[`p${count}`] = {
      content_type: 'application/octet-stream',
      data: new Blob([sealed.slice(start, start + CHUNK_BYTES)]),
    };
  }
  return { _id: id, v: FORMAT_VERSION, n: count, _attachments: attachments };
}

async function sealedOf(doc: PartDocument): Promise<Uint8Array> {
  if (doc.v !== FORMAT_VERSION) throw new UnreadableDocumentError(`unknown format ${String(doc.v)}`);
  if (typeof doc.c === 'string') {
    if (doc.c.length > Math.ceil((INLINE_LIMIT * 4) / 3) + 4) throw new UnreadableDocumentError('inline part too large');
    try {
      return fromBase64(doc.c);
    } catch {
      throw new UnreadableDocumentError('not base64');
    }
  }
  const count = doc.n;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_CHUNKS) {
    throw new UnreadableDocumentError('no contents');
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const data = doc._attachments?.[`p${index}`]?.data;
    if (!(data instanceof Blob)) throw new UnreadableDocumentError(`chunk ${index} missing`);
    total += data.size;
    if (data.size > CHUNK_BYTES || total > MAX_SEALED_BYTES) throw new UnreadableDocumentError('part too large');
    chunks.push(new Uint8Array(await data.arrayBuffer()));
  }
  return concatBytes(chunks);
}

function headerOf(value: unknown): Omit<DecodedPart, 'binary'> {
  if (typeof value !== 'object' || value === null) throw new UnreadableDocumentError('header is not an object');
  const { t, k, p, u, f, b } = value as Record<string, unknown>;
  if (!isSyncedTable(t)) throw new UnreadableDocumentError('unknown table');
  if (typeof k !== 'string' || k.length === 0 || k.length > 200) throw new UnreadableDocumentError('bad key');
  if (typeof p !== 'string' || !TABLE_SPECS[t].parts.includes(p)) throw new UnreadableDocumentError('unknown part');
  if (typeof u !== 'number' || !Number.isFinite(u) || u < 0) throw new UnreadableDocumentError('bad time');
  if (typeof f !== 'object' || f === null || Array.isArray(f)) throw new UnreadableDocumentError('bad fields');
  if (b !== undefined && (typeof b !== 'string' || b.length > 128)) throw new UnreadableDocumentError('bad basis');
  return {
    table: t,
    key: k,
    part: p,
    updatedAt: u,
    fields: f as Record<string, unknown>,
    ...(typeof b === 'string' ? { basis: b } : {}),
  };
}

/**
 * Decrypts and checks a document: the key must open it, and the table, key and part inside must
 * hash to the document's own id (so no document can pose as another row). Row contents are
 * checked later, when the row is assembled (engine/assembleRow.ts).
 */
export async function decodePart(keys: SyncKeys, doc: PartDocument): Promise<DecodedPart> {
  const sealed = await sealedOf(doc);
  const opened = await decrypt(keys.cipher, sealed, doc._id);
  let payload: Uint8Array;
  if (opened[0] === COMPRESSED) payload = await inflate(opened.subarray(1), MAX_PLAINTEXT_BYTES);
  else if (opened[0] === PLAIN) payload = opened.subarray(1);
  else throw new UnreadableDocumentError('unknown flag');
  if (payload.length < 4) throw new UnreadableDocumentError('too short');
  const headerLength = new DataView(payload.buffer, payload.byteOffset, 4).getUint32(0);
  if (headerLength > payload.length - 4) throw new UnreadableDocumentError('bad header length');
  let header: unknown;
  try {
    header = JSON.parse(utf8.decode(payload.subarray(4, 4 + headerLength)));
  } catch {
    throw new UnreadableDocumentError('header is not JSON');
  }
  const decoded = headerOf(header);
  if ((await documentId(keys, decoded.table, decoded.key, decoded.part)) !== doc._id) {
    throw new UnreadableDocumentError('contents do not belong to this id');
  }
  const binary = payload.subarray(4 + headerLength);
  return { ...decoded, binary: decoded.table === 'images' ? binary.slice() : null };
}
