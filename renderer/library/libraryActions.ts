// What the library changes: archive, soft delete and its undo, tags. Each is one small write
// that bumps `updatedAt` (backups merge by it).

import type { HamishDb } from '../db/HamishDb';
import { addTags as withTags } from '../shared/tags';

export async function setArchived(db: HamishDb, id: string, archived: boolean): Promise<void> {
  const now = Date.now();
  await db.articles.update(id, { archivedAt: archived ? now : null, updatedAt: now });
}

/** Deletes softly: the article stays in the database, marked, until the user's undo window is over. */
export async function softDelete(db: HamishDb, id: string): Promise<void> {
  const now = Date.now();
  await db.articles.update(id, { deletedAt: now, updatedAt: now });
}

export async function undoDelete(db: HamishDb, id: string): Promise<void> {
  await db.articles.update(id, { deletedAt: null, updatedAt: Date.now() });
}

export async function addTags(db: HamishDb, id: string, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (article === undefined) return;
    const merged = withTags(article.tags, tags);
    if (merged.ok && merged.tags.length !== article.tags.length)
      await db.articles.update(id, { tags: merged.tags, updatedAt: Date.now() });
  });
}

export async function removeTag(db: HamishDb, id: string, tag: string): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (article === undefined || !article.tags.includes(tag)) return;
    await db.articles.update(id, { tags: article.tags.filter((have) => have !== tag), updatedAt: Date.now() });
  });
}
