import { describe, expect, it } from 'vitest';
import type { TableChange } from '../protocol';
import { memoryDb } from '../../../tests/support/search/memoryDb';
import { articleRow, docOf, noteRow } from '../../../tests/support/search/rows';
import { createChangeFeed } from './changeFeed';

function watchedDb() {
  const feed = createChangeFeed();
  const db = memoryDb(undefined, [feed.middleware]);
  const seen: TableChange[][] = [];
  feed.subscribe((changes) => seen.push(changes));
  return { db, seen };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the search change feed', () => {
  it('announces added, updated and deleted keys once their transaction commits', async () => {
    const { db, seen } = watchedDb();
    await db.transaction('rw', db.articles, db.bodies, async () => {
      await db.articles.add(articleRow('a1', 'عنوان'));
      await db.bodies.add({ articleId: 'a1', doc: docOf('نص'), updatedAt: 1 });
    });
    await settle();
    expect(seen).toEqual([
      [
        { table: 'articles', keys: ['a1'] },
        { table: 'bodies', keys: ['a1'] },
      ],
    ]);

    await db.notes.bulkPut([noteRow('n1', 'a1', 'أ'), noteRow('n2', 'a1', 'ب')]);
    await db.notes.update('n1', { text: 'ج' });
    await db.notes.delete('n2');
    await settle();
    expect(seen.slice(1)).toEqual([
      [{ table: 'notes', keys: ['n1', 'n2'] }],
      [{ table: 'notes', keys: ['n1'] }],
      [{ table: 'notes', keys: ['n2'] }],
    ]);
  });

  it('says "all" when a whole range goes at once', async () => {
    const { db, seen } = watchedDb();
    await db.notes.add(noteRow('n1', 'a1', 'أ'));
    await db.notes.clear();
    await settle();
    expect(seen.at(-1)).toEqual([{ table: 'notes', keys: 'all' }]);
  });

  it('says nothing of an aborted transaction or of tables search does not read', async () => {
    const { db, seen } = watchedDb();
    await expect(
      db.transaction('rw', db.notes, async () => {
        await db.notes.add(noteRow('n1', 'a1', 'أ'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await db.settings.put({ key: 'uiLanguage', value: 'ar', updatedAt: 1 });
    await settle();
    expect(seen).toEqual([]);
    expect(await db.notes.count()).toBe(0);
  });
});
