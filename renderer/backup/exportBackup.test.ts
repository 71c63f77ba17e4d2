import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { HamishDb } from '../db/HamishDb';
import type { HighlightRow } from '../db/types';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { databaseAtVersion } from '../db/historicDb';
import { freshDatabaseNames } from '../../tests/support/databaseNames';
import { applyBackup } from './applyBackup';
import { BACKUP_FORMAT } from './backupFormat';
import { exportBackup, exportStoredLibrary } from './exportBackup';
import { readBackup } from './readBackup';
import { addSampleLibrary, installBrowserGlobalsForDexieExport, snapshot } from '../../tests/support/sampleLibrary';

beforeAll(installBrowserGlobalsForDexieExport);

const nameFor = freshDatabaseNames();
const freshDb = (): HamishDb => new HamishDb(nameFor('export'));

describe('exportBackup', () => {
  it('writes a Dexie export with the Hamish marker first, without the search index, reporting progress', async () => {
    const db = freshDb();
    await addSampleLibrary(db);
    await db.searchIndex.put({ key: 'index-v1', data: '{"big":"derived"}', updatedAt: 1 });
    const progress: { done: number; total: number }[] = [];
    const blob = await exportBackup(db, { now: () => 1_700_000_000_000, onProgress: (step) => progress.push(step) });
    const text = await blob.text();
    expect(text.startsWith(`{"hamish":{"format":"${BACKUP_FORMAT}"`)).toBe(true);
    const json = JSON.parse(text);
    expect(json.hamish).toEqual({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: 1_700_000_000_000,
      reason: 'manual',
    });
    expect(json.formatName).toBe('dexie');
    expect(json.data.databaseVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(json.data.tables.map((table: { name: string }) => table.name).sort()).toEqual([
      'articles',
      'bodies',
      'highlights',
      'images',
      'notes',
      'settings',
    ]);
    expect(text).not.toContain('derived');
    const last = progress.at(-1)!;
    expect(last.total).toBeGreaterThan(0);
    expect(last.done).toBe(last.total);
  });

  it('round-trips: export, restore into an empty library, same rows (highlight tags included)', async () => {
    const source = freshDb();
    await addSampleLibrary(source);
    const before = await snapshot(source);
    expect((before.highlights as HighlightRow[]).map((row) => row.tags ?? [])).toContainEqual(['لغات', 'Electron']);
    const parsed = await readBackup(await exportBackup(source));
    expect(parsed.ok ? 'ok' : `${parsed.error}: ${parsed.detail}`).toBe('ok');
    const target = freshDb();
    const applied = await applyBackup(target, parsed.ok ? parsed.value : (undefined as never), 'replace');
    expect(applied.ok).toBe(true);
    expect(await snapshot(target)).toEqual(before);
  });

  it('exports a library of an older schema exactly as stored, without upgrading it', async () => {
    const name = nameFor('export-old');
    const old = databaseAtVersion(name, 1);
    await old
      .table('notes')
      .add({ id: 'n1', articleId: 'a1', highlightId: null, text: 'old note', createdAt: 1, updatedAt: 1 });
    old.close();
    const json = JSON.parse(await (await exportStoredLibrary(name, { reason: 'pre-upgrade' })).text());
    expect(json.hamish).toMatchObject({ schemaVersion: 1, reason: 'pre-upgrade' });
    expect(json.data.databaseVersion).toBe(1);
    expect(json.data.data.find((table: { tableName: string }) => table.tableName === 'notes').rows).toEqual([
      { id: 'n1', articleId: 'a1', highlightId: null, text: 'old note', createdAt: 1, updatedAt: 1 },
    ]);
    const info = (await indexedDB.databases()).find((database) => database.name === name);
    expect(info?.version).toBe(10);
  });
});
