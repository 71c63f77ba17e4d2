// Writing and reading notes: on a highlight, or on the article as a whole. One transaction per
// user action; deleting is a soft delete (`deletedAt`), so undo and backup merges can see it.
// Writes return a Result (storageErrors.ts), 'missing' when the row they are about is gone.

import type { Result } from '../../electron/common/result';
import type { HamishDb } from './HamishDb';
import { newId } from './ids';
import { MissingRowError, storageWrite, type WriteFailure } from './storageErrors';
import type { NoteRow, NoteVersion } from './types';

export interface NewNote {
  articleId: string;
  highlightId: string | null;
  text: string;
}

/**
 * Orders notes the same way on every device: the first written first (then by id). A place
 * meant for one note can hold two — each device wrote one while apart, and sync keeps both —
 * and every device must then show and edit the same one.
 */
export function byFirstWritten(a: NoteRow, b: NoteRow): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function noteRowFor(input: NewNote, now: number): NoteRow {
  return {
    id: newId(),
    articleId: input.articleId,
    highlightId: input.highlightId,
    text: input.text,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}

/** Adds a note. A note on a highlight is 'missing' when the highlight is gone (deleted elsewhere). */
export function addNote(db: HamishDb, input: NewNote): Promise<Result<NoteRow, WriteFailure>> {
  const note = noteRowFor(input, Date.now());
  return storageWrite(async () => {
    await db.transaction('rw', db.highlights, db.notes, async () => {
      if (input.highlightId !== null) {
        const highlight = await db.highlights.get(input.highlightId);
        if (highlight === undefined || highlight.deletedAt !== null) throw new MissingRowError(input.highlightId);
      }
      await db.notes.add(note);
    });
    return note;
  });
}

/**
 * Writes the text of a highlight's note (with `highlightId` null, the article's note): edits the
 * live one, or adds one when there is none, in one transaction. The note editor saves on a pause
 * in typing and again on leaving; the second save must find the note the first one added even
 * when the screen's live query has not seen it yet, or the highlight gets two notes. 'missing'
 * when the highlight is gone (deleted elsewhere).
 */
export function writeNote(db: HamishDb, input: NewNote): Promise<Result<NoteRow, WriteFailure>> {
  return storageWrite(() =>
    db.transaction('rw', db.highlights, db.notes, async () => {
      if (input.highlightId !== null) {
        const highlight = await db.highlights.get(input.highlightId);
        if (highlight === undefined || highlight.deletedAt !== null) throw new MissingRowError(input.highlightId);
      }
      // The one the reader shows, where sync left two in one place.
      const [live] = (
        await db.notes
          .where('articleId')
          .equals(input.articleId)
          .filter((row) => row.deletedAt === null && row.highlightId === input.highlightId)
          .toArray()
      ).sort(byFirstWritten);
      const now = Date.now();
      if (live === undefined) {
        const note = noteRowFor(input, now);
        await db.notes.add(note);
        return note;
      }
      await db.notes.update(live.id, { text: input.text, updatedAt: now });
      return { ...live, text: input.text, updatedAt: now };
    }),
  );
}

/** The note, if it exists and is not deleted; otherwise the write is 'missing'. Call inside a transaction. */
async function liveNote(db: HamishDb, id: string): Promise<NoteRow> {
  const row = await db.notes.get(id);
  if (row === undefined || row.deletedAt !== null) throw new MissingRowError(id);
  return row;
}

/** Changes a note's text; 'missing' when it was deleted meanwhile. */
export function editNote(db: HamishDb, id: string, text: string): Promise<Result<void, WriteFailure>> {
  return storageWrite(() =>
    db.transaction('rw', db.notes, async () => {
      await liveNote(db, id);
      await db.notes.update(id, { text, updatedAt: Date.now() });
    }),
  );
}

/** Soft-deletes a note; returns the deletion time. 'missing' when it was deleted already. */
export function deleteNote(db: HamishDb, id: string): Promise<Result<number, WriteFailure>> {
  const now = Date.now();
  return storageWrite(() =>
    db.transaction('rw', db.notes, async () => {
      await liveNote(db, id);
      await db.notes.update(id, { deletedAt: now, updatedAt: now });
      return now;
    }),
  );
}

export function restoreNote(db: HamishDb, id: string): Promise<Result<void, WriteFailure>> {
  return storageWrite(() =>
    db.transaction('rw', db.notes, async () => {
      if ((await db.notes.get(id)) === undefined) throw new MissingRowError(id);
      await db.notes.update(id, { deletedAt: null, updatedAt: Date.now() });
    }),
  );
}

/** An article's notes that are not deleted, oldest first. */
export async function articleNotes(db: HamishDb, articleId: string): Promise<NoteRow[]> {
  // Read whole (one getAll) and filtered here: a Dexie filter walks a cursor, one IndexedDB
  // event per row, which made reading 200 rows a measurable part of opening an article.
  const rows = await db.notes.where('articleId').equals(articleId).toArray();
  return rows.filter((row) => row.deletedAt === null).sort((a, b) => a.createdAt - b.createdAt);
}

export type OtherVersionChoice = 'use' | 'append' | 'dismiss';

/**
 * Settles one of a note's other versions (texts sync kept from another device): take its text,
 * add it below the note's, or keep the note's own. Either way that version is no longer shown.
 * 'missing' when the note was deleted meanwhile (in another window or on another device).
 */
export function settleOtherVersion(
  db: HamishDb,
  id: string,
  version: NoteVersion,
  choice: OtherVersionChoice,
): Promise<Result<void, WriteFailure>> {
  return storageWrite(() =>
    db.transaction('rw', db.notes, async () => {
      const note = await liveNote(db, id);
      const others = (note.otherVersions ?? []).filter(
        (other) => other.text !== version.text || other.updatedAt !== version.updatedAt,
      );
      const text =
        choice === 'use' ? version.text : choice === 'append' ? `${note.text}\n\n${version.text}` : note.text;
      const { otherVersions: _settled, ...rest } = note;
      await db.notes.put({
        ...rest,
        text,
        updatedAt: Date.now(),
        ...(others.length > 0 ? { otherVersions: others } : {}),
      });
    }),
  );
}
