// The search quality corpus (tests/fixtures/search/corpus.json) as database rows, the shape
// the index takes them in. Offsets of highlights are found from their quotes, as the reader
// would have stored them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockStartOffsets } from '../../renderer/article/canonicalText';
import { EXTRACTION_VERSION, type ArticleDoc } from '../../renderer/article/types';
import type { ArticleRow, HighlightColor, HighlightRow, NoteRow } from '../../renderer/db/types';

interface CorpusFile {
  articles: { id: string; title: string; tags: string[]; blocks: string[] }[];
  highlights: { id: string; articleId: string; block: number; color: HighlightColor; exact: string }[];
  notes: { id: string; articleId: string; highlightId: string | null; text: string }[];
}

export interface QualityQuery {
  query: string;
  covers: string[];
  expected: string[];
}

export interface Corpus {
  articles: { row: ArticleRow; doc: ArticleDoc }[];
  highlights: HighlightRow[];
  notes: NoteRow[];
}

const fixtures = path.resolve(import.meta.dirname, '../fixtures/search');
const readJson = <T>(name: string): T => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as T;

export function loadQueries(): QualityQuery[] {
  return readJson<{ queries: QualityQuery[] }>('queries.json').queries;
}

const TIME = Date.UTC(2026, 0, 1);

export function articleRow(id: string, title: string, tags: string[], contentHash: string): ArticleRow {
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
    tags,
    contentHash,
    extractionVersion: EXTRACTION_VERSION,
    source: 'paste',
    createdAt: TIME,
    updatedAt: TIME,
    openedAt: null,
    archivedAt: null,
    deletedAt: null,
  };
}

export function docOf(blocks: readonly string[]): ArticleDoc {
  return {
    extractionVersion: EXTRACTION_VERSION,
    lang: 'ar',
    dir: 'rtl',
    blocks: blocks.map((text) => ({ kind: 'paragraph', text, dir: 'auto' })),
  };
}

export function loadCorpus(): Corpus {
  const file = readJson<CorpusFile>('corpus.json');
  const articles = file.articles.map((article) => ({
    row: articleRow(article.id, article.title, article.tags, `hash-${article.id}`),
    doc: docOf(article.blocks),
  }));
  const highlights = file.highlights.map((highlight): HighlightRow => {
    const doc = articles.find((article) => article.row.id === highlight.articleId)!.doc;
    const blockText = doc.blocks[highlight.block]!.text;
    const within = blockText.indexOf(highlight.exact);
    if (within < 0) throw new Error(`highlight ${highlight.id}: quote not found in its block`);
    const start = blockStartOffsets(doc)[highlight.block]! + within;
    return {
      id: highlight.id,
      articleId: highlight.articleId,
      start,
      end: start + highlight.exact.length,
      exact: highlight.exact,
      prefix: '',
      suffix: '',
      color: highlight.color,
      contentHash: `hash-${highlight.articleId}`,
      extractionVersion: EXTRACTION_VERSION,
      createdAt: TIME,
      updatedAt: TIME,
      deletedAt: null,
    };
  });
  const notes = file.notes.map((note): NoteRow => ({ ...note, createdAt: TIME, updatedAt: TIME, deletedAt: null }));
  return { articles, highlights, notes };
}
