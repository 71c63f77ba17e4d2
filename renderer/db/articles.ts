// Writing and reading articles. An article is two rows (metadata and body) written in one
// transaction, so a reload mid-write leaves either both or neither.

import type { Result } from '../../electron/common/result';
import { canonicalText } from '../article/canonicalText';
import { docContentHash } from '../article/contentHash';
import type { ArticleDoc } from '../article/types';
import { countWordsOfTexts, excerptOf } from '../text/words';
import type { HamishDb } from './HamishDb';
import { newId } from './ids';
import { storageWrite, type WriteFailure } from './storageErrors';
import type { ArticleRow, ArticleSource } from './types';

export interface NewArticle {
  title: string;
  doc: ArticleDoc;
  source: ArticleSource;
  byline?: string | null;
  siteName?: string | null;
  sourceUrl?: string | null;
  publishedAt?: string | null;
}

/** Builds the metadata row for a new article; pure apart from the clock and the hash. */
export async function articleRowFor(input: NewArticle, now: number): Promise<ArticleRow> {
  // The hash and the word count read the blocks one by one: the canonical text (their join) is
  // built only for an article without a paragraph, whose excerpt it gives.
  const firstParagraph = input.doc.blocks.find((block) => block.kind === 'paragraph')?.text ?? canonicalText(input.doc);
  return {
    id: newId(),
    title: input.title,
    byline: input.byline ?? null,
    siteName: input.siteName ?? null,
    sourceUrl: input.sourceUrl ?? null,
    publishedAt: input.publishedAt ?? null,
    lang: input.doc.lang,
    dir: input.doc.dir,
    excerpt: excerptOf(firstParagraph),
    wordCount: countWordsOfTexts(input.doc.blocks.map((block) => block.text)),
    progress: 0,
    progressOffset: 0,
    tags: [],
    contentHash: await docContentHash(input.doc),
    extractionVersion: input.doc.extractionVersion,
    source: input.source,
    createdAt: now,
    updatedAt: now,
    openedAt: null,
    archivedAt: null,
    deletedAt: null,
  };
}

/** Writes both rows of an article; call inside a transaction over articles and bodies. */
export async function storeArticleRows(db: HamishDb, row: ArticleRow, doc: ArticleDoc): Promise<void> {
  await db.articles.add(row);
  await db.bodies.add({ articleId: row.id, doc, updatedAt: row.updatedAt });
}

export async function addArticle(db: HamishDb, input: NewArticle): Promise<ArticleRow> {
  const row = await articleRowFor(input, Date.now());
  await db.transaction('rw', db.articles, db.bodies, () => storeArticleRows(db, row, input.doc));
  return row;
}

/**
 * Articles the library shows: not deleted, newest first. One getAll and a sort in memory:
 * much faster than walking an index with a cursor, and metadata rows are small.
 */
export async function libraryArticles(db: HamishDb): Promise<ArticleRow[]> {
  const rows = await db.articles.toArray();
  return rows.filter((article) => article.deletedAt === null).sort((a, b) => b.createdAt - a.createdAt);
}

/** Notes when the article was opened (the library's "recently opened"). */
export function markOpened(db: HamishDb, id: string): Promise<Result<void, WriteFailure>> {
  const now = Date.now();
  return storageWrite(async () => {
    await db.articles.update(id, { openedAt: now, updatedAt: now });
  });
}

/** Stores where the reader is in an article: the share read and the first visible block's offset. */
export function saveReadingPosition(
  db: HamishDb,
  id: string,
  position: { progress: number; progressOffset: number },
): Promise<Result<void, WriteFailure>> {
  return storageWrite(async () => {
    await db.articles.update(id, { ...position, updatedAt: Date.now() });
  });
}
