// What every benchmark shares: the result line format, medians and percentiles, and the
// browser and server it runs against. Benchmarks are not tests: they print figures, one JSON
// object per line, and compare against a baseline measured in the same run.

import type { Browser } from '@playwright/test';

export interface BenchContext {
  browser: Browser;
  /** Origin serving out/renderer, e.g. http://127.0.0.1:PORT */
  baseUrl: string;
  /** How many repetitions a benchmark should take its median over. */
  runs: number;
}

export interface BenchResult {
  bench: string;
  value: number;
  unit: 'ms' | 'ratio' | 'MB' | 's' | 'fraction' | 'count';
  runs: number;
  [extra: string]: string | number;
}

export interface Benchmark {
  /** Prefix of the names it reports, for `npm run bench -- <filter>`. */
  name: string;
  /** Runs only when a filter names it whole (it takes tens of minutes), never by default. */
  explicit?: boolean;
  run(context: BenchContext, report: (result: BenchResult) => void): Promise<void>;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function formatResult(result: BenchResult): string {
  return JSON.stringify(result);
}
