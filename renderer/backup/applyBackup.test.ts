import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HamishDb } from '../db/HamishDb';
import { freshDatabaseNames } from '../../tests/support/databaseNames';
import type { NoteRow } from '../db/types';
import { applyBackup } from './applyBackup';
import type { ParsedBackup } from './readBackup';
import type { BackupRows } from '../db/rowSchemas';
import { addSampleLibrary, snapshot } from '../../tests/support/sampleLibrary';

const nameFor = freshDatabaseNames();
const freshDb = (): HamishDb => new HamishDb(nameFor('apply'));

const note = (id: string, updatedAt: number, text = id, deletedAt: number | null = null): NoteRow => ({
  id,
  articleId: 'a1',
  highlightId: null,
  text,
  createdAt: 1,
  updatedAt,
  deletedAt,
});

function backupOf(rows: Partial<BackupRows>): ParsedBackup {
  return {
    createdAt: null,
    reason: null,
    schemaVersion: 3,
    rows: { articles: [], bodies: [], highlights: [], notes: [], settings: [], images: [], ...rows },
  };
}

describe('applyBackup, merge', () => {
  it('keeps whichever copy of each row changed last, adds the missing, leaves the rest', async () => {
    const db = freshDb();
    await db.notes.bulkAdd([
      note('edited-here', 20, 'mine, newer'),
      note('edited-there', 10, 'mine, older'),
      note('only-here', 10),
      note('deleted-there', 10),
    ]);
    await db.searchIndex.put({ key: 'index', data: 'stale', updatedAt: 1 });
    const result = await applyBackup(
      db,
      backupOf({
        notes: [
          note('edited-here', 15, 'theirs, older'),
          note('edited-there', 30, 'theirs, newer'),
          note('only-there', 5),
          note('deleted-there', 40, 'deleted-there', 40),
        ],
      }),
      'merge',
    );
    expect(result).toMatchObject({ ok: true, value: { written: { notes: 3 }, kept: { notes: 1 } } });
    const notes = Object.fromEntries((await db.notes.toArray()).map((row) => [row.id, row]));
    expect(notes['edited-here']?.text).toBe('mine, newer');
    expect(notes['edited-there']?.text).toBe('theirs, newer');
    expect(notes['only-here']).toBeDefined();
    expect(notes['only-there']).toBeDefined();
    expect(notes['deleted-there']?.deletedAt).toBe(40);
    // The persisted search index described the old rows: it is dropped to be rebuilt.
    expect(await db.searchIndex.count()).toBe(0);
  });

  it('writes nothing and keeps the search index when the library is already as new', async () => {
    const db = freshDb();
    await db.notes.add(note('same', 10));
    await db.searchIndex.put({ key: 'index', data: 'fresh', updatedAt: 1 });
    expect(await applyBackup(db, backupOf({ notes: [note('same', 10)] }), 'merge')).toMatchObject({
      ok: true,
      value: { written: { notes: 0 }, kept: { notes: 1 } },
    });
    expect(await db.searchIndex.count()).toBe(1);
  });

  it('merging a backup of the same library changes nothing', async () => {
    const db = freshDb();
    await addSampleLibrary(db);
    const before = await snapshot(db);
    const result = await applyBackup(db, backupOf(before as unknown as BackupRows), 'merge');
    expect(result.ok && Object.values(result.value.written).every((count) => count === 0)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('applyBackup, replace', () => {
  it('makes the library exactly the backup', async () => {
    const source = freshDb();
    await addSampleLibrary(source);
    const wanted = await snapshot(source);
    const db = freshDb();
    await db.notes.add(note('only-here', 99));
    await addSampleLibrary(db);
    expect(await applyBackup(db, backupOf(wanted as unknown as BackupRows), 'replace')).toMatchObject({ ok: true });
    expect(await snapshot(db)).toEqual(wanted);
  });

  it('is all or nothing: a write that fails midway leaves the library as it was', async () => {
    const db = freshDb();
    await addSampleLibrary(db);
    const before = await snapshot(db);
    // Two rows with one id cannot both be added: the notes write fails after the clears.
    const broken = backupOf({ notes: [note('twin', 1), note('twin', 2)] });
    const result = await applyBackup(db, broken, 'replace');
    expect(result).toMatchObject({ ok: false, error: 'failed' });
    expect(await snapshot(db)).toEqual(before);
  });
});
