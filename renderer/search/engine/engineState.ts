// The parts of one search engine, shared by the modules that index, match and present: the
// postings, the document table, the catalog of rows, the analyzer and the text cache.

import type { AnalyzerOptions } from '../../text/analyzer/analyze';
import type { Catalog } from './catalog';
import { blockDocId, highlightDocId, noteDocId, titleDocId, type DocRef } from './docIds';
import type { DocumentTable } from './documents';
import type { PostingIndex } from './index/postingIndex';
import type { ScoredDocuments } from './scoredDocuments';
import type { TextCache } from './texts';

export interface EngineState {
  readonly analyzer: AnalyzerOptions;
  readonly index: PostingIndex;
  readonly documents: DocumentTable;
  readonly catalog: Catalog;
  readonly texts: TextCache;
  /** The running scores of the query being scored (executeQuery.ts), one table reused by every query. */
  readonly scores: ScoredDocuments;
  /**
   * Resolves once the postings of these terms are in memory: at once, unless the index was
   * restored and its postings are still being read (storedIndex.ts, PostingLoad).
   */
  readonly postingsOf: (terms: readonly string[]) => Promise<void>;
}

/** One matching document, ranked. */
export interface Hit {
  /** The document's id as MiniSearch knew it (docIds.ts): what tests and the quality set name hits by. */
  docId: string;
  doc: number;
  ref: DocRef;
  articleId: string;
  score: number;
}

/** What a document is, from its number; undefined once it is discarded. */
export function refOf({ documents, catalog }: EngineState, doc: number): DocRef | undefined {
  const kind = documents.kind(doc);
  if (kind === undefined) return undefined;
  if (kind === 'block' || kind === 'title') {
    const articleId = documents.articleIdOf(documents.articleNumber(doc));
    return kind === 'block' ? { kind, articleId, block: documents.detail(doc) } : { kind, articleId };
  }
  const id = catalog.rowIdOf(doc);
  return id === undefined ? undefined : { kind, id };
}

export function docIdOf(ref: DocRef): string {
  switch (ref.kind) {
    case 'block':
      return blockDocId(ref.articleId, ref.block);
    case 'title':
      return titleDocId(ref.articleId);
    case 'highlight':
      return highlightDocId(ref.id);
    case 'note':
      return noteDocId(ref.id);
  }
}
