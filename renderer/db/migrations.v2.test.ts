// Opens a library written by schema v2 (tests/fixtures/db/v2-export.json, exported by
// dexie-export-import from a real v2 database by makeV2Export.ts) with the current code: the
// upgrade to v3 adds the images table and every row survives as it was.

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { readExportFixture, restoreExportFixture } from '../../tests/fixtures/db/restoreExport';
import { openDatabase } from './openDatabase';
import { CURRENT_SCHEMA_VERSION } from './schema';

describe('schema v2 → current', () => {
  it('is a v2 export without the images table', async () => {
    const exported = await readExportFixture('v2-export.json');
    expect(exported.formatName).toBe('dexie');
    expect(exported.data.databaseVersion).toBe(2);
    expect(exported.data.tables.map((table) => table.name)).not.toContain('images');
  });

  it('opens a v2 library with the current code, adding the images table and keeping every row', async () => {
    const { version, rows } = await restoreExportFixture('v2-export.json', 'migrate-v2');
    expect(version).toBe(2);
    const opened = await openDatabase('migrate-v2');
    if (!opened.ok) throw new Error(`open failed: ${opened.error}`);
    const db = opened.value;
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).toContain('images');
    expect(await db.images.count()).toBe(0);
    for (const [table, written] of Object.entries(rows)) {
      expect(await db.table(table).toArray(), table).toEqual(written);
    }
    // The v2 indexes still answer.
    expect(await db.articles.where('tags').equals('سفر').count()).toBe(1);
    expect(await db.articles.where('sourceUrl').equals('https://news.example/aleppo').count()).toBe(1);

    // And the upgraded library keeps images for its articles.
    const articleId = '6f1c2a7e-0000-4000-8000-000000000001';
    const blob = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    await db.images.add({
      id: 'img-1',
      articleId,
      blob,
      sourceUrl: 'https://news.example/a.png',
      createdAt: 1,
      updatedAt: 1,
    });
    expect((await db.images.where('articleId').equals(articleId).toArray()).map((image) => image.id)).toEqual([
      'img-1',
    ]);
    db.close();
    await Dexie.delete('migrate-v2');
  });
});
