// Database rows for tests of search, with every field filled and only what a test cares about
// given: there is no highlight or note UI yet, so tests seed these rows directly.

import { EXTRACTION_VERSION, type ArticleDoc } from '../../../renderer/article/types';
import type { ArticleRow, HighlightRow, NoteRow } from '../../../renderer/db/types';

const TIME = Date.UTC(2026, 0, 1);

export function docOf(...blocks: string[]): ArticleDoc {
  return {
    extractionVersion: EXTRACTION_VERSION,
    lang: 'ar',
    dir: 'rtl',
    blocks: blocks.map((text) => ({ kind: 'paragraph', text, dir: 'auto' })),
  };
}

export function articleRow(id: string, title: string, extra: Partial<ArticleRow> = {}): ArticleRow {
  return {
    id,
    title,
    byline: null,
    siteName: null,
    sourceUrl: null,
    publishedAt: null,
    lang: 'ar',
    dir: 'rtl',
    excerpt: '',
    wordCount: 0,
    progress: 0,
    progressOffset: 0,
    tags: [],
    contentHash: `hash-${id}`,
    extractionVersion: EXTRACTION_VERSION,
    source: 'paste',
    createdAt: TIME,
    updatedAt: TIME,
    openedAt: null,
    archivedAt: null,
    deletedAt: null,
    ...extra,
  };
}

export function highlightRow(
  id: string,
  articleId: string,
  exact: string,
  start: number,
  extra: Partial<HighlightRow> = {},
): HighlightRow {
  return {
    id,
    articleId,
    start,
    end: start + exact.length,
    exact,
    prefix: '',
    suffix: '',
    color: 'yellow',
    contentHash: `hash-${articleId}`,
    extractionVersion: EXTRACTION_VERSION,
    createdAt: TIME,
    updatedAt: TIME,
    deletedAt: null,
    ...extra,
  };
}

export function noteRow(
  id: string,
  articleId: string,
  text: string,
  highlightId: string | null = null,
  extra: Partial<NoteRow> = {},
): NoteRow {
  return { id, articleId, highlightId, text, createdAt: TIME, updatedAt: TIME, deletedAt: null, ...extra };
}
