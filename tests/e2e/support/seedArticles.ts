// Puts articles straight into the app's IndexedDB, in the app's own row shapes, without the
// import UI, through the test harness page: seed, then navigate or reload so the app reads
// them. Also builds the documents the reader tests use.

import { createHash, randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { canonicalText } from '../../../renderer/article/canonicalText';
import type { ArticleDoc, Block } from '../../../renderer/article/types';
import type { ArticleRow, BodyRow } from '../../../renderer/db/types';
import { createTextGenerator } from '../../bench/generate';
import { harnessBeside, withHarness } from './harnessPage';

export interface SeedInput {
  title: string;
  doc: ArticleDoc;
  id?: string;
  progress?: number;
  progressOffset?: number;
  /** What import found about the article's source (all null when left out), and its word count. */
  meta?: Partial<Pick<ArticleRow, 'byline' | 'siteName' | 'sourceUrl' | 'publishedAt' | 'source' | 'wordCount'>>;
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
    ...input.meta,
    createdAt: now,
    updatedAt: now,
    openedAt: null,
    archivedAt: null,
    deletedAt: null,
  };
  return { article, body: { articleId: id, doc: input.doc, updatedAt: now } };
}

/** Writes the articles in one transaction; returns their ids. */
export async function seedArticles(page: Page, inputs: readonly SeedInput[]): Promise<string[]> {
  const now = Date.now();
  const rows = inputs.map((input, index) => rowsFor(input, now + index));
  await withHarness(page, (harness) =>
    harness.call('putRows', { articles: rows.map((row) => row.article), bodies: rows.map((row) => row.body) }),
  );
  return rows.map((row) => row.article.id);
}

/** The stored article row. */
export async function readArticleRow(page: Page, id: string): Promise<ArticleRow | undefined> {
  return (await (await harnessBeside(page)).call('row', 'articles', id)) as ArticleRow | undefined;
}
