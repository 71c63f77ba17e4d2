// What the library changes in many articles at once: archive, soft delete and its undo, tags.
// Each is ONE transaction, so a failure anywhere (a full disk, the database closed) aborts it
// and leaves every row as it was; the rows are read and written in chunks, so the page keeps
// answering between them and progress can be shown (10,000 rows take a few seconds on a slow
// machine). A bulk deletion stamps every row with the same `deletedAt`, so its undo brings back
// exactly that set, and nothing deleted before or after it.

import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow } from '../db/types';
import { addTags as withTags } from '../shared/tags';

/** Rows read and written per step. */
const CHUNK = 500;

/** Called after each chunk with the rows done so far and the total. */
export type Progress = (done: number, total: number) => void;

/** The bulk write was refused before anything was written: an article would get more tags than allowed. */
export class TooManyTagsError extends Error {
  constructor(readonly title: string) {
    super(`"${title}" would have more tags than allowed`);
    this.name = 'TooManyTagsError';
  }
}

/**
 * Reads `ids` in chunks inside one read-write transaction, lets `change` return the new row
 * (or null to leave it), and writes the changed ones. Returns the ids written.
 */
async function changeEach(
  db: HamishDb,
  ids: readonly string[],
  change: (row: ArticleRow) => ArticleRow | null,
  onProgress?: Progress,
): Promise<string[]> {
  return db.transaction('rw', db.articles, async () => {
    const written: string[] = [];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows = await db.articles.bulkGet(ids.slice(start, start + CHUNK));
      const changed: ArticleRow[] = [];
      for (const row of rows) {
        const next = row === undefined ? null : change(row);
        if (next !== null) changed.push(next);
      }
      if (changed.length > 0) await db.articles.bulkPut(changed);
      for (const row of changed) written.push(row.id);
      onProgress?.(Math.min(ids.length, start + CHUNK), ids.length);
    }
    return written;
  });
}

export async function bulkSetArchived(
  db: HamishDb,
  ids: readonly string[],
  archived: boolean,
  onProgress?: Progress,
): Promise<string[]> {
  const now = Date.now();
  return changeEach(
    db,
    ids,
    (row) =>
      row.deletedAt !== null || (row.archivedAt !== null) === archived
        ? null
        : { ...row, archivedAt: archived ? now : null, updatedAt: now },
    onProgress,
  );
}

/** A bulk deletion, as its undo needs it: the rows it deleted and the stamp they carry. */
export interface BulkDeletion {
  readonly ids: readonly string[];
  readonly stamp: number;
}

export async function bulkSoftDelete(
  db: HamishDb,
  ids: readonly string[],
  onProgress?: Progress,
): Promise<BulkDeletion> {
  const stamp = Date.now();
  const deleted = await changeEach(
    db,
    ids,
    (row) => (row.deletedAt !== null ? null : { ...row, deletedAt: stamp, updatedAt: stamp }),
    onProgress,
  );
  return { ids: deleted, stamp };
}

/** Brings back the rows of one bulk deletion that still carry its stamp. */
export async function undoBulkDelete(db: HamishDb, deletion: BulkDeletion, onProgress?: Progress): Promise<string[]> {
  const now = Date.now();
  return changeEach(
    db,
    deletion.ids,
    (row) => (row.deletedAt !== deletion.stamp ? null : { ...row, deletedAt: null, updatedAt: now }),
    onProgress,
  );
}

/**
 * Adds `tags` (already read by the tag rule) to every article in `ids` that lacks them. When
 * one article would pass the most tags allowed, nothing is written and TooManyTagsError says which.
 */
export async function bulkAddTags(
  db: HamishDb,
  ids: readonly string[],
  tags: readonly string[],
  onProgress?: Progress,
): Promise<string[]> {
  const now = Date.now();
  return changeEach(
    db,
    ids,
    (row) => {
      if (row.deletedAt !== null) return null;
      const merged = withTags(row.tags, tags);
      if (!merged.ok) throw new TooManyTagsError(row.title);
      return merged.tags.length === row.tags.length ? null : { ...row, tags: merged.tags, updatedAt: now };
    },
    onProgress,
  );
}
