// Writing and reading highlights. Each user action is one transaction: a highlight made with
// a note is written with it, and deleting a highlight soft-deletes its notes at the same
// instant, so a reload or a full disk mid-action leaves all of it or none of it. Writes return
// a Result (storageErrors.ts): a full disk, a closed database or a row deleted elsewhere is a
// typed error for the UI to word, never an exception to catch.

import type { Result } from '../../electron/common/result';
import type { HamishDb } from './HamishDb';
import { newId } from './ids';
import { noteRowFor } from './notes';
import { MissingRowError, storageWrite, type WriteFailure } from './storageErrors';
import type { HighlightColor, HighlightRow, NoteRow } from './types';
import { addTags, sameTag } from '../shared/tags';

export type NewHighlight = Omit<HighlightRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export function highlightRowFor(input: NewHighlight, now: number): HighlightRow {
  if (!Number.isInteger(input.start) || !Number.isInteger(input.end) || input.start < 0 || input.end <= input.start) {
    throw new RangeError(`A highlight needs 0 <= start < end, got ${input.start}..${input.end}`);
  }
  return { ...input, id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
}

export interface AddedHighlight {
  highlight: HighlightRow;
  note: NoteRow | null;
}

/** Adds a highlight, and its note when `noteText` is given, in one transaction. */
export function addHighlight(
  db: HamishDb,
  input: NewHighlight,
  noteText?: string,
): Promise<Result<AddedHighlight, WriteFailure>> {
  const now = Date.now();
  const highlight = highlightRowFor(input, now);
  const note =
    noteText === undefined
      ? null
      : noteRowFor({ articleId: input.articleId, highlightId: highlight.id, text: noteText }, now);
  return storageWrite(async () => {
    await db.transaction('rw', db.highlights, db.notes, async () => {
      await db.highlights.add(highlight);
      if (note !== null) await db.notes.add(note);
    });
    return { highlight, note };
  });
}

/** The highlight, if it exists and is not deleted; otherwise the write is 'missing'. Call inside a transaction. */
async function liveHighlight(db: HamishDb, id: string): Promise<HighlightRow> {
  const row = await db.highlights.get(id);
  if (row === undefined || row.deletedAt !== null) throw new MissingRowError(id);
  return row;
}

/** The row with these tags, the field left out when there are none (as rows before schema v5). */
function withTags(row: HighlightRow, tags: readonly string[], now: number): HighlightRow {
  const { tags: _old, ...rest } = row;
  return tags.length === 0 ? { ...rest, updatedAt: now } : { ...rest, tags: [...tags], updatedAt: now };
}

/**
 * Adds tags (already read by shared/tags.ts readTagEntry) to a live highlight. The value is
 * false, nothing written, when the highlight is gone or the tags would pass MAX_TAGS.
 */
export function addHighlightTags(
  db: HamishDb,
  id: string,
  tags: readonly string[],
): Promise<Result<boolean, WriteFailure>> {
  return storageWrite(() =>
    db.transaction('rw', db.highlights, async () => {
      const row = await db.highlights.get(id);
      if (row === undefined || row.deletedAt !== null) return false;
      const existing = row.tags ?? [];
      const merged = addTags(existing, tags);
      if (!merged.ok) return false;
      if (merged.tags.length !== existing.length) await db.highlights.put(withTags(row, merged.tags, Date.now()));
      return true;
    }),
  );
}

/** Removes a tag from a highlight; nothing is written when the highlight is gone or lacks the tag. */
export function removeHighlightTag(db: HamishDb, id: string, tag: string): Promise<Result<void, WriteFailure>> {
  return storageWrite(() =>
    db.transaction('rw', db.highlights, async () => {
      const row = await db.highlights.get(id);
      const existing = row?.tags ?? [];
      if (row === undefined || !existing.some((have) => sameTag(have, tag))) return;
      await db.highlights.put(
        withTags(
          row,
          existing.filter((have) => !sameTag(have, tag)),
          Date.now(),
        ),
      );
    }),
  );
}

/** Changes a highlight's colour; 'missing' when it was deleted meanwhile (in another window). */
export function recolorHighlight(db: HamishDb, id: string, color: HighlightColor): Promise<Result<void, WriteFailure>> {
  return storageWrite(() =>
    db.transaction('rw', db.highlights, async () => {
      await liveHighlight(db, id);
      await db.highlights.update(id, { color, updatedAt: Date.now() });
    }),
  );
}

/**
 * Soft-deletes a highlight and its notes; returns the deletion time, which undo needs.
 * 'missing' when it was deleted already (in another window): nothing is changed.
 */
export function deleteHighlight(db: HamishDb, id: string): Promise<Result<number, WriteFailure>> {
  const now = Date.now();
  return storageWrite(() =>
    db.transaction('rw', db.highlights, db.notes, async () => {
      await liveHighlight(db, id);
      await db.highlights.update(id, { deletedAt: now, updatedAt: now });
      await db.notes
        .where('highlightId')
        .equals(id)
        .filter((note) => note.deletedAt === null)
        .modify({ deletedAt: now, updatedAt: now });
      return now;
    }),
  );
}

/** Undoes `deleteHighlight`: brings back the highlight and the notes deleted with it. */
export function restoreHighlight(db: HamishDb, id: string, deletedAt: number): Promise<Result<void, WriteFailure>> {
  const now = Date.now();
  return storageWrite(() =>
    db.transaction('rw', db.highlights, db.notes, async () => {
      const row = await db.highlights.get(id);
      if (row === undefined) throw new MissingRowError(id);
      await db.highlights.update(id, { deletedAt: null, updatedAt: now });
      await db.notes
        .where('highlightId')
        .equals(id)
        .filter((note) => note.deletedAt === deletedAt)
        .modify({ deletedAt: null, updatedAt: now });
    }),
  );
}

/** An article's highlights that are not deleted, in reading order. */
export async function articleHighlights(db: HamishDb, articleId: string): Promise<HighlightRow[]> {
  // Read whole (one getAll) and filtered here: a Dexie filter walks a cursor, one IndexedDB
  // event per row, which made reading 200 rows a measurable part of opening an article.
  const rows = await db.highlights.where('articleId').equals(articleId).toArray();
  return rows.filter((row) => row.deletedAt === null).sort((a, b) => a.start - b.start || a.end - b.end);
}
