// Search engine candidates side by side (issue 17, item 1): the packed engine the app runs, the
// MiniSearch engine it replaced, FlexSearch 0.8 and SQLite FTS5 compiled to WebAssembly, on the
// benchmark library with our analyzer, in one run: each engine in a fresh Node process of its own
// (candidates/measure.ts, started with --expose-gc), one after the other, so every engine's
// memory is measured the same way from the same starting point. It takes several minutes and
// measures libraries rather than the app, so it runs only when named:
// `npm run bench -- search.candidates` (SEARCH_BENCH_SCALE=0.1 for a quick look;
// CANDIDATES=packed,sqlite-fts5 for some of them).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CANDIDATE_NAMES } from './candidates/candidate';
import type { Benchmark, BenchResult } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MEASURE = path.join(ROOT, 'tests/bench/candidates/measure.ts');

async function measureOne(name: string, env: NodeJS.ProcessEnv, report: (result: BenchResult) => void): Promise<void> {
  const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx', MEASURE], {
    cwd: ROOT,
    env: { ...env, CANDIDATE: name },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.trim() !== '') report(JSON.parse(line) as BenchResult);
  }
  const code = await exited;
  if (code !== 0) throw new Error(`measuring ${name}: the process exited with ${code}`);
}

export const searchCandidates: Benchmark = {
  name: 'search.candidates',
  explicit: true,
  async run({ runs }, report) {
    const chosen = process.env['CANDIDATES']?.split(',') ?? [...CANDIDATE_NAMES];
    const scratch = mkdtempSync(path.join(tmpdir(), 'hamish-candidates-'));
    const env = {
      ...process.env,
      BENCH_RUNS: String(runs),
      CANDIDATES_PACKED_TOP: path.join(scratch, 'packed-top.json'),
    };
    try {
      for (const name of CANDIDATE_NAMES.filter((candidate) => chosen.includes(candidate))) {
        await measureOne(name, env, report);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
};
