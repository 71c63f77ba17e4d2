// Opens a library written by schema v3 (tests/fixtures/db/v3-export.json, exported by
// dexie-export-import from a real v3 database by makeV3Export.ts) with the current code: the
// upgrade to v4 moves nothing, every row survives as it was, and a note can then carry the
// `otherVersions` that sync's conflict resolution writes (and a backup accepts them).

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteRowSchema } from './rowSchemas';
import { reviveRow } from '../backup/reviveRow';
import { openDatabase } from './openDatabase';
import { CURRENT_SCHEMA_VERSION } from './schema';

interface DexieExport {
  data: {
    databaseVersion: number;
    tables: { name: string; schema: string }[];
    data: { tableName: string; rows: Record<string, unknown>[] }[];
  };
}

const fixturePath = path.resolve(import.meta.dirname, '../../tests/fixtures/db/v3-export.json');

async function restoreExport(name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const exported = JSON.parse(await readFile(fixturePath, 'utf8')) as DexieExport;
  expect(exported.data.databaseVersion).toBe(3);
  const old = new Dexie(name);
  old
    .version(exported.data.databaseVersion)
    .stores(Object.fromEntries(exported.data.tables.map((table) => [table.name, table.schema])));
  await old.open();
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const { tableName, rows: raw } of exported.data.data) {
    rows[tableName] = raw.map((row) => {
      const revived = reviveRow(row);
      if (!revived.ok) throw new Error(revived.error);
      return revived.value as Record<string, unknown>;
    });
    await old.table(tableName).bulkAdd(rows[tableName]);
  }
  old.close();
  return rows;
}

describe('schema v3 → current', () => {
  it('keeps every row of a v3 library, and its notes then take other versions', async () => {
    const name = `migrate-v3-${crypto.randomUUID()}`;
    const rows = await restoreExport(name);
    const opened = await openDatabase(name);
    if (!opened.ok) throw new Error(`open failed: ${opened.error}`);
    const db = opened.value;
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of ['articles', 'bodies', 'highlights', 'notes', 'settings']) {
      expect(await db.table(table).toArray(), table).toEqual(rows[table]);
    }
    const [image] = await db.images.toArray();
    expect(image?.blob.type).toBe('image/png');
    expect(image?.blob.size).toBe(8);

    const [note] = await db.notes.toArray();
    expect(note?.otherVersions).toBeUndefined();
    const merged = { ...note!, otherVersions: [{ text: 'نص من جهاز آخر', updatedAt: note!.updatedAt + 1 }] };
    await db.notes.put(merged);
    expect(await db.notes.get(note!.id)).toEqual(merged);
    expect(noteRowSchema.safeParse(merged).success).toBe(true);
    expect(noteRowSchema.safeParse({ ...merged, otherVersions: [{ text: 1 }] }).success).toBe(false);
    db.close();
    await Dexie.delete(name);
  });
});
