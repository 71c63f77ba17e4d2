// Row shapes of the Hamish database. Every row has a string id (or key), `updatedAt`, and —
// where the user can delete it — a soft-delete `deletedAt`, which undo, backup merge and any
// future sync all rely on.

import type { ArticleDoc } from '../article/types';
import type { HighlightColor } from '../shared/highlightColors';

export type { HighlightColor };

export type ArticleSource = 'welcome' | 'paste' | 'file' | 'web';

export interface ArticleRow {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  lang: string;
  dir: 'rtl' | 'ltr';
  excerpt: string;
  wordCount: number;
  /** Fraction read, 0..1, for the library. */
  progress: number;
  /** Canonical-text offset of the first visible block, to reopen where the reader left off. */
  progressOffset: number;
  tags: string[];
  contentHash: string;
  extractionVersion: number;
  source: ArticleSource;
  createdAt: number;
  updatedAt: number;
  openedAt: number | null;
  archivedAt: number | null;
  deletedAt: number | null;
}

/** The article body lives apart from its metadata so that the library never loads it. */
export interface BodyRow {
  articleId: string;
  doc: ArticleDoc;
  updatedAt: number;
}

/**
 * An image of a saved article, stored so the article reads with no network. Image blocks point
 * at it as `hamish-image:<id>` (renderer/images/storedImage.ts). It lives and dies with its
 * article: removed 30 days after the article's `deletedAt` (db/purgeDeleted.ts).
 */
export interface ImageRow {
  id: string;
  articleId: string;
  /** A raster image (png, jpeg, gif, webp, avif), checked by its signature on import. */
  blob: Blob;
  /** Where it was fetched from, or null for an inline data: image. */
  sourceUrl: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface HighlightRow {
  id: string;
  articleId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  contentHash: string;
  extractionVersion: number;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  /**
   * The user's tags on this highlight (shared/tags.ts says what a tag may be), in the order they
   * were added. Absent when there are none (schema v5), so rows written before v5, and by a
   * device still on v4, need no upgrade.
   */
  tags?: string[];
}

/** A version of a note's text written on another device at the same time (see NoteRow.otherVersions). */
export interface NoteVersion {
  text: string;
  updatedAt: number;
}

export interface NoteRow {
  id: string;
  articleId: string;
  /** null for a note on the whole article. */
  highlightId: string | null;
  text: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  /**
   * Texts this note was given on other devices while they were apart (sync's conflict
   * resolution keeps the newest as `text` and the others here), shown beside the note until the
   * user merges them. Absent when there are none (schema v4).
   */
  otherVersions?: NoteVersion[];
}

export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: number;
}

/** The persisted search index, keyed by analyzer version (see docs/search.md, "Index"). */
export interface SearchIndexRow {
  key: string;
  data: string;
  updatedAt: number;
}
