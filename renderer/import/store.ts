// Storing a prepared import: the duplicate check (same content hash or same source address)
// and the write — article, body and images in one transaction, so a failure or a reload leaves
// all or nothing.

import { err, ok, type Result } from '../../electron/common/result';
import { articleRowFor } from '../db/articles';
import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow, ImageRow } from '../db/types';
import { isQuotaError } from './errors';
import type { PreparedArticle } from './prepare';

export interface Duplicate {
  readonly existing: ArticleRow;
  /**
   * `text`: the same canonical text, nothing to update. `source`: the same source address with
   * other text — an edited version of the article, which may replace the stored one.
   */
  readonly match: 'text' | 'source';
}

/**
 * A live (not deleted) article with the same text or the same source address, if any. Only a web
 * page has a source that identifies it: a file's name is not kept (and the same name elsewhere is
 * another document), and pasted text has none.
 */
export async function findDuplicate(
  db: HamishDb,
  contentHash: string,
  sourceUrl: string | null,
): Promise<Duplicate | null> {
  const byHash = await db.articles
    .where('contentHash')
    .equals(contentHash)
    .filter((row) => row.deletedAt === null)
    .first();
  if (byHash !== undefined) return { existing: byHash, match: 'text' };
  if (sourceUrl === null) return null;
  const byUrl = await db.articles
    .where('sourceUrl')
    .equals(sourceUrl)
    .filter((row) => row.deletedAt === null)
    .first();
  return byUrl === undefined ? null : { existing: byUrl, match: 'source' };
}

/** The metadata row a prepared import will be stored as (hash computed, nothing written). */
export function rowFor(prepared: PreparedArticle, now = Date.now()): Promise<ArticleRow> {
  return articleRowFor(prepared.article, now);
}

export async function saveArticle(
  db: HamishDb,
  prepared: PreparedArticle,
  row: ArticleRow,
): Promise<Result<ArticleRow, 'storage-full' | 'failed'>> {
  const images: ImageRow[] = prepared.images.map((image) => ({
    id: image.id,
    articleId: row.id,
    blob: image.blob,
    sourceUrl: image.sourceUrl,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
  try {
    await db.transaction('rw', db.articles, db.bodies, db.images, async () => {
      await db.articles.add(row);
      await db.bodies.add({ articleId: row.id, doc: prepared.article.doc, updatedAt: row.updatedAt });
      if (images.length > 0) await db.images.bulkAdd(images);
    });
    return ok(row);
  } catch (error) {
    if (isQuotaError(error)) return err('storage-full');
    return err('failed', String(error));
  }
}
