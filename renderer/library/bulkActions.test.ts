import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HamishDb } from '../db/HamishDb';
import { articleRow } from '../../tests/support/search/rows';
import { MAX_TAGS } from '../shared/tags';
import { bulkAddTags, bulkSetArchived, bulkSoftDelete, TooManyTagsError, undoBulkDelete } from './bulkActions';

let serial = 0;
const opened: HamishDb[] = [];

/** A fresh database holding `count` articles a0…a(count-1), created at 1000 + i. */
async function libraryOf(count: number): Promise<HamishDb> {
  serial += 1;
  const db = new HamishDb(`bulk-${serial}`);
  opened.push(db);
  await db.articles.bulkAdd(
    Array.from({ length: count }, (_, i) =>
      articleRow(`a${i}`, `مقالة ${i}`, { createdAt: 1000 + i, updatedAt: 1000 + i }),
    ),
  );
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

describe('bulk actions', () => {
  it('deletes 1,200 articles in chunks with progress, and one undo brings back exactly them', async () => {
    const db = await libraryOf(1300);
    // Deleted earlier, apart: the bulk undo must leave it deleted.
    await db.articles.update('a1299', { deletedAt: 5, updatedAt: 5 });
    const ids = Array.from({ length: 1200 }, (_, i) => `a${i}`).concat('a1299', 'missing');
    const progress: number[] = [];
    const deletion = await bulkSoftDelete(db, ids, (done) => progress.push(done));
    expect(progress).toEqual([500, 1000, 1202]);
    expect(deletion.ids).toHaveLength(1200);
    expect(await db.articles.filter((row) => row.deletedAt === deletion.stamp).count()).toBe(1200);
    expect(await db.articles.filter((row) => row.deletedAt === null).count()).toBe(99);

    const back = await undoBulkDelete(db, deletion);
    expect(back).toHaveLength(1200);
    expect(await db.articles.filter((row) => row.deletedAt === null).count()).toBe(1299);
    expect((await db.articles.get('a1299'))!.deletedAt).toBe(5);
  });

  it('an undo leaves alone a row deleted again since (it no longer carries the stamp)', async () => {
    const db = await libraryOf(3);
    const deletion = await bulkSoftDelete(db, ['a0', 'a1']);
    await db.articles.update('a1', { deletedAt: deletion.stamp + 1 });
    expect(await undoBulkDelete(db, deletion)).toEqual(['a0']);
    expect((await db.articles.get('a1'))!.deletedAt).toBe(deletion.stamp + 1);
  });

  it('archives and unarchives only the rows that change, bumping updatedAt', async () => {
    const db = await libraryOf(4);
    await db.articles.update('a3', { archivedAt: 7 });
    expect((await bulkSetArchived(db, ['a0', 'a1', 'a3'], true)).sort()).toEqual(['a0', 'a1']);
    expect((await db.articles.get('a3'))!.archivedAt).toBe(7);
    const a0 = (await db.articles.get('a0'))!;
    expect(a0.archivedAt).not.toBeNull();
    expect(a0.updatedAt).toBeGreaterThan(1000);
    expect(await bulkSetArchived(db, ['a0', 'a2'], false)).toEqual(['a0']);
    expect((await db.articles.get('a0'))!.archivedAt).toBeNull();
  });

  it('tags the selection, keeping tags the articles had and adding no repeats', async () => {
    const db = await libraryOf(3);
    await db.articles.update('a1', { tags: ['Travel'] });
    expect((await bulkAddTags(db, ['a0', 'a1'], ['travel', 'مدن'])).sort()).toEqual(['a0', 'a1']);
    expect((await db.articles.get('a0'))!.tags).toEqual(['travel', 'مدن']);
    expect((await db.articles.get('a1'))!.tags).toEqual(['Travel', 'مدن']);
    expect((await db.articles.get('a2'))!.tags).toEqual([]);
  });

  it('a tag that would give one article too many tags refuses the whole action: no article changes', async () => {
    const db = await libraryOf(700);
    // In the second chunk, after the first has been written inside the transaction.
    await db.articles.update('a650', { tags: Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`) });
    const before = await db.articles.toArray();
    const ids = before.map((row) => row.id);
    await expect(bulkAddTags(db, ids, ['new'])).rejects.toBeInstanceOf(TooManyTagsError);
    expect(await db.articles.toArray()).toEqual(before);
  });

  it('a write that fails half way leaves every row as it was', async () => {
    const db = await libraryOf(1100);
    const before = await db.articles.toArray();
    const ids = before.map((row) => row.id);
    const bulkPut = db.articles.bulkPut.bind(db.articles);
    let calls = 0;
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
      return bulkPut(...args);
    }) as typeof db.articles.bulkPut);
    await expect(bulkSoftDelete(db, ids)).rejects.toThrow('The disk is full');
    expect(calls).toBe(2);
    expect(await db.articles.toArray()).toEqual(before);
    calls = 0;
    await expect(bulkSetArchived(db, ids, true)).rejects.toThrow('The disk is full');
    expect(await db.articles.toArray()).toEqual(before);
  });
});
