// Library → replica for rows that are gone, against a real PouchDB replica (PouchDB's LevelDB
// adapter, in a temporary folder) and real (fake-indexeddb) bookkeeping: every document of the
// row is closed with a deletion, found by the ids the row's parts derive. And bookkeeping made
// by earlier versions (1: with an index of parts by row; 2: values keyed inline) opens under
// version 3 with every state intact, and mirroring goes on from it as if nothing had changed.

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { articleRow, noteRow } from '../../../tests/support/search/rows';
import { realSyncDevices } from '../../../tests/support/sync/realSyncDevices';
import { documentId } from '../crypto/keys';
import { mirrorRows } from './mirror';
import { partKey } from './bookkeepingCodec';
import type { EngineContext } from './context';
import { SyncStore, type PartState } from './syncStore';

const device = realSyncDevices('mirror');

/** Articles a1 and a2 and a note, mirrored (five documents); returns their refs. */
async function mirroredLibrary(ctx: EngineContext) {
  await ctx.db.articles.bulkPut([
    articleRow('a1', 'Gone soon', { updatedAt: 1_000 }),
    articleRow('a2', 'Kept', { updatedAt: 1_000 }),
  ]);
  await ctx.db.notes.put(noteRow('n1', 'a2', 'stays', null, { updatedAt: 1_000 }));
  const refs = [
    { table: 'articles', key: 'a1' },
    { table: 'articles', key: 'a2' },
    { table: 'notes', key: 'n1' },
  ] as const;
  expect(await mirrorRows(ctx, refs)).toBe(5);
  return refs;
}

describe('mirrorRows', () => {
  it('closes each document of a deleted article, and only that row’s', async () => {
    const ctx = device();
    const refs = await mirroredLibrary(ctx);

    await ctx.db.articles.delete('a1');
    expect(await mirrorRows(ctx, refs)).toBe(2);

    const ids = await Promise.all(['meta', 'progress'].map((part) => documentId(ctx.keys, 'articles', 'a1', part)));
    for (const id of ids) {
      const [state] = (await ctx.store.getParts([id])) as [PartState];
      expect(state).toMatchObject({ rowKey: 'articles/a1', hash: 'deleted' });
      expect(state.rev).toMatch(/^2-/);
      const stored = await ctx.replica.allDocs({ keys: [id] });
      expect(stored.rows[0]?.value).toEqual({ rev: state.rev, deleted: true });
    }
    expect((await ctx.store.getRows(['articles/a1']))[0]).toMatchObject({ updatedAt: null });
    const others = await ctx.replica.allDocs({ include_docs: false });
    expect(others.total_rows).toBe(3);
    // Mirroring the deleted row again writes nothing more.
    expect(await mirrorRows(ctx, refs)).toBe(0);
  });
});

const VERSION_1 = { meta: 'key', rows: 'rowKey', parts: 'docId, rowKey', unsent: 'rowKey, seq' };

/** Bookkeeping as versions 1 and 2 wrote it: values keyed inline, the id and row repeated. */
async function writeOldBookkeeping(
  name: string,
  version: 1 | 2,
  parts: readonly unknown[],
  rows: readonly unknown[],
): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1);
  if (version === 2) old.version(2).stores({ parts: 'docId' });
  await old.table('parts').bulkPut([...parts]);
  await old.table('rows').bulkPut([...rows]);
  old.close();
}

describe('SyncStore', () => {
  it('opens bookkeeping written by version 1 with its parts and rows, in version 3’s stores', async () => {
    const name = 'mirror-upgrade-v1-sync';
    const hash = 'ab'.repeat(32);
    await writeOldBookkeeping(
      name,
      1,
      [{ docId: `h${'1'.repeat(32)}`, rowKey: 'notes/n1', part: 'row', rev: '1-a', hash, updatedAt: 5 }],
      [{ rowKey: 'notes/n1', table: 'notes', key: 'n1', updatedAt: 5 }],
    );

    const store = new SyncStore(name);
    try {
      expect(await store.getParts([`h${'1'.repeat(32)}`])).toEqual([
        { docId: `h${'1'.repeat(32)}`, rowKey: 'notes/n1', rev: '1-a', hash, updatedAt: 5 },
      ]);
      expect(await store.getRows(['notes/n1'])).toEqual([
        { rowKey: 'notes/n1', table: 'notes', key: 'n1', updatedAt: 5 },
      ]);
      await store.open();
      expect([...store.backendDB().objectStoreNames].sort()).toEqual(['meta', 'partStates', 'rowStates', 'unsent']);
    } finally {
      await store.delete();
    }
  });

  it('moves version 2’s states into version 3 without losing one, and mirroring carries on from them', async () => {
    const ctx = device();
    const name = ctx.store.name;
    const refs = await mirroredLibrary(ctx);
    const ids = await Promise.all([
      ...['meta', 'progress'].flatMap((part) => ['a1', 'a2'].map((key) => documentId(ctx.keys, 'articles', key, part))),
      documentId(ctx.keys, 'notes', 'n1', 'row'),
    ]);
    const rowKeys = ['articles/a1', 'articles/a2', 'notes/n1'];
    const parts = (await ctx.store.getParts(ids)) as PartState[];
    const rows = await ctx.store.getRows(rowKeys);
    expect(parts.every((part) => part !== undefined && /^[0-9a-f]{64}$/.test(part.hash))).toBe(true);

    // The same states as version 2 kept them, with two that do not fit: a part whose value is
    // not a part's, and a row whose time is not a time. The note's row is the corrupt one.
    const junkId = `h${'0'.repeat(32)}`;
    await ctx.store.delete();
    await writeOldBookkeeping(
      name,
      2,
      [...parts.map((part, index) => ({ ...part, part: index < 4 ? 'meta' : 'row' })), { docId: junkId, rev: 7 }],
      rows.map((row) => (row?.rowKey === 'notes/n1' ? { ...row, updatedAt: 'soon' } : row)),
    );

    const store = new SyncStore(name);
    const upgraded = { ...ctx, store };
    try {
      expect(await store.getParts(ids)).toEqual(parts);
      expect(await store.getRows(rowKeys)).toEqual([rows[0], rows[1], { ...rows[2], updatedAt: -1 }]);
      const listed: unknown[] = [];
      await store.eachRow((row) => listed.push(row));
      expect(listed).toHaveLength(3);
      // Kept as it was, and read as unknown rather than as a part.
      expect(await store.partStates.get(partKey(junkId))).toEqual({ rev: 7 });
      expect(await store.getParts([junkId])).toEqual([undefined]);
      await store.open();
      expect([...store.backendDB().objectStoreNames].sort()).toEqual(['meta', 'partStates', 'rowStates', 'unsent']);

      // Nothing changed: nothing is written, and the corrupt row's parts, compared again, are
      // found unchanged. Then a change of a2's progress only writes that one document.
      expect(await mirrorRows(upgraded, refs)).toBe(0);
      expect((await store.getRows(['notes/n1']))[0]?.updatedAt).toBe(1_000);
      await ctx.db.articles.update('a2', { progress: 0.5, updatedAt: 2_000 });
      expect(await mirrorRows(upgraded, refs)).toBe(1);
      // A deleted row's documents are found by their ids in the moved states.
      await ctx.db.articles.delete('a1');
      expect(await mirrorRows(upgraded, refs)).toBe(2);
      const closed = await store.getParts(ids.slice(0, 4));
      expect(closed.map((part) => part?.hash === 'deleted')).toEqual([true, false, true, false]);
    } finally {
      await store.delete();
    }
  });
});
