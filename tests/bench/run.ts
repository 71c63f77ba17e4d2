// `npm run bench [-- filter...]`: serves the built renderer on 127.0.0.1, launches Chromium
// and runs every benchmark (or those whose name starts with a filter), printing one JSON
// object per line on stdout. Progress and errors go to stderr.

import { chromium } from '@playwright/test';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { serveDirectory } from '../support/staticServer';
import { appFirstPaint } from './appFirstPaint.bench';
import { formatResult, type Benchmark } from './harness';
import { searchBenchmarks } from './search.bench';

const BENCHMARKS: readonly Benchmark[] = [appFirstPaint, searchBenchmarks];

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const selected = BENCHMARKS.filter((bench) => filters.length === 0 || filters.some((filter) => bench.name.startsWith(filter)));
  const runs = Number(process.env['BENCH_RUNS'] ?? 9);
  const server = await serveDirectory(path.resolve(import.meta.dirname, '../../out/renderer'));
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath !== undefined ? { executablePath } : {}) });
  let failed = false;
  try {
    for (const bench of selected) {
      process.stderr.write(`bench: ${bench.name} (${runs} runs)\n`);
      try {
        await bench.run({ browser, baseUrl: server.origin, runs }, (result) => process.stdout.write(`${formatResult(result)}\n`));
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
