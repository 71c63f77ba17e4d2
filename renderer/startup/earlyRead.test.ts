import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HamishDb } from '../db/HamishDb';
import { databaseAtVersion } from '../db/historicDb';
import { beginOpenDatabase } from '../db/openDatabase';
import type { ArticleRow } from '../db/types';
import { articleRow } from '../../tests/support/search/rows';
import { LIBRARY_HEAD_SIZE, readEarly } from './earlyRead';
import { freshDatabaseNames } from '../../tests/support/databaseNames';

const nameFor = freshDatabaseNames();

/** Article `a<i>`, created at 1000 + i (so a higher i is newer). */
const article = (i: number, fields: Partial<ArticleRow> = {}): ArticleRow =>
  articleRow(`a${i}`, `مقالة ${i}`, { createdAt: 1000 + i, ...fields });

describe('readEarly', () => {
  it('reads the start-up settings and the newest live, unarchived articles of a current library', async () => {
    const name = nameFor('early');
    const db = new HamishDb(name);
    await db.articles.bulkAdd([
      article(1),
      article(2, { deletedAt: 5 }),
      article(3),
      article(4, { archivedAt: 5 }),
      article(5),
    ]);
    await db.settings.bulkAdd([
      { key: 'uiLanguage', value: 'en', updatedAt: 1 },
      { key: 'welcomeSeeded', value: true, updatedAt: 1 },
      { key: 'readerFont', value: 'sans', updatedAt: 1 },
    ]);
    db.close();

    const early = await readEarly(name, true);
    expect(early?.settings).toEqual({ uiLanguage: 'en', theme: undefined, welcomeSeeded: true });
    expect((early?.head as { id: string }[]).map((row) => row.id)).toEqual(['a5', 'a3', 'a1']);
  });

  it(`stops after ${LIBRARY_HEAD_SIZE} rows, however large the library`, async () => {
    const name = nameFor('early-large');
    const db = new HamishDb(name);
    await db.articles.bulkAdd(Array.from({ length: LIBRARY_HEAD_SIZE * 3 }, (_, i) => article(i)));
    db.close();
    const head = (await readEarly(name, true))?.head as { id: string }[];
    expect(head).toHaveLength(LIBRARY_HEAD_SIZE);
    expect(head[0]!.id).toBe(`a${LIBRARY_HEAD_SIZE * 3 - 1}`);
  });

  it('still finds enough live rows when the newest are mostly deleted or archived', async () => {
    const name = nameFor('early-deleted');
    const db = new HamishDb(name);
    const live = Array.from({ length: LIBRARY_HEAD_SIZE }, (_, i) => article(i));
    const gone = Array.from({ length: LIBRARY_HEAD_SIZE * 3 }, (_, i) =>
      article(1000 + i, i % 2 === 0 ? { deletedAt: 1 } : { archivedAt: 1 }),
    );
    await db.articles.bulkAdd([...live, ...gone]);
    db.close();
    const head = (await readEarly(name, true))?.head as { id: string }[];
    expect(head.map((row) => row.id)).toEqual(live.map((row) => row.id).reverse());
  });

  it('reads the settings but no rows when the page opens on another view', async () => {
    const name = nameFor('early-reader');
    const db = new HamishDb(name);
    await db.articles.add(article(1));
    await db.settings.add({ key: 'theme', value: 'dark', updatedAt: 1 });
    db.close();
    const early = await readEarly(name, false);
    expect(early).toEqual({ settings: { uiLanguage: undefined, theme: 'dark', welcomeSeeded: undefined }, head: null });
  });

  it('creates nothing when there is no library yet', async () => {
    const name = nameFor('early-none');
    expect(await readEarly(name, true)).toBeNull();
    expect((await indexedDB.databases()).some((database) => database.name === name)).toBe(false);
  });

  it('leaves an older library to the usual start-up, untouched', async () => {
    const name = nameFor('early-old');
    const old = databaseAtVersion(name, 1);
    await old.table('articles').add({ id: 'old', createdAt: 1 });
    old.close();
    expect(await readEarly(name, true)).toBeNull();
    expect((await indexedDB.databases()).find((database) => database.name === name)?.version).toBe(10);
  });

  it('closes its connection, so an upgrade or a delete elsewhere is never blocked by it', async () => {
    const name = nameFor('early-closed');
    await new HamishDb(name).open().then((db) => db.close());
    await readEarly(name, true);
    let blocked = false;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onblocked = () => (blocked = true);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(blocked).toBe(false);
  });
});

describe('beginOpenDatabase', () => {
  it('hands over a database whose queries wait for the open', async () => {
    const name = nameFor('begin');
    const before = new HamishDb(name);
    await before.settings.put({ key: 'theme', value: 'dark', updatedAt: 1 });
    before.close();
    const { db, opened } = beginOpenDatabase(name);
    const read = db.settings.get('theme');
    expect((await opened).ok).toBe(true);
    expect((await read)?.value).toBe('dark');
    db.close();
  });

  it('words a failed open instead of throwing', async () => {
    const name = nameFor('begin-fails');
    // A store the schema declares with another primary key: Dexie cannot open it.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 30);
      request.onupgradeneeded = () => request.result.createObjectStore('articles', { keyPath: 'other' });
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const { opened } = beginOpenDatabase(name);
    const result = await opened;
    expect(result.ok).toBe(false);
  });
});
