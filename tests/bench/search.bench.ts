// Search benchmarks (issue 6), on a generated library (searchCorpus.ts) in Chromium, against
// the shipped search worker spoken to through its real protocol:
// - search.index_build_s: a full build from the database, worker start to ready;
// - search.query_p95_ms: 200 one-, two- and three-word queries, worker round trip included;
// - search.speedup_vs_scan: finding the documents that hold every word of each query, with
//   the index (all matches ranked, the first 20 taken, as the app shows them) against a plain
//   scan of the same normalized texts (String.includes, unranked), both in this Node process on
//   the same library: medians per query. The browser's round trip (snippets included) against
//   the same scan is reported beside it as round_trip_ratio;
// - search.add_100kb_ms: a 100 KB article announced as the change feed would;
// - search.index_mb: the stored index, UTF-8;
// - search.index_heap_mb: the heap the engine takes once built (in Node, the V8 of the worker;
//   its texts are shared with the generated library here, so not counted);
// - search.recall / precision / baseline_recall: the quality set (tests/fixtures/search);
// - search.real_recall / real_precision: the real-text set (tests/fixtures/search/real), with
//   MiniSearch's defaults, a collator match and plain light10 measured beside it (recall /
//   precision each).
// Heavy steps run once; query timings are taken over `runs` rounds, median of the rounds.

import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { canonicalText } from '../../renderer/article/canonicalText';
import { parseQuery } from '../../renderer/text/analyzer/query';
import { SearchEngine, type TextSource } from '../../renderer/search/engine/SearchEngine';
import { normalizeText } from '../../renderer/text/arabicNormalize';
import { loadCorpus, loadQueries } from '../search/corpus';
import { evaluateAnalyzer, evaluateBaseline, type QualityReport } from '../search/quality';
import { measureSideBySide } from '../search/sideBySide';
import { median, percentile, round, type Benchmark, type BenchResult } from './harness';
import { BENCH_SIZES, generateSearchCorpus, type SearchCorpus } from './searchCorpus';

const SEED_CHUNK = 40;
const TEXT_CHUNK = 5_000;

interface PageBench {
  call(type: string, request: unknown): Promise<{ ok: boolean; value?: unknown; detail?: string }>;
  stop(): void;
  ready: Promise<{ state: 'ready'; ms: number; how: string; documents: number }>;
  statuses: { state: string }[];
}
type BenchWindow = Window & { bench: PageBench };

function workerAsset(): string {
  const assets = path.resolve(import.meta.dirname, '../../out/renderer/assets');
  const name = readdirSync(assets).find((file) => /^searchWorker-.*\.js$/.test(file));
  if (name === undefined) throw new Error('out/renderer has no search worker: run `npm run build`');
  return `assets/${name}`;
}

async function seed(page: Page, corpus: SearchCorpus): Promise<void> {
  const write = (rows: { articles?: unknown[]; bodies?: unknown[]; highlights?: unknown[]; notes?: unknown[] }) =>
    page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('hamish');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['articles', 'bodies', 'highlights', 'notes'], 'readwrite');
            for (const [store, list] of Object.entries(batch))
              for (const row of list ?? []) tx.objectStore(store).put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows,
    );
  for (let i = 0; i < corpus.articles.length; i += SEED_CHUNK) {
    const chunk = corpus.articles.slice(i, i + SEED_CHUNK);
    await write({
      articles: chunk.map(({ row }) => row),
      bodies: chunk.map(({ row, doc }) => ({ articleId: row.id, doc, updatedAt: row.updatedAt })),
    });
  }
  for (let i = 0; i < corpus.highlights.length; i += TEXT_CHUNK)
    await write({ highlights: corpus.highlights.slice(i, i + TEXT_CHUNK) });
  for (let i = 0; i < corpus.notes.length; i += TEXT_CHUNK)
    await write({ notes: corpus.notes.slice(i, i + TEXT_CHUNK) });
}

/** Starts the worker in the page, as the app does, with a tiny client for the protocol. */
async function startWorker(page: Page, url: string): Promise<void> {
  await page.evaluate((workerUrl) => {
    const worker = new Worker(workerUrl, { type: 'module' });
    const pending = new Map<number, (result: unknown) => void>();
    const statuses: { state: string }[] = [];
    let nextId = 1;
    // No named function values in here: tsx would wrap them in a helper the page lacks.
    let markReady: ((status: never) => void) | null = null;
    const ready = new Promise((resolve) => {
      markReady = resolve;
    });
    worker.addEventListener('error', (event) => {
      statuses.push({ state: `worker error: ${event.message}` });
      markReady?.({ state: 'failed', detail: event.message } as never);
      for (const resolve of pending.values()) resolve({ ok: false, detail: event.message });
    });
    worker.addEventListener('message', (event: MessageEvent) => {
      const message = event.data as { type: string; id: number; result: unknown; status: { state: string } };
      if (message.type === 'status') {
        statuses.push(message.status);
        if (message.status.state === 'ready' || message.status.state === 'failed') markReady?.(message.status as never);
        return;
      }
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    });
    (window as unknown as BenchWindow).bench = {
      ready,
      statuses,
      stop() {
        worker.terminate();
      },
      call(type: string, request: unknown) {
        return new Promise((resolve) => {
          const id = nextId++;
          pending.set(id, resolve as (result: unknown) => void);
          worker.postMessage({ type, id, request });
        });
      },
    } as PageBench;
  }, url);
}

async function clearStoredIndex(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onsuccess = () => {
          const tx = request.result.transaction('searchIndex', 'readwrite');
          tx.objectStore('searchIndex').clear();
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

async function timeQueries(page: Page, queries: readonly string[]): Promise<{ times: number[]; empty: number }> {
  return page.evaluate(async (list) => {
    const { bench } = window as unknown as BenchWindow;
    const times: number[] = [];
    let empty = 0;
    for (const query of list) {
      const began = performance.now();
      const result = (await bench.call('search', { query })) as {
        ok: boolean;
        value: { totals: Record<string, number> };
      };
      times.push(performance.now() - began);
      if (!result.ok) throw new Error('search failed');
      if (Object.values(result.value.totals).every((count) => count === 0)) empty += 1;
    }
    return { times, empty };
  }, queries);
}

/** The heap in use once garbage is collected (V8's gc, exposed for the measurement). */
function settledHeapMb(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Medians per query: the engine finding the matches, and a scan finding the same words; and the engine's heap. */
async function indexAgainstScan(
  corpus: SearchCorpus,
): Promise<{ indexMs: number; scanMs: number; scanFound: number; heapMb: number }> {
  const heapBefore = settledHeapMb();
  const engine = new SearchEngine();
  for (const { row, doc } of corpus.articles) engine.putArticle(row, doc);
  for (const row of corpus.highlights) engine.putHighlight(row);
  for (const row of corpus.notes) engine.putNote(row);
  const heapMb = settledHeapMb() - heapBefore;
  const texts = normalizedTexts(corpus);
  const parsed = corpus.queries.map((query) => parseQuery(query));
  const noFetching: TextSource = {
    articleBlocks: () => Promise.reject(new Error('texts are at hand')),
    highlightQuotes: () => Promise.reject(new Error('texts are at hand')),
    noteTexts: () => Promise.reject(new Error('texts are at hand')),
  };
  const SHOWN = 20;
  for (const query of parsed.slice(0, 20)) await engine.find(query, {}, noFetching, SHOWN); // warm-up
  const indexTimes: number[] = [];
  const scanTimes: number[] = [];
  let scanFound = 0;
  for (const query of parsed) {
    let began = performance.now();
    await engine.find(query, {}, noFetching, SHOWN);
    indexTimes.push(performance.now() - began);
    const words = query.terms.map((term) => term.term);
    began = performance.now();
    for (const text of texts) if (words.every((word) => text.includes(word))) scanFound += 1;
    scanTimes.push(performance.now() - began);
  }
  return { indexMs: median(indexTimes), scanMs: median(scanTimes), scanFound, heapMb };
}

/** Every searchable text, normalized as the index normalizes it, for the scan baseline. */
function normalizedTexts(corpus: SearchCorpus): string[] {
  return [
    ...corpus.articles.flatMap(({ row, doc }) => [row.title, ...doc.blocks.map((block) => block.text)]),
    ...corpus.highlights.map((row) => row.exact),
    ...corpus.notes.map((row) => row.text),
  ].map((text) => normalizeText(text));
}

export const searchBenchmarks: Benchmark = {
  name: 'search',
  async run({ browser, baseUrl, runs }, report) {
    const emit = (result: Omit<BenchResult, 'runs'> & { runs?: number }) =>
      report({ runs: 1, ...result } as BenchResult);

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
    const corpus = generateSearchCorpus(2026, {
      ...BENCH_SIZES,
      articles: Math.round(BENCH_SIZES.articles * scale),
      highlights: Math.round(BENCH_SIZES.highlights * scale),
      notes: Math.round(BENCH_SIZES.notes * scale),
    });
    const textMb = round(normalizedTexts(corpus).reduce((sum, text) => sum + text.length, 0) / 1e6);
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      // Let the app create the database, then leave it for a bare page of the same origin, so
      // only the benchmark's worker touches the index.
      await page.goto(`${baseUrl}/index.html?lang=en`);
      await page.locator('article').waitFor();
      await page.route(`${baseUrl}/bench.html`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>bench</title>' }),
      );
      await page.goto(`${baseUrl}/bench.html`);
      process.stderr.write('bench: search: writing the library to IndexedDB\n');
      await seed(page, corpus);
      // A full build from the database, three times (each in a fresh worker, with no stored
      // index), the last one kept for the rest.
      const builds: number[] = [];
      let ready: { ms: number; how: string; documents: number } | null = null;
      let storedS = 0;
      for (let build = 0; build < Math.min(3, runs); build += 1) {
        if (build > 0) await page.evaluate(() => (window as unknown as BenchWindow).bench.stop());
        await clearStoredIndex(page);
        process.stderr.write(`bench: search: building the index (${build + 1})\n`);
        const began = Date.now();
        await startWorker(page, `${baseUrl}/${workerAsset()}`);
        ready = await page.evaluate(() => (window as unknown as BenchWindow).bench.ready);
        builds.push((Date.now() - began) / 1000);
        if (ready.how !== 'built') throw new Error(`expected a full build, got ${JSON.stringify(ready)}`);
        await page.evaluate(() => (window as unknown as BenchWindow).bench.call('flush', null));
        storedS = (Date.now() - began) / 1000;
      }
      emit({
        bench: 'search.index_build_s',
        value: round(median(builds)),
        unit: 's',
        runs: builds.length,
        documents: ready!.documents,
        text_mb: textMb,
        scale,
        builds_s: builds.map((value) => round(value)).join(' '),
        stored_after_s: round(storedS),
      });

      const stored = await page.evaluate(
        () =>
          new Promise<{ utf8: number; rows: number }>((resolve, reject) => {
            const request = indexedDB.open('hamish');
            request.onsuccess = () => {
              const get = request.result.transaction('searchIndex').objectStore('searchIndex').getAll();
              get.onsuccess = () => {
                const rows = get.result as { data: string }[];
                request.result.close();
                resolve({ utf8: rows.reduce((sum, row) => sum + new Blob([row.data]).size, 0), rows: rows.length });
              };
            };
            request.onerror = () => reject(request.error);
          }),
      );
      emit({
        bench: 'search.index_mb',
        value: round(stored.utf8 / 1e6),
        unit: 'MB',
        text_mb: textMb,
        rows: stored.rows,
      });

      process.stderr.write('bench: search: queries\n');
      await timeQueries(page, corpus.queries.slice(0, 20)); // warm-up
      const p95s: number[] = [];
      const medians: number[] = [];
      let emptyQueries = 0;
      for (let run = 0; run < runs; run += 1) {
        const { times, empty } = await timeQueries(page, corpus.queries);
        p95s.push(percentile(times, 95));
        medians.push(median(times));
        emptyQueries = empty;
      }
      emit({
        bench: 'search.query_p95_ms',
        value: round(median(p95s)),
        unit: 'ms',
        runs,
        queries: corpus.queries.length,
        median_ms: round(median(medians)),
        queries_without_results: emptyQueries,
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
        round_trip_ratio: round(speed.scanMs / median(medians), 1),
        scan_found: speed.scanFound,
      });
      emit({
        bench: 'search.index_heap_mb',
        value: round(speed.heapMb),
        unit: 'MB',
        text_mb: textMb,
        where: 'Node, same V8 as the worker; texts shared with the library, not counted',
      });

      process.stderr.write('bench: search: incremental add\n');
      const addTimes: number[] = [];
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
        addTimes.push(
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
      emit({
        bench: 'search.add_100kb_ms',
        value: round(median(addTimes)),
        unit: 'ms',
        runs: addTimes.length,
        article_chars: canonicalText(corpus.extraArticles[0]!.doc).length,
      });
    } finally {
      await context.close();
    }
  },
};
