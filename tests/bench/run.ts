// `npm run bench [-- filter...]`: serves the built renderer on 127.0.0.1, launches Chromium
// and runs every benchmark (or those whose name starts with a filter), printing one JSON
// object per line on stdout. Progress and errors go to stderr. A benchmark marked `explicit`
// (search.scale: tens of minutes; search.candidates) runs only when a filter names it:
// `npm run bench -- search.scale`.

import { chromium } from '@playwright/test';
import path from 'node:path';
import { buildTestHarness, HARNESS_PATH } from '../support/buildHarness';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { serveDirectory } from '../support/staticServer';
import { appFirstPaint } from './appFirstPaint.bench';
import { backup } from './backup.bench';
import { formatResult, type Benchmark } from './harness';
import { highlightsOpenAndCreate } from './highlights.bench';
import { highlightsPaint } from './highlightsPaint.bench';
import { importHtml1mb, libraryFirstPaint } from './library.bench';
import { libraryBulkDelete } from './libraryBulk.bench';
import { libraryFilter } from './libraryFilter.bench';
import { marginNotesBench } from './marginNotes.bench';
import { reanchor } from './reanchor.bench';
import { readerJustify } from './justify.bench';
import { readerFind1mb, readerOpen1mb } from './reader.bench';
import { searchBenchmarks } from './search.bench';
import { searchCandidates } from './searchCandidates.bench';
import { searchCold } from './searchCold.bench';
import { searchScale } from './searchScale.bench';
import { sync } from './sync.bench';

const BENCHMARKS: readonly Benchmark[] = [
  appFirstPaint,
  readerOpen1mb,
  marginNotesBench,
  readerFind1mb,
  readerJustify,
  reanchor,
  highlightsPaint,
  highlightsOpenAndCreate,
  searchBenchmarks,
  searchScale,
  searchCandidates,
  searchCold,
  backup,
  importHtml1mb,
  libraryFirstPaint,
  libraryFilter,
  libraryBulkDelete,
  sync,
];

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const selected = BENCHMARKS.filter((bench) =>
    bench.explicit === true
      ? filters.some((filter) => filter.startsWith(bench.name))
      : filters.length === 0 || filters.some((filter) => bench.name.startsWith(filter)),
  );
  const runs = Number(process.env['BENCH_RUNS'] ?? 9);
  // The harness (the app's modules on the app's origin) is for benchmarks that drive the data layer.
  const harnessDir = await buildTestHarness();
  const server = await serveDirectory(path.resolve(import.meta.dirname, '../../out/renderer'), 0, {
    [HARNESS_PATH]: harnessDir,
  });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    // Memory is measured at once (search.bench.ts), not at the next garbage collection.
    args: [...CHROMIUM_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'],
    ...(executablePath !== undefined ? { executablePath } : {}),
  });
  let failed = false;
  try {
    for (const bench of selected) {
      process.stderr.write(`bench: ${bench.name} (${runs} runs)\n`);
      try {
        await bench.run({ browser, baseUrl: server.origin, runs }, (result) =>
          process.stdout.write(`${formatResult(result)}\n`),
        );
      } catch (error) {
        failed = true;
        process.stderr.write(`bench: ${bench.name} failed: ${String(error)}\n`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (failed) process.exitCode = 1;
}

await main();
