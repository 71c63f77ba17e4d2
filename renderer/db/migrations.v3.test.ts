// Opens a library written by schema v3 (tests/fixtures/db/v3-export.json, exported by
// dexie-export-import from a real v3 database by makeV3Export.ts) with the current code: the
// upgrade to v4 moves nothing, every row survives as it was, and a note can then carry the
// `otherVersions` that sync's conflict resolution writes (and a backup accepts them).

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { restoreExportFixture } from '../../tests/fixtures/db/restoreExport';
import { noteRowSchema } from './rowSchemas';
import { openDatabase } from './openDatabase';
import { CURRENT_SCHEMA_VERSION } from './schema';

describe('schema v3 → current', () => {
  it('keeps every row of a v3 library, and its notes then take other versions', async () => {
    const name = `migrate-v3-${crypto.randomUUID()}`;
    const { version, rows } = await restoreExportFixture('v3-export.json', name);
    expect(version).toBe(3);
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
