// The search quality corpus (tests/fixtures/search/corpus.json) as database rows, the shape
// the index takes them in. Offsets of highlights are found from their quotes, as the reader
// would have stored them.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockStartOffsets } from '../../renderer/article/canonicalText';
import type { ArticleDoc } from '../../renderer/article/types';
import type { ArticleRow, HighlightColor, HighlightRow, NoteRow } from '../../renderer/db/types';
import { articleRow, docOf, highlightRow, noteRow } from '../support/search/rows';

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

export function loadCorpus(): Corpus {
  const file = readJson<CorpusFile>('corpus.json');
  const articles = file.articles.map((article) => ({
    row: articleRow(article.id, article.title, { tags: article.tags }),
    doc: docOf(...article.blocks),
  }));
  const highlights = file.highlights.map((highlight): HighlightRow => {
    const doc = articles.find((article) => article.row.id === highlight.articleId)!.doc;
    const blockText = doc.blocks[highlight.block]!.text;
    const within = blockText.indexOf(highlight.exact);
    if (within < 0) throw new Error(`highlight ${highlight.id}: quote not found in its block`);
    const start = blockStartOffsets(doc)[highlight.block]! + within;
    return highlightRow(highlight.id, highlight.articleId, highlight.exact, start, { color: highlight.color });
  });
  const notes = file.notes.map((note) => noteRow(note.id, note.articleId, note.text, note.highlightId));
  return { articles, highlights, notes };
}
