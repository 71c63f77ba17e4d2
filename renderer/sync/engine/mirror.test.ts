// Library → replica for rows that are gone, against a real PouchDB replica (PouchDB's LevelDB
// adapter, in a temporary folder) and real (fake-indexeddb) bookkeeping: every document of the
// row is closed with a deletion, found by the ids the row's parts derive, and bookkeeping made
// before version 2 (with its index of parts by row) opens with its parts intact.

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { articleRow, noteRow } from '../../../tests/support/search/rows';
import { realSyncDevices } from '../../../tests/support/sync/realSyncDevices';
import { documentId } from '../crypto/keys';
import { mirrorRows } from './mirror';
import { SyncStore, type PartState } from './syncStore';

const device = realSyncDevices('mirror');

describe('mirrorRows', () => {
  it('closes each document of a deleted article, and only that row’s', async () => {
    const ctx = device();
    await ctx.db.articles.bulkPut([articleRow('a1', 'Gone', { updatedAt: 1_000 }), articleRow('a2', 'Kept')]);
    await ctx.db.notes.put(noteRow('n1', 'a2', 'stays', null, { updatedAt: 1_000 }));
    const refs = [
      { table: 'articles', key: 'a1' },
      { table: 'articles', key: 'a2' },
      { table: 'notes', key: 'n1' },
    ] as const;
    expect(await mirrorRows(ctx, refs)).toBe(5);

    await ctx.db.articles.delete('a1');
    expect(await mirrorRows(ctx, refs)).toBe(2);

    const ids = await Promise.all(['meta', 'progress'].map((part) => documentId(ctx.keys, 'articles', 'a1', part)));
    for (const id of ids) {
      const state = (await ctx.store.parts.get(id)) as PartState;
      expect(state).toMatchObject({ rowKey: 'articles/a1', hash: 'deleted' });
      expect(state.rev).toMatch(/^2-/);
      const stored = await ctx.replica.allDocs({ keys: [id] });
      expect(stored.rows[0]?.value).toEqual({ rev: state.rev, deleted: true });
    }
    expect(await ctx.store.rows.get('articles/a1')).toMatchObject({ updatedAt: null });
    const others = await ctx.replica.allDocs({ include_docs: false });
    expect(others.total_rows).toBe(3);
    // Mirroring the deleted row again writes nothing more.
    expect(await mirrorRows(ctx, refs)).toBe(0);
  });
});

describe('SyncStore', () => {
  it('opens bookkeeping written by version 1 with its parts, without the index by row', async () => {
    const name = 'mirror-upgrade-sync';
    const old = new Dexie(name);
    old.version(1).stores({ meta: 'key', rows: 'rowKey', parts: 'docId, rowKey', unsent: 'rowKey, seq' });
    const part: PartState = { docId: 'h1', rowKey: 'notes/n1', part: 'row', rev: '1-a', hash: 'x', updatedAt: 5 };
    await old.table('parts').put(part);
    await old.table('rows').put({ rowKey: 'notes/n1', table: 'notes', key: 'n1', updatedAt: 5 });
    old.close();

    const store = new SyncStore(name);
    try {
      expect(await store.parts.get('h1')).toEqual(part);
      expect(await store.rows.get('notes/n1')).toMatchObject({ updatedAt: 5 });
      expect(store.parts.schema.indexes.map((index) => index.name)).toEqual([]);
      await store.open();
      const raw = store.backendDB().transaction('parts').objectStore('parts');
      expect([...raw.indexNames]).toEqual([]);
    } finally {
      await store.delete();
    }
  });
});
