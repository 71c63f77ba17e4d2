import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HamishDb } from './HamishDb';
import {
  addHighlight,
  articleHighlights,
  deleteHighlight,
  highlightRowFor,
  recolorHighlight,
  restoreHighlight,
  type NewHighlight,
} from './highlights';
import { unwrap } from '../../tests/support/unwrap';
import { addNote, articleNotes } from './notes';

const opened: HamishDb[] = [];
function freshDb(): HamishDb {
  const db = new HamishDb(`highlights-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function input(start: number, end: number): NewHighlight {
  return {
    articleId: 'a1',
    start,
    end,
    exact: 'text',
    prefix: '',
    suffix: '',
    color: 'yellow',
    contentHash: 'h',
    extractionVersion: 1,
  };
}

describe('highlights', () => {
  it('refuses empty or reversed ranges', () => {
    expect(() => highlightRowFor(input(5, 5), 0)).toThrow(RangeError);
    expect(() => highlightRowFor(input(6, 5), 0)).toThrow(RangeError);
    expect(() => highlightRowFor(input(-1, 5), 0)).toThrow(RangeError);
  });

  it('writes a highlight and its note together and lists them in reading order', async () => {
    const db = freshDb();
    const later = unwrap(await addHighlight(db, input(20, 30), 'second'));
    const first = unwrap(await addHighlight(db, input(0, 10)));
    expect(first.note).toBeNull();
    expect(later.note).toMatchObject({ highlightId: later.highlight.id, text: 'second', deletedAt: null });
    expect((await articleHighlights(db, 'a1')).map((row) => row.id)).toEqual([first.highlight.id, later.highlight.id]);
    expect(await db.notes.get(later.note!.id)).toEqual(later.note);
  });

  it('writes neither row when the note cannot be written', async () => {
    const db = freshDb();
    const { highlight, note } = unwrap(await addHighlight(db, input(0, 4), 'note'));
    // The next highlight gets a fresh id but its note collides with the stored note's id,
    // so the note's insert fails inside the transaction: the new highlight must not stay.
    const uuid = vi.spyOn(crypto, 'randomUUID');
    uuid
      .mockReturnValueOnce('00000000-0000-4000-8000-000000000001')
      .mockReturnValueOnce(note!.id as ReturnType<Crypto['randomUUID']>);
    expect(await addHighlight(db, input(5, 9), 'clash')).toMatchObject({ ok: false, error: 'failed' });
    uuid.mockRestore();
    expect((await db.highlights.toArray()).map((row) => row.id)).toEqual([highlight.id]);
  });

  it('recolours with a new updatedAt', async () => {
    const db = freshDb();
    const { highlight } = unwrap(await addHighlight(db, input(0, 4)));
    await new Promise((resolve) => setTimeout(resolve, 2));
    unwrap(await recolorHighlight(db, highlight.id, 'blue'));
    const stored = await db.highlights.get(highlight.id);
    expect(stored?.color).toBe('blue');
    expect(stored!.updatedAt).toBeGreaterThan(highlight.updatedAt);
  });

  it('soft-deletes a highlight with its notes, and undo brings back exactly those', async () => {
    const db = freshDb();
    const { highlight } = unwrap(await addHighlight(db, input(0, 4), 'one'));
    const second = unwrap(await addNote(db, { articleId: 'a1', highlightId: highlight.id, text: 'two' }));
    const deletedAt = unwrap(await deleteHighlight(db, highlight.id));
    expect(await articleHighlights(db, 'a1')).toEqual([]);
    expect(await articleNotes(db, 'a1')).toEqual([]);
    // Rows stay, marked deleted, so a backup merge or a sync can see the deletion.
    expect((await db.highlights.get(highlight.id))?.deletedAt).toBe(deletedAt);
    expect((await db.notes.get(second.id))?.deletedAt).toBe(deletedAt);

    unwrap(await restoreHighlight(db, highlight.id, deletedAt));
    expect((await articleHighlights(db, 'a1')).map((row) => row.id)).toEqual([highlight.id]);
    expect((await articleNotes(db, 'a1')).map((row) => row.text)).toEqual(['one', 'two']);
  });

  it('says missing, and changes nothing, when the highlight was deleted elsewhere', async () => {
    const db = freshDb();
    const { highlight } = unwrap(await addHighlight(db, input(0, 4)));
    const deletedAt = unwrap(await deleteHighlight(db, highlight.id));
    expect(await recolorHighlight(db, highlight.id, 'pink')).toEqual({ ok: false, error: 'missing' });
    expect(await deleteHighlight(db, highlight.id)).toEqual({ ok: false, error: 'missing' });
    expect(await recolorHighlight(db, 'never-there', 'pink')).toEqual({ ok: false, error: 'missing' });
    expect(await db.highlights.get(highlight.id)).toMatchObject({ color: 'yellow', deletedAt });
  });

  it('says closed when the database was closed under it', async () => {
    const db = freshDb();
    const { highlight } = unwrap(await addHighlight(db, input(0, 4)));
    db.close();
    expect(await recolorHighlight(db, highlight.id, 'blue')).toMatchObject({ ok: false, error: 'closed' });
  });
});
