// Opens a library written by schema v1 (tests/fixtures/db/v1-export.json) with the current
// code and checks that every row survived with its meaning, and that the upgrade filled in
// what newer code expects.

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HamishDb } from './HamishDb';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { openDatabase } from './openDatabase';

interface DexieExport {
  formatName: string;
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string }[];
    data: { tableName: string; rows: Record<string, unknown>[] }[];
  };
}

const fixturePath = path.resolve(import.meta.dirname, '../../tests/fixtures/db/v1-export.json');

/** Recreates the exported database as the old app had it: its own schema, its own rows. */
async function restoreExport(name: string, exported: DexieExport): Promise<void> {
  const old = new Dexie(name);
  old
    .version(exported.data.databaseVersion)
    .stores(Object.fromEntries(exported.data.tables.map((table) => [table.name, table.schema])));
  await old.open();
  for (const { tableName, rows } of exported.data.data) await old.table(tableName).bulkAdd(rows);
  old.close();
}

describe('schema migrations', () => {
  it('opens a v1 library with the current code, keeping every row', async () => {
    const exported = JSON.parse(await readFile(fixturePath, 'utf8')) as DexieExport;
    expect(exported.formatName).toBe('dexie');
    expect(exported.data.databaseVersion).toBe(1);
    await restoreExport('migrate-v1', exported);

    const opened = await openDatabase('migrate-v1');
    if (!opened.ok) throw new Error(`open failed: ${opened.error}`);
    const db = opened.value;
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

    const rowsOf = (table: string) => exported.data.data.find((entry) => entry.tableName === table)!.rows;
    for (const table of ['articles', 'bodies', 'highlights', 'notes', 'settings']) {
      const now = await db.table(table).toArray();
      expect(now, table).toHaveLength(rowsOf(table).length);
      // Every v1 field keeps its value.
      for (const oldRow of rowsOf(table)) {
        const key = (oldRow['id'] ?? oldRow['articleId'] ?? oldRow['key']) as string;
        expect(await db.table(table).get(key), `${table} ${key}`).toMatchObject(oldRow);
      }
    }

    const article = (await db.articles.get('a1-5c0e'))!;
    expect(article.tags).toEqual([]);
    expect(article.progress).toBe(0);
    expect(article.openedAt).toBeNull();
    expect(article.deletedAt).toBeNull();
    expect((await db.bodies.get('a1-5c0e'))!.doc.blocks[0]!.text).toBe(
      'قال المُتحدِّث إن Reuters نشرت 3 تقارير عن المخابرات.',
    );
    expect((await db.notes.get('n1'))!).toMatchObject({ text: 'ملاحظة على «قال» — see p. 3', deletedAt: null });
    expect((await db.highlights.get('h1'))!.deletedAt).toBeNull();

    // The new v2 indexes work on migrated rows.
    expect(await db.articles.orderBy('title').primaryKeys()).toEqual(['a2-77aa', 'a1-5c0e']);
    expect(await db.searchIndex.count()).toBe(0);
    db.close();
  });

  it('refuses a library written by a newer schema and leaves it as it was', async () => {
    const future = new Dexie('from-the-future');
    future.version(CURRENT_SCHEMA_VERSION + 5).stores({ articles: 'id', hologram: 'id' });
    await future.open();
    await future.table('articles').add({ id: 'x', title: 'kept' });
    future.close();

    const opened = await openDatabase('from-the-future');
    expect(opened).toMatchObject({ ok: false, error: 'newer-version' });

    const check = new Dexie('from-the-future');
    await check.open();
    expect(check.verno).toBe(CURRENT_SCHEMA_VERSION + 5);
    expect(check.tables.map((table) => table.name).sort()).toEqual(['articles', 'hologram']);
    expect(await check.table('articles').get('x')).toEqual({ id: 'x', title: 'kept' });
    check.close();
  });

  it('creates a fresh library at the current version', async () => {
    const db = new HamishDb('fresh');
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'articles',
      'bodies',
      'highlights',
      'images',
      'notes',
      'searchIndex',
      'settings',
    ]);
    db.close();
  });
});
