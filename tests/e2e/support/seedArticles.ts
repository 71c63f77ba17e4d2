// Puts articles straight into the app's IndexedDB, in the app's own row shapes, without the
// import UI: open the app once (so Dexie has created the database), seed, then navigate or
// reload so the app reads them. Also builds the documents the reader tests use.

import { createHash, randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { canonicalText } from '../../../renderer/article/canonicalText';
import type { ArticleDoc, Block } from '../../../renderer/article/types';
import type { ArticleRow, BodyRow } from '../../../renderer/db/types';
import { createTextGenerator } from '../../bench/generate';

export interface SeedInput {
  title: string;
  doc: ArticleDoc;
  id?: string;
  progress?: number;
  progressOffset?: number;
}

export function docOf(blocks: readonly Block[], lang = 'ar', dir: 'rtl' | 'ltr' = 'rtl'): ArticleDoc {
  return { extractionVersion: 1, lang, dir, blocks };
}

/** About `chars` of generated Arabic text in paragraphs, with a heading every 100 paragraphs. */
export function largeDoc(chars = 1_000_000, seed = 1): ArticleDoc {
  const blocks: Block[] = [];
  createTextGenerator(seed)
    .paragraphs(chars)
    .forEach((text, index) => {
      if (index % 100 === 0) blocks.push({ kind: 'heading', level: 2, text: `القسم ${index / 100 + 1}`, dir: 'auto' });
      blocks.push({ kind: 'paragraph', text, dir: 'auto' });
    });
  return docOf(blocks);
}

function rowsFor(input: SeedInput, now: number): { article: ArticleRow; body: BodyRow } {
  const text = canonicalText(input.doc);
  const id = input.id ?? randomUUID();
  const article: ArticleRow = {
    id,
    title: input.title,
    byline: null,
    siteName: null,
    sourceUrl: null,
    publishedAt: null,
    lang: input.doc.lang,
    dir: input.doc.dir,
    excerpt: text.slice(0, 200),
    wordCount: text.split(/\s+/).filter(Boolean).length,
    progress: input.progress ?? 0,
    progressOffset: input.progressOffset ?? 0,
    tags: [],
    contentHash: createHash('sha256').update(text).digest('hex'),
    extractionVersion: input.doc.extractionVersion,
    source: 'paste',
    createdAt: now,
    updatedAt: now,
    openedAt: null,
    archivedAt: null,
    deletedAt: null,
  };
  return { article, body: { articleId: id, doc: input.doc, updatedAt: now } };
}

/** Writes the articles in one transaction; returns their ids. The page must be on the app's origin. */
export async function seedArticles(page: Page, inputs: readonly SeedInput[]): Promise<string[]> {
  const now = Date.now();
  const rows = inputs.map((input, index) => rowsFor(input, now + index));
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['articles', 'bodies'], 'readwrite');
          for (const { article, body } of rows) {
            tx.objectStore('articles').put(article);
            tx.objectStore('bodies').put(body);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
  return rows.map((row) => row.article.id);
}

/** The stored article row, read with raw IndexedDB. */
export async function readArticleRow(page: Page, id: string): Promise<ArticleRow | undefined> {
  return page.evaluate(
    (id) =>
      new Promise<ArticleRow | undefined>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('articles').objectStore('articles').get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as ArticleRow | undefined);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}
