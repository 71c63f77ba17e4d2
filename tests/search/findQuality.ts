// In-article find measured on the real-text set (tests/fixtures/search/real): for each query and
// article, the blocks where find puts a match against the blocks where the query's forms meet in
// one sentence (expectedFindBlocks). The same measurement of the folded-substring pass alone (what
// find was before it used the analyzer, and what it shows until its idle analysis is done) runs
// beside it as the baseline.

import { blockStartOffsets, canonicalText } from '../../renderer/article/canonicalText';
import { analyzeForFind, findMatches, matchSpans, prepareFind } from '../../renderer/reader/find';
import { expectedFindBlocks, loadRealArticles, loadRealQueries } from './realText';

export interface FindQuality {
  recall: number;
  precision: number;
  expected: number;
  misses: { query: string; article: string; block: number }[];
  extras: { query: string; article: string; block: number }[];
}

export function measureFind(analyzed: boolean): FindQuality {
  const articles = loadRealArticles();
  const queries = loadRealQueries();
  let truePositives = 0;
  let expectedCount = 0;
  let foundCount = 0;
  const misses: FindQuality['misses'] = [];
  const extras: FindQuality['extras'] = [];
  for (const article of articles) {
    const doc = { blocks: article.blocks.map((text) => ({ kind: 'paragraph' as const, text })) };
    const starts = blockStartOffsets(doc);
    const prepared = prepareFind(canonicalText(doc));
    if (analyzed) analyzeForFind(prepared);
    const blockAt = (offset: number) => {
      let block = 0;
      while (block + 1 < starts.length && starts[block + 1]! <= offset) block += 1;
      return block;
    };
    for (const query of queries) {
      const expected = new Set(expectedFindBlocks(article, query));
      const result = findMatches(prepared, query.query);
      const found = new Set(
        (result?.matches ?? []).flatMap((match) => matchSpans(match).map((span) => blockAt(span.start))),
      );
      expectedCount += expected.size;
      foundCount += found.size;
      for (const block of expected) {
        if (found.has(block)) truePositives += 1;
        else misses.push({ query: query.query, article: article.id, block });
      }
      for (const block of found)
        if (!expected.has(block)) extras.push({ query: query.query, article: article.id, block });
    }
  }
  return {
    recall: truePositives / expectedCount,
    precision: foundCount === 0 ? 1 : truePositives / foundCount,
    expected: expectedCount,
    misses,
    extras,
  };
}
