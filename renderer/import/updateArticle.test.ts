// Updating an article from an edited version of its source, against a real (fake-indexeddb)
// database: through the import queue (a saved page fetched again with other text), and the
// store functions on their own for images, undo and the ways it must refuse and change nothing.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../electron/common/result';
import { canonicalText } from '../article/canonicalText';
import { textToDoc } from '../article/textToDoc';
import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow } from '../db/types';
import type { Platform } from '../platform/Platform';
import type { PreparedArticle } from './prepare';
import { rowFor } from './store';
import { revertUpdate, updateArticle } from './updateArticle';
import { memoryDb } from '../../tests/support/search/memoryDb';
import { articleOf, settled, testQueue } from '../../tests/support/import/queueHarness';

const URL = 'https://news.example/aleppo';
const FIRST =
  'أسواق حلب القديمة\nعاد التجار إلى محالهم في السوق المسقوف بعد سنوات من الإغلاق، وبدأت الحركة تدب في الأزقة من جديد.';
const EDITED =
  'أسواق حلب القديمة\nعاد التجار إلى محالهم في السوق المسقوف بعد سنوات طويلة من الإغلاق، وبدأت الحركة تدب في الأزقة.\nوقال أحدهم إن الزبائن يعودون ببطء.';

/** A web platform whose page at URL holds whatever `page.text` says when it is fetched. */
function webPlatform(page: { text: string }): Pick<Platform, 'startWebCapture' | 'readOpenedFiles'> {
  return {
    startWebCapture: () => ({
      fetchPage: async (url) =>
        ok({ url, contentType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(page.text) }),
      fetchImage: async (url) => ok({ url, contentType: 'image/png', bytes: new Uint8Array() }),
      end: () => {},
    }),
    readOpenedFiles: async () => [],
  };
}

function prepared(text: string, imageIds: readonly string[] = []): PreparedArticle {
  const [title, ...rest] = text.split('\n');
  return {
    article: { title: title!, doc: textToDoc(rest.join('\n'), 'ar'), source: 'web', sourceUrl: URL },
    images: imageIds.map((id) => ({ id, blob: new Blob([id], { type: 'image/png' }), sourceUrl: `${URL}/${id}.png` })),
    skippedImages: 0,
  };
}

let db: HamishDb;

beforeEach(async () => {
  db = memoryDb();
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Stores the first version of the page with an image, a tag, a highlight and a note. */
async function storeFirst(): Promise<ArticleRow> {
  const first = prepared(FIRST, ['old-image']);
  const row = { ...(await rowFor(first, 1000)), tags: ['حلب'], progress: 0.5, progressOffset: 40 };
  await db.articles.add(row);
  await db.bodies.add({ articleId: row.id, doc: first.article.doc, updatedAt: 1000 });
  await db.images.add({
    id: 'old-image',
    articleId: row.id,
    blob: new Blob(['old'], { type: 'image/png' }),
    sourceUrl: null,
    createdAt: 1000,
    updatedAt: 1000,
  });
  const text = canonicalText(first.article.doc);
  const at = text.indexOf('السوق المسقوف');
  await db.highlights.add({
    id: 'h1',
    articleId: row.id,
    start: at,
    end: at + 13,
    exact: 'السوق المسقوف',
    prefix: '',
    suffix: '',
    color: 'yellow',
    contentHash: row.contentHash,
    extractionVersion: 1,
    createdAt: 1000,
    updatedAt: 1000,
    deletedAt: null,
  });
  await db.notes.add({
    id: 'n1',
    articleId: row.id,
    highlightId: 'h1',
    text: 'ملاحظة',
    createdAt: 1000,
    updatedAt: 1000,
    deletedAt: null,
  });
  return row;
}

describe('updating an article from an edited version of its page', () => {
  it('offers the update for the same address with other text, and keeps id, tags, highlights and notes', async () => {
    const page = { text: FIRST };
    const queue = testQueue(db, webPlatform(page));
    queue.enqueue([{ kind: 'web', url: URL }]);
    const [added] = await settled(queue);
    expect(added).toMatchObject({ status: 'done' });
    const id = articleOf(added);
    const { createdAt } = (await db.articles.get(id))!;
    await db.articles.update(id, { tags: ['حلب'] });
    await db.highlights.add({
      id: 'h1',
      articleId: id,
      start: 0,
      end: 4,
      exact: 'عاد ',
      prefix: '',
      suffix: '',
      color: 'yellow',
      contentHash: 'x',
      extractionVersion: 1,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    });
    await db.notes.add({
      id: 'n1',
      articleId: id,
      highlightId: 'h1',
      text: 'ملاحظة',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    });

    // The same text again is a plain duplicate: nothing to update.
    queue.enqueue([{ kind: 'web', url: URL }]);
    expect((await settled(queue))[1]).toMatchObject({ status: 'duplicate', articleId: id, canUpdate: false });

    page.text = EDITED;
    queue.enqueue([{ kind: 'web', url: URL }]);
    const edited = (await settled(queue))[2]!;
    expect(edited).toMatchObject({ status: 'duplicate', articleId: id, canUpdate: true });
    await queue.updateExisting(edited.id);

    expect(queue.getSnapshot()[2]).toMatchObject({ status: 'updated', articleId: id, title: 'أسواق حلب القديمة' });
    expect(await db.articles.count()).toBe(1);
    const row = (await db.articles.get(id))!;
    expect(row).toMatchObject({ id, tags: ['حلب'], sourceUrl: URL, createdAt, deletedAt: null });
    const body = (await db.bodies.get(id))!;
    expect(canonicalText(body.doc)).toContain('الزبائن يعودون ببطء');
    expect(row.contentHash).not.toBe((await rowFor(prepared(FIRST))).contentHash);
    expect(row.wordCount).toBe((await rowFor(prepared(EDITED))).wordCount);
    expect(await db.highlights.get('h1')).toMatchObject({ articleId: id, deletedAt: null });
    expect(await db.notes.get('n1')).toMatchObject({ articleId: id, text: 'ملاحظة', deletedAt: null });
  });

  it('undo puts the replaced text back and keeps what the user changed since', async () => {
    const page = { text: FIRST };
    const queue = testQueue(db, webPlatform(page));
    queue.enqueue([{ kind: 'web', url: URL }]);
    const id = articleOf((await settled(queue))[0]);
    const before = (await db.articles.get(id))!;
    page.text = EDITED;
    queue.enqueue([{ kind: 'web', url: URL }]);
    const job = (await settled(queue))[1]!;
    await queue.updateExisting(job.id);
    await db.articles.update(id, { tags: ['جديد'] });

    await queue.undoUpdate(job.id);
    expect(queue.getSnapshot()[1]).toMatchObject({ status: 'reverted', articleId: id });
    const row = (await db.articles.get(id))!;
    expect(row).toMatchObject({
      contentHash: before.contentHash,
      wordCount: before.wordCount,
      excerpt: before.excerpt,
      tags: ['جديد'],
    });
    expect(canonicalText((await db.bodies.get(id))!.doc)).not.toContain('الزبائن');
  });

  it('replaces the images with the new version’s, and undo brings the old ones back', async () => {
    const first = await storeFirst();
    const other = {
      ...(await rowFor(prepared('أخرى\nمقالة أخرى لا علاقة لها بالسوق.'), 2000)),
      sourceUrl: 'https://other.example/',
    };
    await db.articles.add(other);
    await db.images.add({
      id: 'other-image',
      articleId: other.id,
      blob: new Blob(['other'], { type: 'image/png' }),
      sourceUrl: null,
      createdAt: 2000,
      updatedAt: 2000,
    });

    const next = prepared(EDITED, ['new-image']);
    const updated = await updateArticle(db, first.id, next, await rowFor(next, 3000), 3000);
    expect(updated.ok).toBe(true);
    expect((await db.images.where('articleId').equals(first.id).primaryKeys()).sort()).toEqual(['new-image']);
    expect(await db.images.get('other-image')).toBeDefined();
    const row = (await db.articles.get(first.id))!;
    expect(row).toMatchObject({ tags: ['حلب'], progress: 0.5, createdAt: 1000, updatedAt: 3000 });

    const reverted = await revertUpdate(db, updated.ok ? updated.value.replaced : (undefined as never), 4000);
    expect(reverted.ok).toBe(true);
    expect((await db.images.where('articleId').equals(first.id).primaryKeys()).sort()).toEqual(['old-image']);
    expect(await (await db.images.get('old-image'))!.blob.text()).toBe('old');
    expect(await db.images.get('other-image')).toBeDefined();
    expect((await db.articles.get(first.id))!).toMatchObject({ contentHash: first.contentHash, progressOffset: 40 });
  });

  it('refuses, changing nothing, when the article was deleted before the update was chosen', async () => {
    const first = await storeFirst();
    await db.articles.update(first.id, { deletedAt: 5000 });
    const next = prepared(EDITED);
    const result = await updateArticle(db, first.id, next, await rowFor(next));
    expect(result).toEqual({ ok: false, error: 'gone' });
    expect((await db.articles.get(first.id))!.contentHash).toBe(first.contentHash);
    expect(canonicalText((await db.bodies.get(first.id))!.doc)).not.toContain('الزبائن');
    expect(await db.images.get('old-image')).toBeDefined();
  });

  it('a full disk during the update is reported and leaves the article as it was', async () => {
    const first = await storeFirst();
    const original = db.bodies.put.bind(db.bodies);
    const failingPut = async (...args: Parameters<typeof original>) => {
      await original(...args);
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    };
    vi.spyOn(db.bodies, 'put').mockImplementation(failingPut as unknown as typeof original);
    const next = prepared(EDITED, ['new-image']);
    const result = await updateArticle(db, first.id, next, await rowFor(next));
    expect(result).toMatchObject({ ok: false, error: 'storage-full' });
    expect(await db.articles.get(first.id)).toEqual(first);
    expect(canonicalText((await db.bodies.get(first.id))!.doc)).not.toContain('الزبائن');
    expect((await db.images.toCollection().primaryKeys()).sort()).toEqual(['old-image']);
  });

  it('undo refuses, changing nothing, once the article was updated again', async () => {
    const first = await storeFirst();
    const next = prepared(EDITED);
    const once = await updateArticle(db, first.id, next, await rowFor(next));
    if (!once.ok) throw new Error('the first update failed');
    const third = prepared(`${EDITED}\nسطر ثالث أضيف لاحقًا إلى المقالة.`);
    await updateArticle(db, first.id, third, await rowFor(third));
    const afterSecond = await db.articles.get(first.id);
    expect(await revertUpdate(db, once.value.replaced)).toEqual({ ok: false, error: 'changed' });
    expect(await db.articles.get(first.id)).toEqual(afterSecond);
    expect(canonicalText((await db.bodies.get(first.id))!.doc)).toContain('سطر ثالث');
  });
});
