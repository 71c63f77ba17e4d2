// Search benchmarks (issues 6 and 17), on a generated library (searchCorpus.ts) in Chromium,
// against the shipped search worker spoken to through its real protocol (searchWorkerPage.ts):
// - search.index_build_s: a full build from the database, worker start to ready;
// - search.index_mb: the stored index (binary parts and manifest);
// - search.index_heap_mb: the worker's memory once built and stored, measured in the worker
//   itself (performance.measureUserAgentSpecificMemory, the page cross-origin isolated): its JS
//   heap and the array buffers it holds (where the postings are); search.heap_per_text_byte
//   divides it by the library's text (characters); with SEARCH_BENCH_BASELINE_WORKER set to
//   another build's worker file (main's, say), that worker's build and memory on the same
//   library are measured first in the same run and given beside, with the ratio;
// - search.cold_ready_ms: a new worker, as the app starts it, over the stored index, to the
//   first query answered (loading, catching up with the database, snippets read from it);
// - search.query_p95_ms: 200 one-, two- and three-word queries over the index loaded from
//   storage, worker round trip included, snippets read from IndexedDB as the app reads them;
// - search.speedup_vs_scan: finding the documents that hold every word of each query, with
//   the index (all matches ranked, the first 20 taken) against a plain scan of the same
//   normalized texts (String.includes, unranked), both in this Node process: medians per query;
// - search.add_100kb_ms: a 100 KB article announced as the change feed would;
// - search.recall / precision / baseline_recall: the quality set (tests/fixtures/search);
// - search.real_recall / real_precision: the real-text set (tests/fixtures/search/real), with
//   MiniSearch's defaults, a collator match and plain light10 measured beside it (recall /
//   precision each).
// The scale benchmark (searchScale.bench.ts) runs the same steps on ten times the library.
// Heavy steps run once; query timings are taken over `runs` rounds, median of the rounds.

import type { Browser } from '@playwright/test';
import { canonicalText } from '../../renderer/article/canonicalText';
import { parseQuery } from '../../renderer/text/analyzer/query';
import { SearchEngine } from '../../renderer/search/engine/SearchEngine';
import { MemoryTextSource } from '../support/search/memoryTextSource';
import { normalizeText } from '../../renderer/text/arabicNormalize';
import { loadCorpus, loadQueries } from '../search/corpus';
import { evaluateAnalyzer, evaluateBaseline, type QualityReport } from '../search/quality';
import { measureSideBySide } from '../search/sideBySide';
import { median, percentile, round, type Benchmark, type BenchResult } from './harness';
import { BENCH_SIZES, generateSearchCorpus, type SearchCorpus } from './searchCorpus';
import {
  BASELINE_WORKER_PATH,
  clearStoredIndex,
  serveBaselineWorker,
  seed,
  startWorker,
  openBenchPage,
  searchWorkerMemoryMb,
  timeQueries,
  workerAsset,
  type BenchWindow,
} from './searchWorkerPage';

type Emit = (result: Omit<BenchResult, 'runs'> & { runs?: number }) => void;

/** Medians per query: the engine finding the matches, and a scan finding the same words. */
async function indexAgainstScan(corpus: SearchCorpus): Promise<{ indexMs: number; scanMs: number; scanFound: number }> {
  const engine = new SearchEngine();
  for (const { row, doc } of corpus.articles) engine.putArticle(row, doc);
  for (const row of corpus.highlights) engine.putHighlight(row);
  for (const row of corpus.notes) engine.putNote(row);
  await engine.compact();
  const source = new MemoryTextSource(corpus);
  const texts = normalizedTexts(corpus);
  const parsed = corpus.queries.map((query) => parseQuery(query));
  const SHOWN = 20;
  for (const query of parsed.slice(0, 20)) await engine.find(query, {}, source, SHOWN); // warm-up
  const indexTimes: number[] = [];
  const scanTimes: number[] = [];
  let scanFound = 0;
  for (const query of parsed) {
    let began = performance.now();
    await engine.find(query, {}, source, SHOWN);
    indexTimes.push(performance.now() - began);
    const words = query.terms.map((term) => term.term);
    began = performance.now();
    for (const text of texts) if (words.every((word) => text.includes(word))) scanFound += 1;
    scanTimes.push(performance.now() - began);
  }
  return { indexMs: median(indexTimes), scanMs: median(scanTimes), scanFound };
}

/** Every searchable text, normalized as the index normalizes it, for the scan baseline. */
export function normalizedTexts(corpus: SearchCorpus): string[] {
  return [
    ...corpus.articles.flatMap(({ row, doc }) => [row.title, ...doc.blocks.map((block) => block.text)]),
    ...corpus.highlights.map((row) => row.exact),
    ...corpus.notes.map((row) => row.text),
  ].map((text) => normalizeText(text));
}

export function benchCorpus(scale: number): SearchCorpus {
  return generateSearchCorpus(2026, {
    ...BENCH_SIZES,
    articles: Math.round(BENCH_SIZES.articles * scale),
    highlights: Math.round(BENCH_SIZES.highlights * scale),
    notes: Math.round(BENCH_SIZES.notes * scale),
  });
}

export interface LibraryFigures {
  buildS: number;
  builds: number[];
  documents: number;
  storedMb: number;
  storedRows: number;
  /** The larger of the two below. */
  memoryMb: number;
  /** The worker that built the index, once built. */
  builtMemoryMb: number;
  /** A worker that loaded the stored index, after the query rounds (its text cache full). */
  loadedMemoryMb: number;
  emptyWorkerMb: number;
  coldReadyMs: number;
  coldReadyRuns: number[];
  queryP95Ms: number;
  queryMedianMs: number;
  firstRoundP95Ms: number;
  emptyQueries: number;
  addMs: number[];
  textMb: number;
  /** Another build's worker on the same library (SEARCH_BENCH_BASELINE_WORKER): its build and memory once built. */
  baseline: { buildS: number; memoryMb: number } | null;
}

/**
 * The worker's figures on one library: builds (`builds` of them, each from nothing), what is
 * stored, its memory, cold starts over the stored index, query rounds, incremental adds.
 */
export async function measureLibrary(
  browser: Browser,
  baseUrl: string,
  corpus: SearchCorpus,
  {
    runs,
    builds: buildCount,
    label,
    baselineWorker,
  }: { runs: number; builds: number; label: string; baselineWorker?: string | undefined },
): Promise<LibraryFigures> {
  const log = (step: string) =>
    process.stderr.write(`bench: ${label}: ${step} (${new Date().toISOString().slice(11, 19)})\n`);
  const textMb = normalizedTexts(corpus).reduce((sum, text) => sum + text.length, 0) / 1e6;
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await openBenchPage(page, baseUrl);
    const workerUrl = `${baseUrl}/${workerAsset()}`;
    const stop = () => page.evaluate(() => (window as unknown as BenchWindow).bench.stop());
    const ready = () => page.evaluate(() => (window as unknown as BenchWindow).bench.ready);

    // A worker over an empty library: what the worker costs before any index.
    await startWorker(page, workerUrl);
    await ready();
    const emptyWorkerMb = await searchWorkerMemoryMb(page);
    await stop();

    log('writing the library to IndexedDB');
    await seed(page, corpus);

    // The baseline worker (another build, e.g. main's) builds the same library first, in the
    // same page, and its memory is measured the same way at once; its index is then dropped.
    let baseline: LibraryFigures['baseline'] = null;
    if (baselineWorker !== undefined) {
      await serveBaselineWorker(page, baseUrl, baselineWorker);
      await clearStoredIndex(page);
      log('building the index with the baseline worker');
      const began = Date.now();
      await startWorker(page, `${baseUrl}/${BASELINE_WORKER_PATH}`);
      const status = await ready();
      const buildS = (Date.now() - began) / 1000;
      if (status.how !== 'built') throw new Error(`baseline: expected a full build, got ${JSON.stringify(status)}`);
      baseline = { buildS, memoryMb: await searchWorkerMemoryMb(page) };
      await stop();
      await clearStoredIndex(page);
    }
    const builds: number[] = [];
    let documents = 0;
    let builtMemoryMb = 0;
    for (let build = 0; build < buildCount; build += 1) {
      await clearStoredIndex(page);
      log(`building the index (${build + 1})`);
      const began = Date.now();
      await startWorker(page, workerUrl);
      const status = await ready();
      builds.push((Date.now() - began) / 1000);
      if (status.how !== 'built') throw new Error(`expected a full build, got ${JSON.stringify(status)}`);
      documents = status.documents;
      // Measured before storing: once this worker has written array buffers to IndexedDB,
      // Chromium's memory measurement of it never completes (seen with Chromium 14x).
      if (build === buildCount - 1) builtMemoryMb = await searchWorkerMemoryMb(page);
      log(`storing the index (${build + 1})`);
      await page.evaluate(() => (window as unknown as BenchWindow).bench.call('flush', null));
      if (build < buildCount - 1) await stop();
    }
    log('stopping');
    await stop();
    log('reading the stored size');
    const stored = await page.evaluate(
      () =>
        new Promise<{ bytes: number; rows: number }>((resolve, reject) => {
          const request = indexedDB.open('hamish');
          request.onsuccess = () => {
            const get = request.result.transaction('searchIndex').objectStore('searchIndex').getAll();
            get.onsuccess = () => {
              const rows = get.result as { data: string }[];
              request.result.close();
              // Parts pack two bytes in each UTF-16 code unit; the manifest is JSON (UTF-8 would be smaller).
              resolve({ bytes: rows.reduce((sum, row) => sum + row.data.length * 2, 0), rows: rows.length });
            };
          };
          request.onerror = () => reject(request.error);
        }),
    );

    // Cold starts: a new worker over the stored index, and at once a query it must answer.
    log('cold starts');
    const coldReadyRuns: number[] = [];
    const coldQuery = corpus.queries[0]!;
    for (let run = 0; run < Math.min(runs, 5); run += 1) {
      if (run > 0) await stop();
      const began = await page.evaluate(() => performance.now());
      await startWorker(page, workerUrl);
      const answered = await page.evaluate(async (query) => {
        const result = await (window as unknown as BenchWindow).bench.call('search', { query });
        if (!result.ok) throw new Error(`search failed: ${result.detail}`);
        return performance.now();
      }, coldQuery);
      const status = await ready();
      if (status.how !== 'loaded') throw new Error(`expected the stored index, got ${JSON.stringify(status)}`);
      coldReadyRuns.push(answered - began);
    }

    log('queries');
    const p95s: number[] = [];
    const medians: number[] = [];
    let emptyQueries = 0;
    let firstRoundP95Ms = 0;
    for (let run = 0; run < runs; run += 1) {
      const { times, empty } = await timeQueries(page, corpus.queries);
      if (run === 0) firstRoundP95Ms = percentile(times, 95); // every text read from IndexedDB
      p95s.push(percentile(times, 95));
      medians.push(median(times));
      emptyQueries = empty;
    }

    const loadedMemoryMb = await searchWorkerMemoryMb(page);

    log('incremental adds');
    const addMs: number[] = [];
    for (const extra of corpus.extraArticles.slice(0, runs)) {
      await page.evaluate(
        ({ row, doc }) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('hamish');
            request.onsuccess = () => {
              const tx = request.result.transaction(['articles', 'bodies'], 'readwrite');
              tx.objectStore('articles').put(row);
              tx.objectStore('bodies').put({ articleId: row.id, doc, updatedAt: row.updatedAt });
              tx.oncomplete = () => {
                request.result.close();
                resolve();
              };
            };
            request.onerror = () => reject(request.error);
          }),
        extra,
      );
      addMs.push(
        await page.evaluate(async (id) => {
          const began = performance.now();
          await (window as unknown as BenchWindow).bench.call('changes', [
            { table: 'articles', keys: [id] },
            { table: 'bodies', keys: [id] },
          ]);
          return performance.now() - began;
        }, extra.row.id),
      );
    }
    await stop();
    return {
      buildS: median(builds),
      builds,
      documents,
      storedMb: stored.bytes / 1e6,
      storedRows: stored.rows,
      memoryMb: Math.max(builtMemoryMb, loadedMemoryMb),
      builtMemoryMb,
      loadedMemoryMb,
      emptyWorkerMb,
      coldReadyMs: median(coldReadyRuns),
      coldReadyRuns,
      queryP95Ms: median(p95s),
      queryMedianMs: median(medians),
      firstRoundP95Ms,
      emptyQueries,
      addMs,
      textMb,
      baseline,
    };
  } finally {
    await context.close();
  }
}

export const searchBenchmarks: Benchmark = {
  name: 'search',
  async run({ browser, baseUrl, runs }, report) {
    const emit: Emit = (result) => report({ runs: 1, ...result } as BenchResult);

    // Quality first: pure Node, deterministic.
    const qualityCorpus = loadCorpus();
    const qualityQueries = loadQueries();
    const quality = await evaluateAnalyzer(qualityCorpus, qualityQueries);
    const finished = await evaluateAnalyzer(qualityCorpus, qualityQueries, undefined, { finished: true });
    const baseline = evaluateBaseline(qualityCorpus, qualityQueries);
    const queriesCount = qualityQueries.length;
    emit({ bench: 'search.recall', value: round(quality.recall, 3), unit: 'fraction', queries: queriesCount });
    emit({
      bench: 'search.precision',
      value: round(quality.precision, 3),
      unit: 'fraction',
      queries: queriesCount,
      ranked_precision: round(quality.rankedPrecision, 3),
      finished_words_precision: round(finished.precision, 3),
    });
    emit({
      bench: 'search.baseline_recall',
      value: round(baseline.recall, 3),
      unit: 'fraction',
      queries: queriesCount,
      baseline: 'MiniSearch, default tokenizer and options',
      baseline_precision: round(baseline.precision, 3),
    });

    // The real-text set, every system side by side in this run (tests/search/sideBySide.ts).
    const sides = await measureSideBySide();
    const side = (report: QualityReport) => `${round(report.recall, 3)} / ${round(report.precision, 3)}`;
    emit({
      bench: 'search.real_recall',
      value: round(sides.ours.recall, 3),
      unit: 'fraction',
      queries: sides.queries,
      expected_hits: sides.expected,
      precision: round(sides.ours.precision, 3),
      ranked_precision: round(sides.ours.rankedPrecision, 3),
      finished_words: side(sides.oursFinished),
      light10: side(sides.light10),
      collator: side(sides.collator),
      minisearch: side(sides.minisearch),
    });
    emit({
      bench: 'search.real_precision',
      value: round(sides.ours.precision, 3),
      unit: 'fraction',
      queries: sides.queries,
    });

    process.stderr.write('bench: search: generating the library\n');
    // SEARCH_BENCH_SCALE=0.1 gives a tenth of the library, for a quick look; figures are for 1.
    const scale = Number(process.env['SEARCH_BENCH_SCALE'] ?? 1);
    const corpus = benchCorpus(scale);
    // SEARCH_BENCH_BASELINE_WORKER=<a built searchWorker-*.js of another commit> measures that
    // worker's build and memory on the same library in the same run (issue 17: main's MiniSearch engine).
    const baselineWorker = process.env['SEARCH_BENCH_BASELINE_WORKER'];
    const figures = await measureLibrary(browser, baseUrl, corpus, {
      runs,
      builds: Math.min(3, runs),
      label: 'search',
      baselineWorker,
    });
    const oldWorker = figures.baseline;
    const againstBaseline = (value: number, baselineValue: number | undefined, key: string): Record<string, number> =>
      baselineValue === undefined ? {} : { [key]: round(baselineValue), ratio: round(value / baselineValue, 3) };
    const textMb = round(figures.textMb);
    emit({
      bench: 'search.index_build_s',
      value: round(figures.buildS),
      unit: 's',
      runs: figures.builds.length,
      documents: figures.documents,
      text_mb: textMb,
      scale,
      builds_s: figures.builds.map((value) => round(value)).join(' '),
      ...againstBaseline(figures.buildS, oldWorker?.buildS, 'baseline_worker_build_s'),
    });
    emit({
      bench: 'search.index_mb',
      value: round(figures.storedMb),
      unit: 'MB',
      text_mb: textMb,
      rows: figures.storedRows,
    });
    emit({
      bench: 'search.index_heap_mb',
      value: round(figures.memoryMb),
      unit: 'MB',
      text_mb: textMb,
      built_mb: round(figures.builtMemoryMb),
      loaded_mb: round(figures.loadedMemoryMb),
      empty_worker_mb: round(figures.emptyWorkerMb),
      where: 'the search worker, performance.measureUserAgentSpecificMemory (array buffers included)',
      ...againstBaseline(figures.memoryMb, oldWorker?.memoryMb, 'baseline_worker_mb'),
    });
    emit({
      bench: 'search.heap_per_text_byte',
      value: round(figures.memoryMb / figures.textMb),
      unit: 'ratio',
      text_mb: textMb,
      ...(oldWorker === null ? {} : { baseline_worker: round(oldWorker.memoryMb / figures.textMb) }),
    });
    emit({
      bench: 'search.cold_ready_ms',
      value: round(figures.coldReadyMs),
      unit: 'ms',
      runs: figures.coldReadyRuns.length,
      runs_ms: figures.coldReadyRuns.map((value) => round(value)).join(' '),
      what: 'new worker over the stored index to the first query answered',
    });
    emit({
      bench: 'search.query_p95_ms',
      value: round(figures.queryP95Ms),
      unit: 'ms',
      runs,
      queries: corpus.queries.length,
      median_ms: round(figures.queryMedianMs),
      first_round_p95_ms: round(figures.firstRoundP95Ms),
      queries_without_results: figures.emptyQueries,
    });
    emit({
      bench: 'search.add_100kb_ms',
      value: round(median(figures.addMs)),
      unit: 'ms',
      runs: figures.addMs.length,
      article_chars: canonicalText(corpus.extraArticles[0]!.doc).length,
    });

    process.stderr.write('bench: search: scan baseline\n');
    const speed = await indexAgainstScan(corpus);
    emit({
      bench: 'search.speedup_vs_scan',
      value: round(speed.scanMs / speed.indexMs, 1),
      unit: 'ratio',
      baseline: 'String.includes of every query word over every normalized text, same process',
      baseline_ms: round(speed.scanMs, 3),
      index_ms: round(speed.indexMs, 3),
      round_trip_ratio: round(speed.scanMs / figures.queryMedianMs, 1),
      scan_found: speed.scanFound,
    });
  },
};
