// When a deletion becomes final. Deleting an article only marks it (`deletedAt`): the library
// offers Undo, and backup merges need the marked row to know the article was deleted rather
// than never seen. Its body and stored images, though, are dead weight once nobody can bring
// the article back — a saved page may hold up to 100 images of 10 MB. So, some time after
// start-up, the bodies and images of articles deleted more than PURGE_AFTER_MS ago are removed.
// The marked row stays, with its highlights and notes (themselves soft-deleted or orphaned).

import type { HamishDb } from './HamishDb';

/** Thirty days: far past the library's Undo, and the usual "recently deleted" grace. */
export const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;
/** After start-up has settled, like the daily backup's first check. */
export const PURGE_DELAY_MS = 20_000;

/**
 * Removes the bodies and images of articles deleted at or before `now - PURGE_AFTER_MS`, in one
 * transaction. Returns how many articles still had something to remove.
 */
export async function purgeDeletedArticles(db: HamishDb, now = Date.now()): Promise<number> {
  const cutoff = now - PURGE_AFTER_MS;
  return db.transaction('rw', db.articles, db.bodies, db.images, async () => {
    const ids = await db.articles.filter((row) => row.deletedAt !== null && row.deletedAt <= cutoff).primaryKeys();
    if (ids.length === 0) return 0;
    const withBody = await db.bodies.where('articleId').anyOf(ids).primaryKeys();
    // Index keys (article ids) and primary keys only: the Blobs are never read.
    const withImages = (await db.images.where('articleId').anyOf(ids).keys()) as string[];
    const imageIds = await db.images.where('articleId').anyOf(ids).primaryKeys();
    await db.bodies.bulkDelete(withBody);
    await db.images.bulkDelete(imageIds);
    return new Set([...withBody, ...withImages]).size;
  });
}

/** Runs the purge once, a while after start-up; returns a cancel. A failure is only logged: nothing depends on it. */
export function schedulePurgeOfDeleted(db: HamishDb): () => void {
  const timer = window.setTimeout(() => {
    if (!db.isOpen()) return;
    // Housekeeping: what is not purged now is purged at a later start; nothing the user sees waits on it.
    purgeDeletedArticles(db).catch((error: unknown) => console.warn('Could not purge deleted articles', error));
  }, PURGE_DELAY_MS);
  return () => window.clearTimeout(timer);
}
