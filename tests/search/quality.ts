// Recall and precision of search on the quality set (tests/fixtures/search), for the shipped
// analyzer, for its ؤ/ئ alternatives, and for the baseline a peer would ship: MiniSearch with
// its default tokenizer. Micro-averaged: found-and-expected over all expected (recall) and
// over all found (precision), so a query that floods the results weighs as much as it annoys.

import MiniSearch from 'minisearch';
import type { AnalyzerOptions } from '../../renderer/text/analyzer/analyze';
import { parseQuery } from '../../renderer/text/analyzer/query';
import { SearchEngine } from '../../renderer/search/engine/SearchEngine';
import { blockDocId, highlightDocId, noteDocId, titleDocId } from '../../renderer/search/engine/docIds';
import { MemoryTextSource } from '../support/search/memoryTextSource';
import { collatorSearch } from './collatorBaseline';
import type { Corpus, QualityQuery } from './corpus';

export interface QueryOutcome {
  query: string;
  found: string[];
  missing: string[];
  unexpected: string[];
}

export interface QualityReport {
  recall: number;
  precision: number;
  /** R-precision: of the first |expected| results of each query, the share expected. Ranking at work. */
  rankedPrecision: number;
  queries: number;
  outcomes: QueryOutcome[];
}

export function score(queries: readonly QualityQuery[], found: readonly (readonly string[])[]): QualityReport {
  let expectedTotal = 0;
  let foundTotal = 0;
  let relevantFound = 0;
  let relevantRanked = 0;
  const outcomes = queries.map((query, i): QueryOutcome => {
    const hits = found[i]!;
    const expected = new Set(query.expected);
    const good = hits.filter((id) => expected.has(id));
    expectedTotal += expected.size;
    foundTotal += hits.length;
    relevantFound += good.length;
    relevantRanked += hits.slice(0, expected.size).filter((id) => expected.has(id)).length;
    return {
      query: query.query,
      found: [...hits],
      missing: query.expected.filter((id) => !hits.includes(id)),
      unexpected: hits.filter((id) => !expected.has(id)),
    };
  });
  return {
    recall: expectedTotal === 0 ? 1 : relevantFound / expectedTotal,
    precision: foundTotal === 0 ? 1 : relevantFound / foundTotal,
    rankedPrecision: expectedTotal === 0 ? 1 : relevantRanked / expectedTotal,
    queries: queries.length,
    outcomes,
  };
}

export function buildEngine(corpus: Corpus, analyzer?: AnalyzerOptions): SearchEngine {
  const engine = new SearchEngine(analyzer);
  for (const { row, doc } of corpus.articles) engine.putArticle(row, doc);
  for (const row of corpus.highlights) engine.putHighlight(row);
  for (const row of corpus.notes) engine.putNote(row);
  return engine;
}

export interface EvaluateOptions {
  /** Take every query as finished (as if followed by a space): no prefix matching. */
  finished?: boolean;
}

export async function evaluateAnalyzer(
  corpus: Corpus,
  queries: readonly QualityQuery[],
  analyzer?: AnalyzerOptions,
  options: EvaluateOptions = {},
): Promise<QualityReport> {
  const engine = buildEngine(corpus, analyzer);
  const source = new MemoryTextSource(corpus);
  const found: string[][] = [];
  for (const { query } of queries) {
    const parsed = parseQuery(options.finished === true ? `${query} ` : query, analyzer);
    found.push((await engine.find(parsed, {}, source)).map((hit) => hit.docId));
  }
  return score(queries, found);
}

/** A substring match under an Intl.Collator of base sensitivity (collatorBaseline.ts). */
export function evaluateCollator(corpus: Corpus, queries: readonly QualityQuery[]): QualityReport {
  return score(queries, collatorSearch(corpus, queries));
}

/** MiniSearch as it comes: default tokenizer and term processing, default search options. */
export function evaluateBaseline(corpus: Corpus, queries: readonly QualityQuery[]): QualityReport {
  const index = new MiniSearch<{ id: string; text?: string; title?: string; tags?: string }>({
    fields: ['text', 'title', 'tags'],
  });
  for (const { row, doc } of corpus.articles) {
    index.add({ id: titleDocId(row.id), title: row.title, tags: row.tags.join(' ') });
    doc.blocks.forEach((block, i) => index.add({ id: blockDocId(row.id, i), text: block.text }));
  }
  for (const row of corpus.highlights) index.add({ id: highlightDocId(row.id), text: row.exact });
  for (const row of corpus.notes) index.add({ id: noteDocId(row.id), text: row.text });
  return score(
    queries,
    queries.map(({ query }) => index.search(query).map((result) => result.id as string)),
  );
}
