// Re-importing an edited article: its new text replaces the stored one in place. The article
// keeps its id — so its highlights and notes stay attached — and its tags, dates, archive state
// and reading progress; its body, images and text-derived metadata are replaced in one
// transaction. Highlights re-anchor on the next opening (renderer/highlights/placeHighlights.ts),
// and what cannot be placed is kept as an orphan. The replaced version is handed back so the
// user can undo the update.

import { err, ok, type Result } from '../../electron/common/result';
import { canonicalText } from '../article/canonicalText';
import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow, BodyRow, ImageRow } from '../db/types';
import { isQuotaError } from './errors';
import type { PreparedArticle } from './prepare';

/** What an update replaced: enough to put the article back as it was. */
export interface ReplacedVersion {
  readonly row: ArticleRow;
  readonly body: BodyRow;
  readonly images: readonly ImageRow[];
  /** The content hash the update wrote; undo refuses if the article has changed since. */
  readonly updatedHash: string;
}

export type UpdateError = 'gone' | 'changed' | 'storage-full' | 'failed';

/** The fields an update takes from the new version; every other field stays the stored one's. */
const REPLACED_FIELDS = [
  'title',
  'byline',
  'siteName',
  'publishedAt',
  'lang',
  'dir',
  'excerpt',
  'wordCount',
  'contentHash',
  'extractionVersion',
] as const;

function replacedFields(from: ArticleRow): Pick<ArticleRow, (typeof REPLACED_FIELDS)[number]> {
  return Object.fromEntries(REPLACED_FIELDS.map((field) => [field, from[field]])) as Pick<
    ArticleRow,
    (typeof REPLACED_FIELDS)[number]
  >;
}

function failure(error: unknown): Result<never, UpdateError> {
  return isQuotaError(error) ? err('storage-full') : err('failed', String(error));
}

/**
 * Replaces the text of the live article `existingId` with `prepared` (whose metadata row is
 * `fresh`). Refuses with `gone` if the article was deleted meanwhile; changes nothing on failure.
 */
export async function updateArticle(
  db: HamishDb,
  existingId: string,
  prepared: PreparedArticle,
  fresh: ArticleRow,
  now = Date.now(),
): Promise<Result<{ row: ArticleRow; replaced: ReplacedVersion }, UpdateError>> {
  const textLength = canonicalText(prepared.article.doc).length;
  try {
    return await db.transaction('rw', db.articles, db.bodies, db.images, async () => {
      const current = await db.articles.get(existingId);
      const body = await db.bodies.get(existingId);
      if (current === undefined || current.deletedAt !== null || body === undefined) return err('gone');
      const images = await db.images.where('articleId').equals(existingId).toArray();
      const row: ArticleRow = {
        ...current,
        ...replacedFields(fresh),
        // A reading position past the end of a shorter text would point nowhere.
        progressOffset: Math.min(current.progressOffset, textLength),
        updatedAt: now,
      };
      await db.articles.put(row);
      await db.bodies.put({ articleId: existingId, doc: prepared.article.doc, updatedAt: now });
      await db.images.where('articleId').equals(existingId).delete();
      await db.images.bulkAdd(
        prepared.images.map((image) => ({
          id: image.id,
          articleId: existingId,
          blob: image.blob,
          sourceUrl: image.sourceUrl,
          createdAt: now,
          updatedAt: now,
        })),
      );
      return ok({ row, replaced: { row: current, body, images, updatedHash: row.contentHash } });
    });
  } catch (error) {
    return failure(error);
  }
}

/**
 * Undoes an update: the replaced body, images and text-derived metadata come back; tags,
 * archive state and the like keep whatever the user changed since. Refuses with `changed` if the
 * article's text is no longer the one the update wrote (updated again, say), with `gone` if it
 * no longer exists.
 */
export async function revertUpdate(
  db: HamishDb,
  replaced: ReplacedVersion,
  now = Date.now(),
): Promise<Result<ArticleRow, UpdateError>> {
  const id = replaced.row.id;
  try {
    return await db.transaction('rw', db.articles, db.bodies, db.images, async () => {
      const current = await db.articles.get(id);
      if (current === undefined) return err('gone');
      if (current.contentHash !== replaced.updatedHash) return err('changed');
      const row: ArticleRow = {
        ...current,
        ...replacedFields(replaced.row),
        progressOffset: replaced.row.progressOffset,
        updatedAt: now,
      };
      await db.articles.put(row);
      await db.bodies.put({ ...replaced.body, updatedAt: now });
      await db.images.where('articleId').equals(id).delete();
      await db.images.bulkPut(replaced.images.map((image) => ({ ...image, updatedAt: now })));
      return ok(row);
    });
  } catch (error) {
    return failure(error);
  }
}
