// How the bookkeeping's states of documents and rows are kept on disk (schema version 3), and
// read back. The bookkeeping holds a record per document and per row of the library, so its
// shape is a sizeable share of what sync costs on disk (docs/sync.md, Storage):
//
// - a part's key is its document id as 16 bytes ('h' and 32 hex digits is all documentId
//   makes). Chromium keeps a string key as UTF-16 and writes every key twice (the record and
//   its "exists" entry), so the 33-character id cost some 130 bytes. Any other id stays a
//   string key: nothing is refused, it only takes more room;
// - a part's value is { rowKey, rev, hash, updatedAt }: not the id (it is the key), not the
//   part's name (nothing read it), and the SHA-256 hash as its 32 bytes, not 64 hex digits
//   (the markers 'deleted' and 'stale' stay text);
// - a row's key is its rowKey and its value only the updatedAt: the table and the row's own
//   key are the two sides of the rowKey's first '/' (no table name has one).
//
// Reading never throws on a value that does not fit: a part that cannot be read counts as
// unknown (a write then starts a revision of its own beside the replica's, which meets it as
// a conflict resolved like any other), and a row's unreadable time reads as -1, the marker
// for "compare its parts again" (a changed part is written, an unchanged one is not).

import { fromHex, toHex } from '../crypto/bytes';
import { isSyncedTable, type SyncedTable } from '../docs/syncedTables';
import type { PartState, RowState } from './syncStore';

export type PartKey = Uint8Array | string;

export interface StoredPart {
  rowKey: string;
  rev: string;
  hash: Uint8Array | string;
  updatedAt?: number;
}

/** A row's updatedAt when it last matched the replica; null once deleted. */
export type StoredRow = number | null;

const DOCUMENT_ID = /^h[0-9a-f]{32}$/;
const HASH = /^[0-9a-f]{64}$/;
/** A row whose state cannot be read: its parts are compared again (see above). */
const UNKNOWN_TIME = -1;

export function partKey(docId: string): PartKey {
  return DOCUMENT_ID.test(docId) ? fromHex(docId.slice(1))! : docId;
}

function storedHash(hash: string): Uint8Array | string {
  return HASH.test(hash) ? fromHex(hash)! : hash;
}

function hashOf(stored: unknown): string | null {
  if (typeof stored === 'string') return stored;
  if (stored instanceof Uint8Array && stored.length === 32) return toHex(stored);
  return null;
}

export function encodePart(state: PartState): StoredPart {
  const stored: StoredPart = { rowKey: state.rowKey, rev: state.rev, hash: storedHash(state.hash) };
  if (state.updatedAt !== undefined) stored.updatedAt = state.updatedAt;
  return stored;
}

export function decodePart(docId: string, value: unknown): PartState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { rowKey, rev, hash, updatedAt } = value as Record<string, unknown>;
  const text = hashOf(hash);
  if (typeof rowKey !== 'string' || typeof rev !== 'string' || text === null) return undefined;
  const state: PartState = { docId, rowKey, rev, hash: text };
  if (typeof updatedAt === 'number') state.updatedAt = updatedAt;
  return state;
}

export function encodeRow(state: RowState): StoredRow {
  return state.updatedAt;
}

/** The table and key a rowKey (`table/key`, syncStore.rowKeyFor) names; null if it names no synced table. */
export function rowOfKey(rowKey: string): { table: SyncedTable; key: string } | null {
  const slash = rowKey.indexOf('/');
  const table = rowKey.slice(0, slash);
  return slash >= 0 && isSyncedTable(table) ? { table, key: rowKey.slice(slash + 1) } : null;
}

/** The row's state, or undefined if there is none (or its key names no synced table). */
export function decodeRow(rowKey: string, value: unknown): RowState | undefined {
  const row = rowOfKey(rowKey);
  if (value === undefined || row === null) return undefined;
  const updatedAt = typeof value === 'number' || value === null ? value : UNKNOWN_TIME;
  return { rowKey, ...row, updatedAt };
}

/**
 * A part as version 2 stored it ({ docId, rowKey, part, rev, hash, updatedAt }, keyed by
 * docId) in version 3's shape. A value that is not a part's is kept as it was, so the upgrade
 * loses nothing; reading it later counts it as unknown.
 */
export function partFromVersion2(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { docId: _docId, part: _part, hash, ...rest } = value as Record<string, unknown>;
  return { ...rest, hash: typeof hash === 'string' ? storedHash(hash) : hash };
}

/** A row as version 2 stored it ({ rowKey, table, key, updatedAt }): its updatedAt. */
export function rowFromVersion2(value: unknown): StoredRow {
  const updatedAt =
    typeof value === 'object' && value !== null ? (value as { updatedAt?: unknown }).updatedAt : undefined;
  return typeof updatedAt === 'number' || updatedAt === null ? updatedAt : UNKNOWN_TIME;
}
