import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HamishDb } from '../db/HamishDb';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { exportBackup } from './exportBackup';
import { readBackup, type ReadBackupError } from './readBackup';
import { addSampleLibrary, installBrowserGlobalsForDexieExport, snapshot } from '../../tests/support/sampleLibrary';

beforeAll(installBrowserGlobalsForDexieExport);

const names: string[] = [];
function freshDb(): HamishDb {
  const name = `read-${crypto.randomUUID()}`;
  names.push(name);
  return new HamishDb(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await new HamishDb(name).delete();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function sampleBackupJson(): Promise<Json> {
  const db = freshDb();
  await addSampleLibrary(db);
  return JSON.parse(await (await exportBackup(db)).text()) as Json;
}

const fileOf = (value: unknown) => new Blob([typeof value === 'string' ? value : JSON.stringify(value)]);
const tableIn = (json: Json, name: string) => json.data.data.find((table: Json) => table.tableName === name);

async function expectError(file: Blob, error: ReadBackupError): Promise<string | undefined> {
  const result = await readBackup(file);
  expect(result.ok ? 'ok' : result.error).toBe(error);
  return result.ok ? undefined : result.detail;
}

describe('readBackup recognises what it is given', () => {
  it('reads a backup it made, with its date and every table', async () => {
    const json = await sampleBackupJson();
    const result = await readBackup(fileOf(json));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(result.value.createdAt).toBe(json.hamish.createdAt);
    expect(result.value.rows.articles).toHaveLength(2);
    expect(result.value.rows.highlights).toHaveLength(2);
    expect(result.value.rows.notes).toHaveLength(3);
    expect(result.value.rows.bodies).toHaveLength(2);
  });

  it('accepts a plain Dexie export of the "hamish" database, without the marker', async () => {
    const json = await sampleBackupJson();
    delete json.hamish;
    json.data.databaseName = 'hamish';
    expect((await readBackup(fileOf(json))).ok).toBe(true);
  });

  it('says "not a backup" for other files', async () => {
    await expectError(
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]),
      'not-a-backup',
    );
    await expectError(fileOf('Just some notes I wrote.'), 'not-a-backup');
    await expectError(fileOf({ notes: ['a', 'b'] }), 'not-a-backup');
    await expectError(fileOf([1, 2, 3]), 'not-a-backup');
    await expectError(fileOf(''), 'not-a-backup');
    const json = await sampleBackupJson();
    delete json.hamish;
    json.data.databaseName = 'someone-elses-app';
    await expectError(fileOf(json), 'not-a-backup');
    const foreignMarker = await sampleBackupJson();
    foreignMarker.hamish.format = 'other-backup';
    await expectError(fileOf(foreignMarker), 'not-a-backup');
  });

  it('says "damaged" for a backup cut short or altered', async () => {
    const text = JSON.stringify(await sampleBackupJson());
    await expectError(fileOf(text.slice(0, Math.floor(text.length * 0.6))), 'corrupt');
    await expectError(fileOf(text.slice(0, 40)), 'corrupt');

    const missingRow = await sampleBackupJson();
    tableIn(missingRow, 'notes').rows.pop();
    expect(await expectError(fileOf(missingRow), 'corrupt')).toMatch(/notes holds 2 rows, its header says 3/);

    const extraTable = await sampleBackupJson();
    extraTable.data.data.push({ tableName: 'passwords', inbound: true, rows: [] });
    extraTable.data.tables.push({ name: 'passwords', schema: 'id', rowCount: 0 });
    await expectError(fileOf(extraTable), 'corrupt');

    const noRows = await sampleBackupJson();
    noRows.data.data = noRows.data.data.filter((table: Json) => table.tableName !== 'highlights');
    await expectError(fileOf(noRows), 'corrupt');

    const badEnvelope = await sampleBackupJson();
    badEnvelope.data.tables = 'all of them';
    await expectError(fileOf(badEnvelope), 'corrupt');
  });

  it('says "newer version" for a backup this Hamish cannot know', async () => {
    const newerSchema = await sampleBackupJson();
    newerSchema.data.databaseVersion = CURRENT_SCHEMA_VERSION + 1;
    newerSchema.hamish.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    newerSchema.data.data.push({ tableName: 'collections', inbound: true, rows: [] });
    await expectError(fileOf(newerSchema), 'newer-version');

    const newerFormat = await sampleBackupJson();
    newerFormat.hamish.formatVersion = 2;
    await expectError(fileOf(newerFormat), 'newer-version');

    const newerDexie = await sampleBackupJson();
    newerDexie.formatVersion = 2;
    await expectError(fileOf(newerDexie), 'newer-version');
  });

  it('names the first rows whose shape is wrong', async () => {
    const wrongType = await sampleBackupJson();
    tableIn(wrongType, 'notes').rows[1].text = 42;
    expect(await expectError(fileOf(wrongType), 'invalid-rows')).toMatch(/^notes row 2: text/);

    const reversed = await sampleBackupJson();
    Object.assign(tableIn(reversed, 'highlights').rows[0], { start: 9, end: 2 });
    expect(await expectError(fileOf(reversed), 'invalid-rows')).toMatch(/highlights row 1/);

    const unknownField = await sampleBackupJson();
    tableIn(unknownField, 'articles').rows[0].script = '<img src=x onerror=alert(1)>';
    expect(await expectError(fileOf(unknownField), 'invalid-rows')).toMatch(/articles row 1/);

    const duplicate = await sampleBackupJson();
    const notes = tableIn(duplicate, 'notes').rows;
    notes[1].id = notes[0].id;
    expect(await expectError(fileOf(duplicate), 'invalid-rows')).toMatch(/appears twice/);

    const blockOutside = await sampleBackupJson();
    tableIn(blockOutside, 'bodies').rows[0].doc.blocks[0].marks = [{ type: 'em', start: 0, end: 10_000 }];
    await expectError(fileOf(blockOutside), 'invalid-rows');

    const foreignType = await sampleBackupJson();
    tableIn(foreignType, 'notes').rows[0].$types = { createdAt: 'date' };
    expect(await expectError(fileOf(foreignType), 'invalid-rows')).toMatch(/type date/);
  });

  it('changes nothing in the library whatever it is given', async () => {
    const db = freshDb();
    await addSampleLibrary(db);
    const before = await snapshot(db);
    const text = JSON.stringify(JSON.parse(await (await exportBackup(db)).text()));
    for (const file of [
      fileOf(text.slice(0, 100)),
      fileOf('{}'),
      fileOf(text.replace(`"databaseVersion":${CURRENT_SCHEMA_VERSION}`, '"databaseVersion":99')),
    ]) {
      expect((await readBackup(file)).ok).toBe(false);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('readBackup upgrades rows from an older schema', () => {
  it('runs a version 1 backup through the version 2 upgrade, in a scratch database it then deletes', async () => {
    const v1 = {
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'hamish',
        databaseVersion: 1,
        tables: [
          { name: 'articles', schema: 'id,createdAt,updatedAt,contentHash,sourceUrl', rowCount: 1 },
          { name: 'bodies', schema: 'articleId', rowCount: 1 },
          { name: 'highlights', schema: 'id,articleId,updatedAt', rowCount: 1 },
          { name: 'notes', schema: 'id,articleId,highlightId,updatedAt', rowCount: 1 },
          { name: 'settings', schema: 'key', rowCount: 0 },
        ],
        data: [
          {
            tableName: 'articles',
            inbound: true,
            rows: [
              {
                id: 'a1',
                title: 'قديمة',
                lang: 'ar',
                dir: 'rtl',
                excerpt: 'نص',
                wordCount: 1,
                contentHash: 'h',
                extractionVersion: 1,
                source: 'paste',
                createdAt: 5,
                updatedAt: 5,
              },
            ],
          },
          {
            tableName: 'bodies',
            inbound: true,
            rows: [
              {
                articleId: 'a1',
                doc: { extractionVersion: 1, lang: 'ar', dir: 'rtl', blocks: [{ kind: 'paragraph', text: 'نص' }] },
                updatedAt: 5,
              },
            ],
          },
          {
            tableName: 'highlights',
            inbound: true,
            rows: [
              {
                id: 'h1',
                articleId: 'a1',
                start: 0,
                end: 2,
                exact: 'نص',
                prefix: '',
                suffix: '',
                color: 'yellow',
                contentHash: 'h',
                extractionVersion: 1,
                createdAt: 6,
                updatedAt: 6,
              },
            ],
          },
          {
            tableName: 'notes',
            inbound: true,
            rows: [{ id: 'n1', articleId: 'a1', highlightId: 'h1', text: 'ملاحظة', createdAt: 7, updatedAt: 7 }],
          },
          { tableName: 'settings', inbound: true, rows: [] },
        ],
      },
    };
    const result = await readBackup(fileOf(v1));
    expect(result.ok ? 'ok' : `${result.error}: ${result.detail}`).toBe('ok');
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(1);
    expect(result.value.rows.articles[0]).toMatchObject({
      id: 'a1',
      tags: [],
      progress: 0,
      progressOffset: 0,
      deletedAt: null,
      openedAt: null,
      byline: null,
    });
    expect(result.value.rows.highlights[0]?.deletedAt).toBeNull();
    expect(result.value.rows.notes[0]).toMatchObject({ text: 'ملاحظة', deletedAt: null });
    const leftovers = (await indexedDB.databases()).filter((database) => database.name?.startsWith('hamish-restore-'));
    expect(leftovers).toEqual([]);
  });
});
