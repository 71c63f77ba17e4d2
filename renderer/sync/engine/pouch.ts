// The part of PouchDB's API that sync uses, typed here (PouchDB ships no types; the
// DefinitelyTyped ones describe version 6). PouchDB itself is loaded only when sync runs
// (loadPouch), so the library's first paint never pays for it.

import type { PartDocument } from '../docs/partCodec';

export interface PouchError {
  status?: number;
  name?: string;
  error?: string | boolean;
  reason?: string;
  message?: string;
}

export interface WriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  reason?: string;
}

export interface StoredDocument extends PartDocument {
  _rev: string;
  _conflicts?: string[];
}

export interface AllDocsRow {
  key: string;
  id?: string;
  error?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: StoredDocument | null;
}

export interface ChangesResult {
  results: { id: string; seq: number; deleted?: boolean; changes: { rev: string }[] }[];
  last_seq: number;
}

export interface ReplicationInfo {
  direction?: 'push' | 'pull';
  change?: { docs_read: number; docs_written: number; last_seq: number | string; pending?: number; errors?: unknown[] };
  docs_read?: number;
  docs_written?: number;
  last_seq?: number | string;
  pending?: number;
}

export interface Replication {
  on(event: 'change', listener: (info: ReplicationInfo) => void): Replication;
  on(event: 'paused', listener: (error?: PouchError) => void): Replication;
  on(event: 'active', listener: () => void): Replication;
  on(event: 'denied', listener: (error: PouchError) => void): Replication;
  on(event: 'complete', listener: (info: { push?: ReplicationInfo; pull?: ReplicationInfo }) => void): Replication;
  on(event: 'error', listener: (error: PouchError) => void): Replication;
  /** A request failed; with `retry` the replication tries again after its back-off. */
  on(event: 'requestError', listener: (error: PouchError) => void): Replication;
  cancel(): void;
}

/**
 * Both directions at once. Its own 'paused' carries no error even when a direction paused on
 * one (PouchDB's Sync drops it), so whoever needs the error listens to `push` and `pull`.
 */
export interface SyncReplication extends Replication, PromiseLike<unknown> {
  readonly push: Replication;
  readonly pull: Replication;
}

export interface PouchDatabase {
  info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
  get(id: string, options?: Record<string, unknown>): Promise<StoredDocument>;
  put(doc: Record<string, unknown>): Promise<WriteResult>;
  bulkDocs(docs: readonly Record<string, unknown>[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
  allDocs(options: Record<string, unknown>): Promise<{ rows: AllDocsRow[]; total_rows: number }>;
  bulkGet(options: {
    docs: { id: string; rev?: string }[];
    attachments?: boolean;
    binary?: boolean;
    revs?: boolean;
  }): Promise<{ results: { id: string; docs: ({ ok: StoredDocument } | { error: PouchError })[] }[] }>;
  changes(options: Record<string, unknown>): Promise<ChangesResult>;
  sync(remote: PouchDatabase, options: Record<string, unknown>): SyncReplication;
  replicate: {
    from(remote: PouchDatabase, options: Record<string, unknown>): Replication & PromiseLike<{ docs_written: number }>;
    to(
      remote: PouchDatabase,
      options: Record<string, unknown>,
    ): Replication & PromiseLike<{ docs_written: number; last_seq?: number | string }>;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchStatic {
  new (name: string, options?: Record<string, unknown>): PouchDatabase;
}

let loaded: Promise<PouchStatic> | null = null;

export function loadPouch(): Promise<PouchStatic> {
  return (loaded ??= import('pouchdb-browser').then((module) => module.default as unknown as PouchStatic));
}
