// The real-text quality set measured for every system side by side in one run: MiniSearch with
// its defaults, an Intl.Collator base-sensitivity substring match (what Readest does), plain
// light10 (Lucene's stems, analyzer version 1) and ours, queries as typed (prefix on the last
// word) and as finished words. Used by the quality test and the benchmark.

import { ANALYZER_OPTIONS, LIGHT10_OPTIONS } from '../../renderer/text/analyzer/analyze';
import { evaluateAnalyzer, evaluateBaseline, evaluateCollator, type QualityReport } from './quality';
import { realCorpus, realQueries } from './realText';

export interface SideBySide {
  queries: number;
  expected: number;
  minisearch: QualityReport;
  collator: QualityReport;
  light10: QualityReport;
  ours: QualityReport;
  oursFinished: QualityReport;
}

export async function measureSideBySide(): Promise<SideBySide> {
  const corpus = realCorpus();
  const queries = realQueries();
  return {
    queries: queries.length,
    expected: queries.reduce((sum, query) => sum + query.expected.length, 0),
    minisearch: evaluateBaseline(corpus, queries),
    collator: evaluateCollator(corpus, queries),
    light10: await evaluateAnalyzer(corpus, queries, LIGHT10_OPTIONS),
    ours: await evaluateAnalyzer(corpus, queries, ANALYZER_OPTIONS),
    oursFinished: await evaluateAnalyzer(corpus, queries, ANALYZER_OPTIONS, { finished: true }),
  };
}
