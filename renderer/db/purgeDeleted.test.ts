// The purge of deleted articles against a real (fake-indexeddb) database: bodies and images of
// articles deleted long enough ago go; everything of live and recently deleted articles stays,
// and the deleted rows themselves stay as markers for backup merges.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textToDoc } from '../article/textToDoc';
import { articleRowFor } from './articles';
import type { HamishDb } from './HamishDb';
import { PURGE_AFTER_MS, purgeDeletedArticles } from './purgeDeleted';
import { memoryDb } from '../../tests/support/search/memoryDb';

const NOW = Date.UTC(2026, 11, 3);
const DAY = 24 * 60 * 60 * 1000;

let db: HamishDb;

beforeEach(async () => {
  db = memoryDb();
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** An article with a body and two images, deleted at `deletedAt` (or live). */
async function article(id: string, deletedAt: number | null): Promise<void> {
  const doc = textToDoc(`نص المقالة ${id} في فقرة كاملة.`, 'ar');
  const row = { ...(await articleRowFor({ title: id, doc, source: 'web' }, NOW - 100 * DAY)), id, deletedAt };
  await db.articles.add(row);
  await db.bodies.add({ articleId: id, doc, updatedAt: row.updatedAt });
  for (const n of [1, 2]) {
    await db.images.add({
      id: `${id}-image-${n}`,
      articleId: id,
      blob: new Blob([`${id}${n}`], { type: 'image/png' }),
      sourceUrl: null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
  await db.highlights.add({
    id: `${id}-h`,
    articleId: id,
    start: 0,
    end: 2,
    exact: 'نص',
    prefix: '',
    suffix: '',
    color: 'yellow',
    contentHash: row.contentHash,
    extractionVersion: 1,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
  });
}

describe('purgeDeletedArticles', () => {
  it('removes bodies and images of articles deleted long ago, and nothing else', async () => {
    await article('live', null);
    await article('recent', NOW - 3 * DAY);
    await article('old', NOW - PURGE_AFTER_MS - DAY);
    await article('exactly', NOW - PURGE_AFTER_MS);

    expect(await purgeDeletedArticles(db, NOW)).toBe(2);

    expect((await db.bodies.toCollection().primaryKeys()).sort()).toEqual(['live', 'recent']);
    expect((await db.images.toCollection().primaryKeys()).sort()).toEqual([
      'live-image-1',
      'live-image-2',
      'recent-image-1',
      'recent-image-2',
    ]);
    expect(await (await db.images.get('live-image-1'))!.blob.text()).toBe('live1');
    // The deleted rows stay as markers, and so do their highlights.
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['exactly', 'live', 'old', 'recent']);
    expect(await db.articles.get('old')).toMatchObject({ deletedAt: NOW - PURGE_AFTER_MS - DAY });
    expect(await db.highlights.count()).toBe(4);

    // Nothing left to do the next time.
    expect(await purgeDeletedArticles(db, NOW)).toBe(0);
  });

  it('does nothing to an article whose deletion was undone', async () => {
    await article('undone', NOW - PURGE_AFTER_MS - DAY);
    await db.articles.update('undone', { deletedAt: null });
    expect(await purgeDeletedArticles(db, NOW)).toBe(0);
    expect(await db.bodies.count()).toBe(1);
    expect(await db.images.count()).toBe(2);
  });
});
