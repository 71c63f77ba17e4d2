// Replica → library against a real (fake-indexeddb) library and bookkeeping, with a replica
// that holds real encrypted documents in memory. It pins what the browser specs do not reach:
// which rows are refused, which wait, and how deletions meet puts and each other in one batch.

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryDb } from '../../../tests/support/search/memoryDb';
import { articleRow, highlightRow, noteRow } from '../../../tests/support/search/rows';
import type { HamishDb } from '../../db/HamishDb';
import type { HighlightRow } from '../../db/types';
import { keysFromMaster, type SyncKeys } from '../crypto/keys';
import { encodePart, type PartDocument } from '../docs/partCodec';
import { partFields, TABLE_SPECS, type SyncedTable } from '../docs/syncedTables';
import { applyRemote } from './applyRemote';
import type { EngineContext } from './context';
import type { PouchDatabase } from './pouch';
import { SyncStore } from './syncStore';

interface Entry {
  rev: string;
  deleted: boolean;
  doc: PartDocument | null;
  seq: number;
}

/** The part of PouchDB applyRemote reads, over a map: each id once, at its latest change. */
class MemoryReplica {
  readonly entries = new Map<string, Entry>();
  private seq = 0;

  write(doc: PartDocument, rev: string): void {
    this.entries.set(doc._id, { rev, deleted: false, doc, seq: ++this.seq });
  }

  remove(id: string, rev: string): void {
    this.entries.set(id, { rev, deleted: true, doc: null, seq: ++this.seq });
  }

  async info() {
    return { update_seq: this.seq };
  }

  async changes({ since, limit }: { since: number; limit: number }) {
    const results = [...this.entries]
      .filter(([, entry]) => entry.seq > since)
      .sort(([, a], [, b]) => a.seq - b.seq)
      .slice(0, limit)
      .map(([id, entry]) => ({ id, seq: entry.seq, changes: [{ rev: entry.rev }], deleted: entry.deleted }));
    return { results, last_seq: results.at(-1)?.seq ?? since };
  }

  async allDocs({ keys }: { keys: string[] }) {
    return {
      rows: keys.map((key) => {
        const entry = this.entries.get(key);
        if (entry === undefined) return { key, error: 'not_found' };
        return {
          key,
          id: key,
          value: { rev: entry.rev, ...(entry.deleted ? { deleted: true } : {}) },
          doc: entry.deleted ? null : { ...entry.doc, _id: key, _rev: entry.rev },
        };
      }),
    };
  }

  async get(id: string) {
    const entry = this.entries.get(id);
    if (entry === undefined || entry.deleted) throw Object.assign(new Error('missing'), { status: 404 });
    return { ...entry.doc, _id: id, _rev: entry.rev };
  }
}

// The library's rows, from the shared test builders: only what a test varies is given.
const article = (id: string, updatedAt: number, title = 'Title') => articleRow(id, title, { updatedAt });
const highlight = (id: string, updatedAt: number, color: HighlightRow['color'] = 'yellow') =>
  highlightRow(id, 'a1', 'words', 0, { color, updatedAt });
const note = (id: string, updatedAt: number, text: string) => noteRow(id, 'a1', text, null, { updatedAt });

let db: HamishDb;
let store: SyncStore;
let replica: MemoryReplica;
let keys: SyncKeys;
let ctx: EngineContext;
let counter = 0;

beforeEach(async () => {
  db = memoryDb();
  store = new SyncStore(`apply-remote-${++counter}-sync`);
  replica = new MemoryReplica();
  keys = (await keysFromMaster(crypto.getRandomValues(new Uint8Array(32)))).keys;
  ctx = { db, store, replica: replica as unknown as PouchDatabase, keys };
});

afterEach(async () => {
  await db.delete();
  await store.delete();
});

/** Writes the row's parts (or only `only`) into the replica at revision `rev`; returns their ids. */
async function send(
  table: SyncedTable,
  typed: object,
  rev: string,
  only?: string,
  with_: SyncKeys = keys,
): Promise<string[]> {
  const row = typed as Record<string, unknown>;
  const ids: string[] = [];
  for (const part of TABLE_SPECS[table].parts) {
    if (only !== undefined && part !== only) continue;
    const doc = await encodePart(with_, {
      table,
      key: String(row[TABLE_SPECS[table].key]),
      part,
      updatedAt: row['updatedAt'] as number,
      fields: partFields(table, part, row),
      binary: null,
    });
    replica.write(doc, rev);
    ids.push(doc._id);
  }
  return ids;
}

describe('applyRemote', () => {
  it('brings every readable row; refuses what does not decrypt or validate, and skips unsynced settings', async () => {
    const other = (await keysFromMaster(crypto.getRandomValues(new Uint8Array(32)))).keys;
    await send('articles', article('a1', 10), '1-a');
    await send('highlights', highlight('h1', 11), '1-a');
    await send('notes', note('n1', 12, 'text'), '1-a');
    await send('highlights', highlight('h2', 13), '1-a', undefined, other);
    // Starts after it ends: fails the row checks.
    await send('highlights', { ...highlight('h3', 14), start: 9 }, '1-a');
    await send('settings', { key: 'notSynced', value: 1, updatedAt: 15 }, '1-a');

    const report = await applyRemote(ctx);

    expect(report).toEqual({ applied: 3, refused: 2, localFirst: [] });
    expect(await db.articles.get('a1')).toEqual(article('a1', 10));
    expect(await db.highlights.toArray()).toEqual([highlight('h1', 11)]);
    expect(await db.notes.get('n1')).toEqual(note('n1', 12, 'text'));
    expect(await db.settings.get('notSynced')).toBeUndefined();
    expect(await store.cursor()).toBe(7);
  });

  it('an article waits for its second part, then is assembled with the one already in the replica', async () => {
    await send('articles', article('a1', 10), '1-a', 'meta');
    expect((await applyRemote(ctx)).applied).toBe(0);
    expect(await db.articles.get('a1')).toBeUndefined();

    await send('articles', article('a1', 10), '1-a', 'progress');
    expect((await applyRemote(ctx)).applied).toBe(1);
    expect(await db.articles.get('a1')).toEqual(article('a1', 10));
  });

  it('a newer revision replaces the row', async () => {
    await send('highlights', highlight('h1', 100), '1-a');
    await applyRemote(ctx);

    await send('highlights', highlight('h1', 200, 'blue'), '2-b');
    expect(await applyRemote(ctx)).toEqual({ applied: 1, refused: 0, localFirst: [] });
    expect(await db.highlights.get('h1')).toEqual(highlight('h1', 200, 'blue'));
  });

  it('an older revision posing as a new one is refused, and the library row goes out again', async () => {
    const [id] = await send('highlights', highlight('h1', 100), '1-a');
    await applyRemote(ctx);

    await send('highlights', highlight('h1', 50, 'green'), '2-b');
    expect(await applyRemote(ctx)).toEqual({
      applied: 0,
      refused: 1,
      localFirst: [{ table: 'highlights', key: 'h1' }],
    });
    expect(await db.highlights.get('h1')).toEqual(highlight('h1', 100));
    expect((await store.getRows(['highlights/h1']))[0]?.updatedAt).toBe(-1);
    expect((await store.getParts([id!]))[0]).toMatchObject({ rev: '2-b', hash: 'stale' });
  });

  it('a row changed here meanwhile is kept, reported for mirroring, and its document looked at again', async () => {
    const [id] = await send('highlights', highlight('h1', 100), '1-a');
    await applyRemote(ctx);
    await db.highlights.put(highlight('h1', 150, 'pink'));

    await send('highlights', highlight('h1', 200, 'blue'), '2-b');
    expect(await applyRemote(ctx)).toEqual({
      applied: 0,
      refused: 0,
      localFirst: [{ table: 'highlights', key: 'h1' }],
    });
    expect(await db.highlights.get('h1')).toEqual(highlight('h1', 150, 'pink'));
    expect(await store.retryIds()).toEqual([id]);
  });

  it('two deletions of one row in a batch: the first deletes it, the second finds it gone', async () => {
    const ids = await send('articles', article('a1', 10), '1-a');
    await applyRemote(ctx);
    for (const id of ids) replica.remove(id, '2-b');

    expect(await applyRemote(ctx)).toEqual({ applied: 1, refused: 0, localFirst: [] });
    expect(await db.articles.get('a1')).toBeUndefined();
    expect((await store.getRows(['articles/a1']))[0]).toEqual({
      rowKey: 'articles/a1',
      table: 'articles',
      key: 'a1',
      updatedAt: null,
    });
    expect((await store.getParts([ids[0]!]))[0]?.hash).toBe('deleted');
    expect((await store.getParts([ids[1]!]))[0]?.rev).toBe('1-a');
  });

  it('a deletion reads the row after the batch put it: the newer put stands', async () => {
    const [meta, progress] = await send('articles', article('a1', 10), '1-a');
    await applyRemote(ctx);
    await send('articles', article('a1', 20, 'New title'), '2-b', 'meta');
    replica.remove(progress!, '2-b');

    expect(await applyRemote(ctx)).toEqual({ applied: 1, refused: 0, localFirst: [] });
    expect(await db.articles.get('a1')).toEqual(article('a1', 20, 'New title'));
    expect((await store.getParts([meta!]))[0]?.rev).toBe('2-b');
    expect((await store.getParts([progress!]))[0]?.rev).toBe('1-a');
  });

  it('a deletion of a row changed here is not applied', async () => {
    const [id] = await send('notes', note('n1', 10, 'text'), '1-a');
    await applyRemote(ctx);
    await db.notes.put(note('n1', 20, 'edited here'));
    replica.remove(id!, '2-b');

    expect(await applyRemote(ctx)).toEqual({ applied: 0, refused: 0, localFirst: [] });
    expect(await db.notes.get('n1')).toEqual(note('n1', 20, 'edited here'));
  });
});
