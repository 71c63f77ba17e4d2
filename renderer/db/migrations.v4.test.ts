// Opens a library written by schema v4 (tests/fixtures/db/v4-export.json, exported by
// dexie-export-import from a real v4 database by makeV4Export.ts) with the current code: the
// upgrade to v5 moves nothing, every row survives as it was (a note's other versions included),
// and a highlight can then carry tags, which a backup and sync accept only when each is a tag
// the tag rule allows.

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { restoreExportFixture } from '../../tests/fixtures/db/restoreExport';
import { highlightRowSchema } from './rowSchemas';
import { openDatabase } from './openDatabase';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { addHighlightTags, removeHighlightTag } from './highlights';

describe('schema v4 → current', () => {
  it('keeps every row of a v4 library, and its highlights then take tags', async () => {
    const name = `migrate-v4-${crypto.randomUUID()}`;
    const { version, rows } = await restoreExportFixture('v4-export.json', name);
    expect(version).toBe(4);
    const opened = await openDatabase(name);
    if (!opened.ok) throw new Error(`open failed: ${opened.error}`);
    const db = opened.value;
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of ['articles', 'bodies', 'highlights', 'notes', 'settings']) {
      expect(await db.table(table).toArray(), table).toEqual(rows[table]);
    }
    const [note] = await db.notes.toArray();
    expect(note?.otherVersions).toEqual([{ text: 'نص كُتب على جهاز آخر', updatedAt: note!.updatedAt - 100 }]);

    const [before] = await db.highlights.toArray();
    expect(before?.tags).toBeUndefined();
    expect(highlightRowSchema.safeParse(before).success).toBe(true);
    await addHighlightTags(db, before!.id, ['تاريخ', 'Alexandria']);
    const tagged = await db.highlights.get(before!.id);
    expect(tagged?.tags).toEqual(['تاريخ', 'Alexandria']);
    expect(tagged!.updatedAt).toBeGreaterThan(before!.updatedAt);
    expect(highlightRowSchema.safeParse(tagged).success).toBe(true);
    await removeHighlightTag(db, before!.id, 'تاريخ');
    await removeHighlightTag(db, before!.id, 'Alexandria');
    // The last tag gone, the field goes too: the row is as a v4 device would write it.
    const untagged = await db.highlights.get(before!.id);
    expect(untagged).not.toHaveProperty('tags');
    expect({ ...untagged, updatedAt: before!.updatedAt }).toEqual(before);
    db.close();
    await Dexie.delete(name);
  });

  it('refuses highlight rows whose tags the tag rule would not have written', () => {
    const row = {
      id: 'h1',
      articleId: 'a1',
      start: 0,
      end: 4,
      exact: 'كانت',
      prefix: '',
      suffix: '',
      color: 'blue',
      contentHash: 'x',
      extractionVersion: 1,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    };
    expect(highlightRowSchema.safeParse({ ...row, tags: ['سفر', 'x'.repeat(50)] }).success).toBe(true);
    for (const tags of [[''], ['   '], [' سفر'], ['x'.repeat(51)], ['a, b'], 'سفر', [1]]) {
      expect(highlightRowSchema.safeParse({ ...row, tags }).success, JSON.stringify(tags)).toBe(false);
    }
    expect(highlightRowSchema.safeParse({ ...row, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }).success).toBe(
      false,
    );
  });
});
