// This device's own sync bookkeeping, in an IndexedDB database of its own beside the library
// (`<library>-sync`), so the library's schema does not change for sync and "Stop syncing on
// this device" can drop all of it without touching the library:
//
// - `setup`      the server address and user name (never the password: platform/ keeps that),
//                the KDF parameters, and the non-extractable CryptoKeys (crypto/keys.ts);
// - `rowStates`  per synced row, the `updatedAt` it had when it last matched the replica
//                (null once deleted): a row whose updatedAt differs has changed here since;
// - `partStates` per document, the row it belongs to, the replica revision the library's row
//                matches and a hash of the part's contents, so an unchanged part is never
//                written again (no index by row: a row's documents are found by their ids,
//                derived from the row);
// - `unsent`     rows changed here whose documents the server has not confirmed yet;
// - `cursor`     how far into the replica's changes the library has applied, and `retry`, the
//                documents to look at again (they met a change of the library's own).
//
// The two large stores are read and written through the methods below, which keep them in
// the compact shape of engine/bookkeepingCodec.ts; the rest of the engine sees PartState and
// RowState. Version 3 moved them there from `parts` and `rows` (a store's key cannot change
// in place, so the upgrade copies, converting, and deletes the old stores).

import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { KdfParams } from '../crypto/kdf';
import type { SyncKeys } from '../crypto/keys';
import type { SyncedTable } from '../docs/syncedTables';
import {
  decodePart,
  decodeRow,
  encodePart,
  encodeRow,
  partFromVersion2,
  partKey,
  rowFromVersion2,
  type PartKey,
  type StoredPart,
  type StoredRow,
} from './bookkeepingCodec';

export interface SyncSetup {
  /** The database's URL, e.g. https://couch.example.org/hamish. */
  databaseUrl: string;
  username: string;
  kdf: KdfParams;
  keys: SyncKeys;
  live: boolean;
  /** When this device first completed a sync; null until then. */
  firstSyncedAt: number | null;
  lastSyncedAt: number | null;
}

export interface RowState {
  rowKey: string;
  table: SyncedTable;
  key: string;
  updatedAt: number | null;
}

export interface PartState {
  docId: string;
  rowKey: string;
  rev: string;
  /** SHA-256 of the part's contents in hex, or the marker 'deleted' or 'stale'. */
  hash: string;
  /** The part's own updatedAt at that revision: an incoming revision older than it is stale. */
  updatedAt?: number;
}

export interface UnsentRow {
  rowKey: string;
  /** The replica's update sequence after the write; the push confirms everything up to its checkpoint. */
  seq: number;
}

interface MetaRow {
  key: 'setup' | 'cursor' | 'retry';
  value: unknown;
}

export function rowKeyFor(table: SyncedTable, key: string): string {
  return `${table}/${key}`;
}

/** Copies version 2's `parts` and `rows` into version 3's stores, converting each value. */
async function moveToVersion3(tx: Transaction): Promise<void> {
  for (const [from, to, convert] of [
    ['parts', 'partStates', partFromVersion2],
    ['rows', 'rowStates', rowFromVersion2],
  ] as const) {
    const old = tx.table(from);
    const [keys, values] = await Promise.all([old.toCollection().primaryKeys(), old.toArray()]);
    const newKeys = keys.map((key) => (from === 'parts' && typeof key === 'string' ? partKey(key) : key));
    await tx.table(to).bulkPut(values.map(convert), newKeys);
  }
}

export class SyncStore extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  rowStates!: Table<StoredRow, string>;
  partStates!: Table<StoredPart, PartKey>;
  unsent!: EntityTable<UnsentRow, 'rowKey'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ meta: 'key', rows: 'rowKey', parts: 'docId, rowKey', unsent: 'rowKey, seq' });
    // Version 2 drops the index of `parts` by row: a row's documents have ids derived from the
    // row (one per part), so they are read by id. The index cost an entry per document, some
    // 200 bytes each on disk, for a lookup made only when a row is deleted (docs/sync.md, Storage).
    this.version(2).stores({ parts: 'docId' });
    // Version 3 keeps the same states in less room (engine/bookkeepingCodec.ts): out-of-line
    // keys, the document id as bytes, no field repeated or derivable. Measured in Chromium
    // with the benchmark library's shapes: 17.3 MB on disk before, 10.8 MB after.
    this.version(3).stores({ parts: null, rows: null, partStates: '', rowStates: '' }).upgrade(moveToVersion3);
  }

  async getParts(docIds: readonly string[]): Promise<(PartState | undefined)[]> {
    const values = await this.partStates.bulkGet(docIds.map(partKey));
    return values.map((value, index) => decodePart(docIds[index]!, value));
  }

  async putParts(states: readonly PartState[]): Promise<void> {
    if (states.length === 0) return;
    await this.partStates.bulkPut(
      states.map(encodePart),
      states.map((state) => partKey(state.docId)),
    );
  }

  async getRows(rowKeys: readonly string[]): Promise<(RowState | undefined)[]> {
    const values = await this.rowStates.bulkGet([...rowKeys]);
    return values.map((value, index) => decodeRow(rowKeys[index]!, value));
  }

  async putRows(states: readonly RowState[]): Promise<void> {
    if (states.length === 0) return;
    await this.rowStates.bulkPut(
      states.map(encodeRow),
      states.map((state) => state.rowKey),
    );
  }

  /** Every row's state; a key that names no synced table is passed over. */
  async eachRow(visit: (row: RowState) => void): Promise<void> {
    await this.rowStates.each((value, cursor) => {
      const row = decodeRow(String(cursor.primaryKey), value);
      if (row !== undefined) visit(row);
    });
  }

  async setup(): Promise<SyncSetup | null> {
    return ((await this.meta.get('setup'))?.value as SyncSetup | undefined) ?? null;
  }

  async saveSetup(setup: SyncSetup): Promise<void> {
    await this.meta.put({ key: 'setup', value: setup });
  }

  async cursor(): Promise<number> {
    const value = (await this.meta.get('cursor'))?.value;
    return typeof value === 'number' ? value : 0;
  }

  async saveCursor(seq: number): Promise<void> {
    await this.meta.put({ key: 'cursor', value: seq });
  }

  /** Documents to look at again: they arrived while the library's row had a change of its own. */
  async retryIds(): Promise<string[]> {
    const value = (await this.meta.get('retry'))?.value;
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  }

  async saveRetryIds(ids: readonly string[]): Promise<void> {
    await this.meta.put({ key: 'retry', value: [...ids] });
  }
}

export { syncDatabaseNames } from '../syncNames';
