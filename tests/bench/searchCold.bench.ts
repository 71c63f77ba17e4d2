// Where a search cold start goes (issue 17, search.cold_ready_ms), and two builds' cold starts
// compared in one run: `npm run bench -- search.cold`. Runs only when named.
//
// On the benchmark library, for each worker in turn (the built one, or the files listed in
// SEARCH_COLD_WORKERS, comma-separated: another build's searchWorker-*.js beside this one's),
// the index is built and stored, then a new worker is started over it and asked the first
// benchmark query at once, `runs` times (at most 5); the workers take turns for
// SEARCH_COLD_ROUNDS rounds (2), so a busy machine's load falls on both. Per worker it prints the
// median cold start and the median of each step the worker timed (worker/startTimings.ts: when
// each step ended, ms since the worker began, and sums of overlapping work), and the page's own
// split: worker started → 'starting' status, → 'ready', → first answer, → 'caughtUp' (the rows
// compared with the loaded index, which the worker now does after its first answers).

import { median, round, type Benchmark, type BenchResult } from './harness';
import { benchCorpus } from './search.bench';
import { clearStoredIndex, openBenchPage, seed, startWorker, workerAsset, type BenchWindow } from './searchWorkerPage';

interface ColdStart {
  total: number;
  page: Record<string, number>;
  steps: Record<string, number>;
}

function medians(records: readonly Record<string, number>[]): Record<string, number> {
  const keys = new Set(records.flatMap((record) => Object.keys(record)));
  return Object.fromEntries(
    [...keys].map((key) => [key, round(median(records.map((record) => record[key]).filter((v) => v !== undefined)))]),
  );
}

export const searchCold: Benchmark = {
  name: 'search.cold',
  explicit: true,
  async run({ browser, baseUrl, runs }, report) {
    const log = (step: string) =>
      process.stderr.write(`bench: search.cold: ${step} (${new Date().toISOString().slice(11, 19)})\n`);
    const files = (process.env['SEARCH_COLD_WORKERS'] ?? '').split(',').filter((file) => file !== '');
    const rounds = Number(process.env['SEARCH_COLD_ROUNDS'] ?? 2);
    const corpus = benchCorpus(Number(process.env['SEARCH_BENCH_SCALE'] ?? 1));
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      await openBenchPage(page, baseUrl);
      const workers =
        files.length === 0
          ? [{ name: 'built', url: `${baseUrl}/${workerAsset()}` }]
          : files.map((file, i) => ({ name: file, url: `${baseUrl}/cold/${i}/searchWorker.js` }));
      for (const [i, file] of files.entries()) {
        await page.route(`${baseUrl}/cold/${i}/searchWorker.js`, (route) =>
          route.fulfill({
            path: file,
            contentType: 'text/javascript',
            headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
          }),
        );
      }
      log('writing the library to IndexedDB');
      await seed(page, corpus);
      const starts = new Map<string, ColdStart[]>(workers.map(({ name }) => [name, []]));
      for (let round_ = 0; round_ < rounds; round_ += 1) {
        for (const worker of workers) {
          await clearStoredIndex(page);
          log(`${worker.name}: building and storing (round ${round_ + 1})`);
          await startWorker(page, worker.url);
          const built = await page.evaluate(() => (window as unknown as BenchWindow).bench.ready);
          if (built.how !== 'built') throw new Error(`expected a build, got ${JSON.stringify(built)}`);
          await page.evaluate(() => (window as unknown as BenchWindow).bench.call('flush', null));
          await page.evaluate(() => (window as unknown as BenchWindow).bench.stop());
          log(`${worker.name}: cold starts`);
          for (let run = 0; run < Math.min(runs, 5); run += 1) {
            const began = await page.evaluate(() => performance.now());
            await startWorker(page, worker.url);
            const answered = await page.evaluate(async (query) => {
              const result = await (window as unknown as BenchWindow).bench.call('search', { query });
              if (!result.ok) throw new Error(`search failed: ${result.detail}`);
              return performance.now();
            }, corpus.queries[0]!);
            const status = await page.evaluate(() => (window as unknown as BenchWindow).bench.ready);
            if (status.how !== 'loaded') throw new Error(`expected the stored index, got ${JSON.stringify(status)}`);
            // The rows are compared with a loaded index after its first answer: wait for that too.
            await page.waitForFunction(
              () =>
                (window as unknown as BenchWindow).bench.statuses.some(
                  (s) => s.state === 'ready' && !('catchingUp' in s),
                ),
              null,
              { timeout: 120_000 },
            );
            const statuses = await page.evaluate(() => (window as unknown as BenchWindow).bench.statuses);
            const at = (state: string) => (statuses.find((s) => s.state === state)?.at ?? NaN) - began;
            // When the comparison with the rows ended (for a worker that does it before ready, at ready).
            const caughtUp = statuses.find((s) => s.state === 'ready' && !('catchingUp' in s));
            starts.get(worker.name)!.push({
              total: answered - began,
              page: {
                starting: at('starting'),
                ready: at('ready'),
                answered: answered - began,
                ...(caughtUp === undefined ? {} : { caughtUp: caughtUp.at - began }),
              },
              steps: status.steps ?? {},
            });
            await page.evaluate(() => (window as unknown as BenchWindow).bench.stop());
          }
        }
      }
      const totals = new Map<string, number>();
      for (const { name } of workers) {
        const list = starts.get(name)!;
        totals.set(name, median(list.map((start) => start.total)));
        report({
          bench: 'search.cold_ready_ms',
          value: round(totals.get(name)!),
          unit: 'ms',
          runs: list.length,
          worker: name,
          runs_ms: list.map((start) => round(start.total)).join(' '),
          page: JSON.stringify(medians(list.map((start) => start.page))),
          steps: JSON.stringify(medians(list.map((start) => start.steps))),
        } as BenchResult);
      }
      if (workers.length > 1) {
        const [first, ...others] = workers;
        for (const other of others)
          report({
            bench: 'search.cold_ready_ratio',
            value: round(totals.get(other.name)! / totals.get(first!.name)!, 3),
            unit: 'ratio',
            runs: rounds,
            worker: other.name,
            against: first!.name,
          });
      }
    } finally {
      await context.close();
    }
  },
};
