import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { HamishDb } from './HamishDb';
import { addHighlight, deleteHighlight } from './highlights';
import { unwrap } from '../../tests/support/unwrap';
import {
  addNote,
  articleNotes,
  byFirstWritten,
  deleteNote,
  editNote,
  noteRowFor,
  restoreNote,
  settleOtherVersion,
  writeNote,
} from './notes';

const opened: HamishDb[] = [];
function freshDb(): HamishDb {
  const db = new HamishDb(`notes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function highlightOn(db: HamishDb, articleId: string) {
  const { highlight } = unwrap(
    await addHighlight(db, {
      articleId,
      start: 0,
      end: 3,
      exact: 'abc',
      prefix: '',
      suffix: '',
      color: 'green',
      contentHash: 'h',
      extractionVersion: 1,
    }),
  );
  return highlight;
}

describe('notes', () => {
  it('adds article notes and edits them with a new updatedAt', async () => {
    const db = freshDb();
    const note = unwrap(await addNote(db, { articleId: 'a1', highlightId: null, text: 'ملاحظة' }));
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await editNote(db, note.id, 'ملاحظة معدّلة')).toEqual({ ok: true, value: undefined });
    const [stored] = await articleNotes(db, 'a1');
    expect(stored?.text).toBe('ملاحظة معدّلة');
    expect(stored!.updatedAt).toBeGreaterThan(note.updatedAt);
  });

  it('refuses a note on a highlight that is gone, and writes nothing', async () => {
    const db = freshDb();
    expect(await addNote(db, { articleId: 'a1', highlightId: 'missing', text: 'x' })).toEqual({
      ok: false,
      error: 'missing',
    });
    const highlight = await highlightOn(db, 'a1');
    unwrap(await deleteHighlight(db, highlight.id));
    expect(await addNote(db, { articleId: 'a1', highlightId: highlight.id, text: 'x' })).toEqual({
      ok: false,
      error: 'missing',
    });
    expect(await db.notes.count()).toBe(0);
  });

  it('soft-deletes and restores', async () => {
    const db = freshDb();
    const note = unwrap(await addNote(db, { articleId: 'a1', highlightId: null, text: 'keep me' }));
    unwrap(await deleteNote(db, note.id));
    expect(await articleNotes(db, 'a1')).toEqual([]);
    expect(await db.notes.count()).toBe(1);
    unwrap(await restoreNote(db, note.id));
    expect((await articleNotes(db, 'a1')).map((row) => row.id)).toEqual([note.id]);
  });

  it('writes one note per highlight however quickly two saves follow each other', async () => {
    // The editor saves on a pause in typing and again on leaving; neither waits for the screen
    // to see the other's note.
    const db = freshDb();
    const highlight = await highlightOn(db, 'a1');
    const [first, second] = (
      await Promise.all([
        writeNote(db, { articleId: 'a1', highlightId: highlight.id, text: 'ملاحظة' }),
        writeNote(db, { articleId: 'a1', highlightId: highlight.id, text: 'ملاحظة أطول' }),
      ])
    ).map(unwrap);
    expect(second!.id).toBe(first!.id);
    expect((await articleNotes(db, 'a1')).map((row) => row.text)).toEqual(['ملاحظة أطول']);
    // The article's own note is another note, written the same way; a deleted note is not edited.
    unwrap(await writeNote(db, { articleId: 'a1', highlightId: null, text: 'عن المقال' }));
    unwrap(await deleteNote(db, first!.id));
    unwrap(await writeNote(db, { articleId: 'a1', highlightId: highlight.id, text: 'من جديد' }));
    expect((await articleNotes(db, 'a1')).map((row) => row.text).sort()).toEqual(['عن المقال', 'من جديد'].sort());
    expect(await db.notes.count()).toBe(3);
    unwrap(await deleteHighlight(db, highlight.id));
    expect(await writeNote(db, { articleId: 'a1', highlightId: highlight.id, text: 'x' })).toEqual({
      ok: false,
      error: 'missing',
    });
  });

  it('says missing, and changes nothing, when the note was deleted elsewhere', async () => {
    const db = freshDb();
    const note = unwrap(await addNote(db, { articleId: 'a1', highlightId: null, text: 'one' }));
    unwrap(await deleteNote(db, note.id));
    expect(await editNote(db, note.id, 'two')).toEqual({ ok: false, error: 'missing' });
    expect(await deleteNote(db, note.id)).toEqual({ ok: false, error: 'missing' });
    expect(await editNote(db, 'never-there', 'two')).toEqual({ ok: false, error: 'missing' });
    expect((await db.notes.get(note.id))?.text).toBe('one');
  });

  it('says storage-full when the disk is full, and writes nothing', async () => {
    const db = freshDb();
    const quota = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    db.notes.hook('creating', () => {
      throw quota;
    });
    const result = await addNote(db, { articleId: 'a1', highlightId: null, text: 'x' });
    expect(result).toMatchObject({ ok: false, error: 'storage-full' });
    expect(await db.notes.count()).toBe(0);
  });
});

describe('two notes in one place (written on two devices apart)', () => {
  it('are ordered the same whatever order they arrive in: the first written, then by id', () => {
    const place = { articleId: 'a1', highlightId: null, text: 'x' };
    const later = { ...noteRowFor(place, 2_000), id: 'b' };
    const first = { ...noteRowFor(place, 1_000), id: 'z' };
    const sameTime = { ...noteRowFor(place, 2_000), id: 'a' };
    const orders = [
      [later, first, sameTime],
      [sameTime, later, first],
      [first, sameTime, later],
    ];
    for (const order of orders) expect([...order].sort(byFirstWritten).map((note) => note.id)).toEqual(['z', 'a', 'b']);
  });

  it('a save edits the first written of them, the one the reader shows', async () => {
    const db = freshDb();
    const place = { articleId: 'a1', highlightId: null, text: 'x' };
    await db.notes.bulkAdd([
      { ...noteRowFor({ ...place, text: 'second' }, 2_000), id: '0-later' },
      { ...noteRowFor({ ...place, text: 'first' }, 1_000), id: 'z-first' },
    ]);
    unwrap(await writeNote(db, { ...place, text: 'edited' }));
    expect((await db.notes.orderBy('id').toArray()).map((note) => [note.id, note.text])).toEqual([
      ['0-later', 'second'],
      ['z-first', 'edited'],
    ]);
  });
});

describe("a note's other versions (kept by sync)", () => {
  it('takes one, adds one below, or keeps the note, and shows that version no more', async () => {
    const db = freshDb();
    const note = unwrap(await addNote(db, { articleId: 'a1', highlightId: null, text: 'نصي' }));
    const first = { text: 'نص من جهاز آخر', updatedAt: 10 };
    const second = { text: 'نص ثالث', updatedAt: 20 };
    await db.notes.update(note.id, { otherVersions: [first, second] });

    unwrap(await settleOtherVersion(db, note.id, first, 'append'));
    let stored = await db.notes.get(note.id);
    expect(stored?.text).toBe('نصي\n\nنص من جهاز آخر');
    expect(stored?.otherVersions).toEqual([second]);
    expect(stored!.updatedAt).toBeGreaterThanOrEqual(note.updatedAt);

    unwrap(await settleOtherVersion(db, note.id, second, 'use'));
    stored = await db.notes.get(note.id);
    expect(stored?.text).toBe('نص ثالث');
    expect(stored).not.toHaveProperty('otherVersions');

    await db.notes.update(note.id, { otherVersions: [first] });
    unwrap(await settleOtherVersion(db, note.id, first, 'dismiss'));
    stored = await db.notes.get(note.id);
    expect(stored?.text).toBe('نص ثالث');
    expect(stored).not.toHaveProperty('otherVersions');
  });

  it('says missing, and writes nothing, when the note was deleted meanwhile', async () => {
    const db = freshDb();
    const note = unwrap(await addNote(db, { articleId: 'a1', highlightId: null, text: 'نصي' }));
    const other = { text: 'نص من جهاز آخر', updatedAt: 10 };
    await db.notes.update(note.id, { otherVersions: [other] });
    unwrap(await deleteNote(db, note.id));
    const before = await db.notes.get(note.id);
    expect(await settleOtherVersion(db, note.id, other, 'use')).toEqual({ ok: false, error: 'missing' });
    expect(await settleOtherVersion(db, 'never-there', other, 'use')).toEqual({ ok: false, error: 'missing' });
    expect(await db.notes.get(note.id)).toEqual(before);
  });
});
