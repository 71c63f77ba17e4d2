// The automatic backup taken before a schema upgrade, on the v1 fixture library: it holds the
// library exactly as v1 left it, the upgrade goes ahead after it, and restoring it into an
// empty library gives the same rows the upgraded library has.

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AutomaticBackupReason } from '../../electron/common/backups';
import { ok } from '../../electron/common/result';
import { HamishDb } from '../db/HamishDb';
import { openDatabase } from '../db/openDatabase';
import { freshDatabaseNames } from '../../tests/support/databaseNames';
import type { Platform } from '../platform/Platform';
import { applyBackup } from './applyBackup';
import { backupBeforeUpgrade } from './automaticBackups';
import { readBackup } from './readBackup';
import { installBrowserGlobalsForDexieExport, snapshot } from '../../tests/support/sampleLibrary';

interface DexieExport {
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string }[];
    data: { tableName: string; rows: Record<string, unknown>[] }[];
  };
}

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/db/v1-export.json');
const nameFor = freshDatabaseNames();
beforeAll(installBrowserGlobalsForDexieExport);

async function v1Library(): Promise<{ name: string; exported: DexieExport }> {
  const name = nameFor('pre-upgrade');
  const exported = JSON.parse(await readFile(fixture, 'utf8')) as DexieExport;
  const old = new Dexie(name);
  old
    .version(exported.data.databaseVersion)
    .stores(Object.fromEntries(exported.data.tables.map((table) => [table.name, table.schema])));
  for (const { tableName, rows } of exported.data.data) await old.table(tableName).bulkAdd(rows);
  old.close();
  return { name, exported };
}

function recordingPlatform() {
  const saved: { data: Blob; reason: AutomaticBackupReason }[] = [];
  const platform = {
    saveAutomaticBackup: async (data: Blob, reason: AutomaticBackupReason) => {
      saved.push({ data, reason });
      return ok({ id: 'x', createdAt: Date.now(), reason, size: data.size });
    },
  } as unknown as Platform;
  return { platform, saved };
}

describe('the backup before a schema upgrade', () => {
  it('keeps the v1 library as it was, then lets the upgrade run', async () => {
    const { name, exported } = await v1Library();
    const { platform, saved } = recordingPlatform();
    const opened = await openDatabase(name, {
      beforeUpgrade: async () => void (await backupBeforeUpgrade(name, platform)),
    });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const upgraded = await snapshot(opened.value);
    opened.value.close();

    expect(saved.map((entry) => entry.reason)).toEqual(['pre-upgrade']);
    const json = JSON.parse(await saved[0]!.data.text());
    expect(json.hamish).toMatchObject({ schemaVersion: 1, reason: 'pre-upgrade' });
    expect(json.data.databaseVersion).toBe(1);
    for (const { tableName, rows } of exported.data.data) {
      const inBackup = json.data.data.find((table: { tableName: string }) => table.tableName === tableName).rows;
      expect(
        inBackup.map((row: Record<string, unknown>) => ({ ...row, $types: undefined })),
        tableName,
      ).toEqual(rows.map((row) => ({ ...row, $types: undefined })));
    }

    // Restored into an empty library by today's code, the v1 backup equals the upgraded library.
    const parsed = await readBackup(saved[0]!.data);
    expect(parsed.ok ? parsed.value.schemaVersion : parsed.error).toBe(1);
    const target = new HamishDb(nameFor('pre-upgrade-restored'));
    if (parsed.ok) expect((await applyBackup(target, parsed.value, 'replace')).ok).toBe(true);
    expect(await snapshot(target)).toEqual(upgraded);
    target.close();
  });

  it('a v1 export itself (the fixture file) restores through the same upgrade', async () => {
    const parsed = await readBackup(new Blob([await readFile(fixture)]));
    expect(parsed.ok ? 'ok' : `${parsed.error} ${parsed.detail}`).toBe('ok');
    if (!parsed.ok) return;
    expect(parsed.value.rows.articles.map((article) => [article.id, article.tags, article.deletedAt])).toEqual([
      ['a1-5c0e', [], null],
      ['a2-77aa', [], null],
    ]);
    expect(parsed.value.rows.notes.find((note) => note.id === 'n1')).toMatchObject({
      text: 'ملاحظة على «قال» — see p. 3',
      deletedAt: null,
    });
  });
});
