// The top of the library, read while the app is still starting, so that the first render
// already has rows to paint: the newest live, unarchived articles, found by walking the
// createdAt index from the end (a few rows, however large the library). The full list loads
// right after, through the library's live query.

import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow } from '../db/types';

/** Enough rows to fill a tall window. */
export const LIBRARY_HEAD_SIZE = 40;

let prefetched: { db: HamishDb; rows: ArticleRow[] } | null = null;

export function libraryHead(db: HamishDb, limit = LIBRARY_HEAD_SIZE): Promise<ArticleRow[]> {
  return db.articles
    .orderBy('createdAt')
    .reverse()
    .filter((article) => article.deletedAt === null && article.archivedAt === null)
    .limit(limit)
    .toArray();
}

export async function prefetchLibraryHead(db: HamishDb): Promise<void> {
  try {
    prefetched = { db, rows: await libraryHead(db) };
  } catch (error) {
    console.warn('Could not read the top of the library ahead', error);
  }
}

/** The prefetched rows, once: later mounts of the library read the full list directly. */
export function takePrefetchedHead(db: HamishDb): ArticleRow[] | undefined {
  const rows = prefetched?.db === db ? prefetched.rows : undefined;
  prefetched = null;
  return rows;
}
