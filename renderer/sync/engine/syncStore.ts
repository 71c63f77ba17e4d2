// This device's own sync bookkeeping, in an IndexedDB database of its own beside the library
// (`<library>-sync`), so the library's schema does not change for sync and "Stop syncing on
// this device" can drop all of it without touching the library:
//
// - `setup`   the server address and user name (never the password: platform/ keeps that),
//             the KDF parameters, and the non-extractable CryptoKeys (crypto/keys.ts);
// - `rows`    per synced row, the `updatedAt` it had when it last matched the replica
//             (null once deleted): a row whose updatedAt differs has changed here since;
// - `parts`   per document, the replica revision the library's row matches and a hash of the
//             part's contents, so an unchanged part is never written again (no index by row:
//             a row's documents are found by their ids, derived from the row);
// - `unsent`  rows changed here whose documents the server has not confirmed yet;
// - `cursor`  how far into the replica's changes the library has applied, and `retry`, the
//             documents to look at again (they met a change of the library's own).

import { Dexie, type EntityTable } from 'dexie';
import type { KdfParams } from '../crypto/kdf';
import type { SyncKeys } from '../crypto/keys';
import type { SyncedTable } from '../docs/syncedTables';

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
  part: string;
  rev: string;
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

export class SyncStore extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  rows!: EntityTable<RowState, 'rowKey'>;
  parts!: EntityTable<PartState, 'docId'>;
  unsent!: EntityTable<UnsentRow, 'rowKey'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ meta: 'key', rows: 'rowKey', parts: 'docId, rowKey', unsent: 'rowKey, seq' });
    // Version 2 drops the index of `parts` by row: a row's documents have ids derived from the
    // row (one per part), so they are read by id. The index cost an entry per document, some
    // 200 bytes each on disk, for a lookup made only when a row is deleted (docs/sync.md, Storage).
    this.version(2).stores({ parts: 'docId' });
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
