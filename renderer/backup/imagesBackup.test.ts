// Stored images (schema v3's images table) survive a backup: exported as base64 by
// dexie-export-import, read back into Blobs, checked, and restored byte for byte.

import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { textToDoc } from '../article/textToDoc';
import { HamishDb } from '../db/HamishDb';
import { freshDatabaseNames } from '../../tests/support/databaseNames';
import { storedImageSrc } from '../images/storedImage';
import { rowFor, saveArticle } from '../import/store';
import { applyBackup } from './applyBackup';
import { exportBackup } from './exportBackup';
import { readBackup } from './readBackup';
import { installBrowserGlobalsForDexieExport } from '../../tests/support/sampleLibrary';

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 250, 251, 252,
]);
const nameFor = freshDatabaseNames();
const freshDb = (): HamishDb => new HamishDb(nameFor('images-backup'));

beforeAll(() => installBrowserGlobalsForDexieExport());

async function libraryWithImage(db: HamishDb): Promise<string> {
  const text = textToDoc('مقالة فيها صورة.\nوفقرة ثانية.', 'ar');
  const prepared = {
    article: {
      title: 'مقالة مصورة',
      doc: {
        ...text,
        blocks: [...text.blocks, { kind: 'image' as const, src: storedImageSrc('img-1'), alt: 'صورة', text: '' }],
      },
      source: 'web' as const,
      sourceUrl: 'https://news.example/a',
    },
    images: [{ id: 'img-1', blob: new Blob([PNG], { type: 'image/png' }), sourceUrl: 'https://news.example/a.png' }],
    skippedImages: 0,
  };
  const saved = await saveArticle(db, prepared, await rowFor(prepared));
  if (!saved.ok) throw new Error(saved.error);
  return saved.value.id;
}

describe('images in backups', () => {
  it('round-trips stored images byte for byte', async () => {
    const source = freshDb();
    const articleId = await libraryWithImage(source);
    const file = await exportBackup(source);
    const json = JSON.parse(await file.text()) as {
      data: { data: { tableName: string; rows: { blob: { type: string; data: string } }[] }[] };
    };
    const imageRows = json.data.data.find((table) => table.tableName === 'images')!.rows;
    expect(imageRows).toHaveLength(1);
    expect(imageRows[0]!.blob.type).toBe('image/png');

    const parsed = await readBackup(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = freshDb();
    expect((await applyBackup(target, parsed.value, 'replace')).ok).toBe(true);
    const [image] = await target.images.where('articleId').equals(articleId).toArray();
    expect(image).toMatchObject({ id: 'img-1', sourceUrl: 'https://news.example/a.png' });
    expect(new Uint8Array(await image!.blob.arrayBuffer())).toEqual(PNG);
  });

  it('refuses a backup whose image is not an image', async () => {
    const source = freshDb();
    await libraryWithImage(source);
    const json = JSON.parse(await (await exportBackup(source)).text()) as {
      data: { data: { tableName: string; rows: { blob: { type: string } }[] }[] };
    };
    json.data.data.find((table) => table.tableName === 'images')!.rows[0]!.blob.type = 'text/html';
    const parsed = await readBackup(new Blob([JSON.stringify(json)]));
    expect(parsed).toMatchObject({ ok: false, error: 'invalid-rows' });
  });
});
