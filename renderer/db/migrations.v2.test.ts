// Opening a library saved by schema version 2 (tests/fixtures/db/v2-export.json, made by
// tests/fixtures/db/make-v2-export.ts with dexie-export-import, the backup format) with the
// current schema: the upgrade to version 3 adds the images table and leaves every row as it was.

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import type * as ExportImport from 'dexie-export-import';
import { beforeAll, describe, expect, it } from 'vitest';
import v2Export from '../../tests/fixtures/db/v2-export.json';
import { HamishDb } from './HamishDb';
import { CURRENT_SCHEMA_VERSION } from './schema';

interface ExportedTable {
  tableName: string;
  rows: Record<string, unknown>[];
}

let importDB: typeof ExportImport.importDB;

beforeAll(async () => {
  // dexie-export-import wants `self` and FileReader, which Node lacks.
  (globalThis as { self?: unknown }).self ??= globalThis;
  (globalThis as { FileReader?: unknown }).FileReader ??= class {
    result: ArrayBuffer | null = null;
    onload: ((event: { target: unknown }) => void) | null = null;
    onerror: ((event: { target: { error: unknown } }) => void) | null = null;
    readAsArrayBuffer(blob: Blob) {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload?.({ target: this });
        },
        (error: unknown) => this.onerror?.({ target: { error } }),
      );
    }
  };
  ({ importDB } = await import('dexie-export-import'));
});

async function restoreV2(name: string): Promise<void> {
  const blob = new Blob([JSON.stringify(v2Export)], { type: 'application/json' });
  const db = await importDB(blob, { name });
  expect(db.verno).toBe(2);
  db.close();
}

describe('a version 2 library opened by the current schema', () => {
  it('is the fixture we think it is', () => {
    expect(v2Export.data.databaseVersion).toBe(2);
    expect(v2Export.data.tables.map((table) => table.name)).not.toContain('images');
  });

  it('upgrades to the current version, adding the images table and keeping every row', async () => {
    const name = 'hamish-migrate-v2';
    await restoreV2(name);
    const db = new HamishDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).toContain('images');
    expect(await db.images.count()).toBe(0);

    const exported = v2Export.data.data as ExportedTable[];
    for (const table of exported) {
      const rows = await db.table(table.tableName).toArray();
      expect(rows, table.tableName).toEqual(table.rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== '$types'))));
    }
    // The v2 indexes still answer.
    expect(await db.articles.where('tags').equals('سفر').count()).toBe(1);
    expect(await db.articles.where('sourceUrl').equals('https://news.example/aleppo').count()).toBe(1);
    db.close();
  });

  it('can keep images for an article after the upgrade', async () => {
    const name = 'hamish-migrate-v2-images';
    await restoreV2(name);
    const db = new HamishDb(name);
    await db.open();
    const articleId = '6f1c2a7e-0000-4000-8000-000000000001';
    await db.images.add({ id: 'img-1', articleId, blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), sourceUrl: 'https://news.example/a.png', createdAt: 1, updatedAt: 1 });
    const images = await db.images.where('articleId').equals(articleId).toArray();
    expect(images.map((image) => image.id)).toEqual(['img-1']);
    db.close();
    await Dexie.delete(name);
  });
});
