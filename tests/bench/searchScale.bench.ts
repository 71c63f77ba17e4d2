// The search benchmark at ten times the library (issue 17): 10,000 articles of the same
// generator (about 250 MB of text, 200,000 highlights, 100,000 notes), the same steps as
// search.bench.ts (measureLibrary) with one build. It takes tens of minutes, so it is a separate
// entry that runs only when named: `npm run bench -- search.scale`.
// - search.scale_10000_query_p95_ms: 200 queries over the stored index, worker round trip and
//   snippets read from IndexedDB included, median of the rounds' p95;
// - search.scale_10000_heap_mb: the worker's memory measured in the worker
//   (performance.measureUserAgentSpecificMemory), the larger of built and loaded.
// Build time, stored size, cold start and add are reported beside them.

import { canonicalText } from '../../renderer/article/canonicalText';
import { median, round, type Benchmark, type BenchResult } from './harness';
import { benchCorpus, measureLibrary } from './search.bench';

const SCALE = 10;

export const searchScale: Benchmark = {
  name: 'search.scale',
  explicit: true,
  async run({ browser, baseUrl, runs }, report) {
    const emit = (result: Omit<BenchResult, 'runs'> & { runs?: number }) =>
      report({ runs: 1, ...result } as BenchResult);
    process.stderr.write(`bench: search.scale: generating the library (${SCALE}×)\n`);
    const corpus = benchCorpus(SCALE);
    const rounds = Math.min(runs, 3);
    const figures = await measureLibrary(browser, baseUrl, corpus, {
      runs: rounds,
      builds: 1,
      label: 'search.scale',
    });
    const articles = corpus.articles.length;
    const textMb = round(figures.textMb);
    emit({
      bench: `search.scale_${articles}_query_p95_ms`,
      value: round(figures.queryP95Ms),
      unit: 'ms',
      runs: rounds,
      queries: corpus.queries.length,
      median_ms: round(figures.queryMedianMs),
      first_round_p95_ms: round(figures.firstRoundP95Ms),
      queries_without_results: figures.emptyQueries,
      text_mb: textMb,
      documents: figures.documents,
    });
    emit({
      bench: `search.scale_${articles}_heap_mb`,
      value: round(figures.memoryMb),
      unit: 'MB',
      text_mb: textMb,
      built_mb: round(figures.builtMemoryMb),
      loaded_mb: round(figures.loadedMemoryMb),
      empty_worker_mb: round(figures.emptyWorkerMb),
      per_text_byte: round(figures.memoryMb / figures.textMb),
      where: 'the search worker, performance.measureUserAgentSpecificMemory (array buffers included)',
    });
    emit({
      bench: `search.scale_${articles}_build_s`,
      value: round(figures.buildS),
      unit: 's',
      stored_mb: round(figures.storedMb),
      cold_ready_ms: round(figures.coldReadyMs),
      cold_ready_runs_ms: figures.coldReadyRuns.map((value) => round(value)).join(' '),
      add_100kb_ms: round(median(figures.addMs)),
      article_chars: canonicalText(corpus.extraArticles[0]!.doc).length,
    });
  },
};
