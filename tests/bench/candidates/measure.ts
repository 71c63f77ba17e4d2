// The search engine candidates measured side by side (issue 17, item 1), in this one Node
// process, one engine after the other on the same library with the same analyzer: the packed
// engine the app runs, the MiniSearch engine it replaced, FlexSearch 0.8 and SQLite FTS5 (WASM).
// Started by searchCandidates.bench.ts with --expose-gc; prints one JSON line per figure.
//
// Per engine: memory (heap used + external memory, which holds array buffers and WebAssembly
// memory, after garbage collection, less the same before the engine existed), the build, what it
// stores, cold starts (a new engine from the stored data to the first query answered), the 200
// benchmark queries (first 20 results, `rounds` rounds, median of the rounds' p95), adding a
// 100 KB article, and recall/precision on both quality sets (each engine built on them afresh).
// Texts the engines keep by reference to the library's rows are not counted (in the app's
// worker they are copies read from IndexedDB).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadCorpus, loadQueries, type Corpus, type QualityQuery } from '../../search/corpus';
import { score, type QualityReport } from '../../search/quality';
import { realCorpus, realQueries } from '../../search/realText';
import { median, percentile, round, type BenchResult } from '../harness';
import { benchCorpus, normalizedTexts } from '../search.bench';
import { legacyKind, packedKind } from './appEngines';
import { CANDIDATE_NAMES, DocumentTexts, type CandidateKind, type LibraryRows } from './candidate';
import { flexsearchKind } from './flexsearchEngine';
import { SqliteCandidate, sqliteKind, sqliteModule } from './sqliteEngine';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc (searchCandidates.bench.ts does)');

const SHOWN = 20;
const ALL = 1_000_000;

/** Heap used and external memory (array buffers, WebAssembly memory) once garbage is collected. */
async function memory(): Promise<{ js: number; external: number }> {
  // Array buffers' memory is given back by a sweeper after the collection: let it finish.
  for (let pass = 0; pass < 3; pass += 1) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { heapUsed, external } = process.memoryUsage();
  return { js: heapUsed / 1e6, external: external / 1e6 };
}

const load = () => round(loadavg()[0]!, 1);
const log = (step: string) =>
  process.stderr.write(
    `bench: search.candidates: ${step} (${new Date().toISOString().slice(11, 19)}, load ${load()})\n`,
  );

function emit(result: Omit<BenchResult, 'runs'> & { runs?: number }): void {
  process.stdout.write(`${JSON.stringify({ runs: 1, ...result, load_1m: load() })}\n`);
}

/** Recall and precision of a candidate on one quality set, built on it afresh. */
async function quality(
  kindFor: (rows: LibraryRows) => CandidateKind,
  corpus: Corpus,
  queries: readonly QualityQuery[],
): Promise<QualityReport> {
  const texts = new DocumentTexts(corpus);
  const candidate = await kindFor(corpus).create(texts);
  await candidate.build(corpus);
  const found: string[][] = [];
  for (const { query } of queries) found.push(await candidate.find(query, ALL));
  candidate.dispose();
  if (candidate instanceof SqliteCandidate) candidate.removeFile();
  return score(queries, found);
}

const KINDS: readonly ((rows: LibraryRows) => CandidateKind)[] = [
  packedKind,
  legacyKind,
  () => flexsearchKind,
  () => sqliteKind,
];

async function main(): Promise<void> {
  const scale = Number(process.env['SEARCH_BENCH_SCALE'] ?? 1);
  const rounds = Math.min(Number(process.env['BENCH_RUNS'] ?? 9), 5);
  const wanted = process.env['CANDIDATE'];
  // The packed engine's first 20 results per query, written by its run and read by the others'.
  const packedTopFile = process.env['CANDIDATES_PACKED_TOP'];
  const kindFor = KINDS[CANDIDATE_NAMES.findIndex((name) => name === wanted)];
  if (kindFor === undefined) throw new Error(`CANDIDATE must be one of ${CANDIDATE_NAMES.join(', ')}`);
  log(`${wanted}: generating the library (scale ${scale})`);
  const corpus = benchCorpus(scale);
  const rows: LibraryRows = corpus;
  const texts = new DocumentTexts(rows);
  const textMb = normalizedTexts(corpus).reduce((sum, text) => sum + text.length, 0) / 1e6;
  if (wanted === 'sqlite-fts5') await sqliteModule();
  const qualityCorpus = loadCorpus();
  const qualityQueries = loadQueries();
  const real = realCorpus();
  const realSet = realQueries();
  const loadAtStart = load();
  const kind = kindFor(rows);
  const name = `search.candidates.${kind.name}`;
  const before = await memory();
  const candidate = await kind.create(texts);
  log(`${kind.name}: building`);
  let began = performance.now();
  await candidate.build(rows);
  const buildS = (performance.now() - began) / 1000;
  const after = await memory();
  const heapJs = after.js - before.js;
  const heapExternal = after.external - before.external;
  const heap = heapJs + heapExternal;
  const common = { engine: kind.describe, text_mb: round(textMb), scale };
  emit({
    bench: `${name}.heap_mb`,
    value: round(heap),
    unit: 'MB',
    ...common,
    per_text_byte: round(heap / textMb),
    js_heap_mb: round(heapJs),
    external_mb: round(heapExternal),
    how: 'heapUsed + external after gc, less before the engine',
  });
  emit({ bench: `${name}.build_s`, value: round(buildS), unit: 's' });
  // SEARCH_CANDIDATES_MEMORY_ONLY=1: the build and its memory only (minutes instead of twenty).
  if (process.env['SEARCH_CANDIDATES_MEMORY_ONLY'] === '1') {
    emit({ bench: `${name}.load_average`, value: load(), unit: 'ratio', at_start: loadAtStart });
    candidate.dispose();
    if (candidate instanceof SqliteCandidate) candidate.removeFile();
    return;
  }
  log(`${kind.name}: storing`);
  const stored = await candidate.store();

  log(`${kind.name}: cold starts`);
  const cold: number[] = [];
  for (let run = 0; run < Math.min(rounds, 3); run += 1) {
    began = performance.now();
    const loaded = await stored.load();
    await loaded.find(corpus.queries[0]!, SHOWN);
    cold.push(performance.now() - began);
    loaded.dispose();
  }

  log(`${kind.name}: queries`);
  for (const query of corpus.queries.slice(0, 20)) await candidate.find(query, SHOWN); // warm-up
  const p95s: number[] = [];
  const medians: number[] = [];
  const top: string[][] = [];
  for (let round = 0; round < rounds; round += 1) {
    const times: number[] = [];
    for (const query of corpus.queries) {
      began = performance.now();
      const found = await candidate.find(query, SHOWN);
      times.push(performance.now() - began);
      if (round === 0) top.push(found);
    }
    p95s.push(percentile(times, 95));
    medians.push(median(times));
  }
  if (wanted === 'packed' && packedTopFile !== undefined) writeFileSync(packedTopFile, JSON.stringify(top));
  const packedTop =
    packedTopFile !== undefined && existsSync(packedTopFile)
      ? (JSON.parse(readFileSync(packedTopFile, 'utf8')) as string[][])
      : null;
  // Of the first 20 results, the share both engines give (intersection over union), averaged over the queries.
  const overlap =
    packedTop === null
      ? -1
      : top.reduce((sum, found, i) => {
          const packed = new Set(packedTop[i]);
          const union = new Set([...found, ...packed]).size;
          return sum + (union === 0 ? 1 : found.filter((id) => packed.has(id)).length / union);
        }, 0) / top.length;

  log(`${kind.name}: adding 100 KB articles`);
  const adds: number[] = [];
  for (const { row, doc } of corpus.extraArticles.slice(0, Math.min(rounds, 5))) {
    began = performance.now();
    await candidate.addArticle(row, doc);
    adds.push(performance.now() - began);
  }
  candidate.dispose();
  if (candidate instanceof SqliteCandidate) candidate.removeFile();

  log(`${kind.name}: quality sets`);
  const generated = await quality(kindFor, qualityCorpus, qualityQueries);
  const realText = await quality(kindFor, real, realSet);

  emit({ bench: `${name}.stored_mb`, value: round(stored.bytes / 1e6), unit: 'MB', what: stored.what });
  emit({
    bench: `${name}.cold_ready_ms`,
    value: round(median(cold)),
    unit: 'ms',
    runs: cold.length,
    runs_ms: cold.map((ms) => round(ms)).join(' '),
    what: 'a new engine from the stored data (in memory) to the first query answered',
  });
  emit({
    bench: `${name}.query_p95_ms`,
    value: round(median(p95s)),
    unit: 'ms',
    runs: rounds,
    queries: corpus.queries.length,
    median_ms: round(median(medians)),
    top20_overlap_with_packed: round(overlap, 3),
  });
  emit({ bench: `${name}.add_100kb_ms`, value: round(median(adds)), unit: 'ms', runs: adds.length });
  emit({
    bench: `${name}.recall`,
    value: round(generated.recall, 3),
    unit: 'fraction',
    queries: generated.queries,
    precision: round(generated.precision, 3),
    ranked_precision: round(generated.rankedPrecision, 3),
  });
  emit({
    bench: `${name}.precision`,
    value: round(generated.precision, 3),
    unit: 'fraction',
    queries: generated.queries,
  });
  emit({
    bench: `${name}.real_recall`,
    value: round(realText.recall, 3),
    unit: 'fraction',
    queries: realText.queries,
    precision: round(realText.precision, 3),
    ranked_precision: round(realText.rankedPrecision, 3),
  });
  emit({
    bench: `${name}.real_precision`,
    value: round(realText.precision, 3),
    unit: 'fraction',
    queries: realText.queries,
  });
  emit({ bench: `${name}.load_average`, value: load(), unit: 'ratio', at_start: loadAtStart });
}

await main();
