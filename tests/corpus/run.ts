// `npm run corpus`: imports every page of Mozilla Readability's test pages and every DOMPurify
// XSS vector (alone in a file, inside an article, and pasted) through the app's own import in
// Chromium, reads every stored article back in the reader, and prints one line: pages imported,
// refused and hung, similarity to Readability's expected text (as measured, and with the text made
// from formulas left out on both sides: mathMarks.ts), scripts run, requests that left
// 127.0.0.1, CSP reports, and import times beside DOMParser's on the same pages. Exits non-zero
// on any hang, script, remote request or CSP report. Where the corpora are absent it says so in
// one line and exits 0. Details go to stderr and test-results/corpus/results.json.

import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { serveDirectory } from '../support/staticServer';
import { corporaFolder, corporaPresent, readPages, readVectors, type CorpusPage, type Vector } from './corpora';
import {
  chooseFiles,
  dismissFinished,
  importMarks,
  keepBoth,
  openApp,
  outcomes,
  pasteHtml,
  readBack,
  settled,
  storedBodies,
  type JobOutcome,
} from './drive';
import { observe, type Observations } from './observe';
import { markedTexts, unmarked, withoutFormulas } from './mathMarks';
import { similarity } from './similarity';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
const RESULTS = path.join(REPOSITORY, 'test-results/corpus');
/** Beyond the app's own time budget (15 s and more per page): a batch where no job finishes for this long is hung. */
const PAGE_WAIT_MS = 120_000;

const log = (line: string) => process.stderr.write(`corpus: ${line}\n`);

interface PageResult {
  readonly name: string;
  readonly outcome: JobOutcome;
  readonly similarity: number;
  /** The similarity with the text made from formulas left out on both sides (mathMarks.ts). */
  readonly withoutFormulas: number;
  /** Whether the page's formulas were marked (its marked text, unmarked, is the stored text). */
  readonly marked: boolean;
  /** Whether the import made any text from formulas on this page. */
  readonly hasFormulas: boolean;
  readonly importMs: number | null;
  readonly parseMs: number;
}

const quantile = (values: readonly number[], q: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/** In a page outside the app: each page's expected text (block by block) and DOMParser's time on its source. */
async function references(browser: Browser, pages: readonly CorpusPage[]) {
  const context = await browser.newContext();
  const blank = await context.newPage();
  const result = new Map<string, { expectedText: string; expectedWithoutMath: string; parseMs: number }>();
  for (const corpusPage of pages) {
    result.set(
      corpusPage.name,
      await blank.evaluate(
        ({ source, expected }) => {
          const blocks = new Set(
            'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table td th tr ul'.split(
              ' ',
            ),
          );
          const doc = new DOMParser().parseFromString(expected, 'text/html');
          for (const element of doc.body.querySelectorAll('*')) {
            if (!blocks.has(element.localName)) continue;
            element.before('\n');
            element.append('\n');
          }
          const runs: number[] = [];
          for (let run = 0; run < 3; run += 1) {
            const before = performance.now();
            new DOMParser().parseFromString(source, 'text/html');
            runs.push(performance.now() - before);
          }
          const expectedText = doc.body.textContent ?? '';
          // Readability's expected text keeps a formula's MathML elements; left out, the text
          // to compare with the import's own text without its formulas (mathMarks.ts).
          for (const math of doc.body.querySelectorAll('math')) math.replaceWith(' ');
          const expectedWithoutMath = doc.body.textContent ?? '';
          return { expectedText, expectedWithoutMath, parseMs: runs.sort((a, b) => a - b)[1]! };
        },
        { source: corpusPage.source, expected: corpusPage.expected },
      ),
    );
  }
  await context.close();
  return result;
}

async function freshApp(
  browser: Browser,
  origin: string,
): Promise<{ page: Page; seen: Observations; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const seen = await observe(context, origin);
  const page = await context.newPage();
  await openApp(page, origin);
  return { page, seen, close: () => context.close() };
}

async function importPages(browser: Browser, origin: string, pages: readonly CorpusPage[]) {
  const app = await freshApp(browser, origin);
  const results: { name: string; outcome: JobOutcome; importMs: number | null }[] = [];
  for (const corpusPage of pages) {
    const name = `${corpusPage.name}.html`;
    await chooseFiles(app.page, [{ name, html: corpusPage.source }]);
    let done = await settled(app.page, PAGE_WAIT_MS);
    let [outcome] = await outcomes(app.page);
    const duplicate = outcome?.status === 'duplicate';
    if (duplicate) {
      await keepBoth(app.page);
      done = await settled(app.page, PAGE_WAIT_MS);
      [outcome] = await outcomes(app.page);
    }
    const marks = await importMarks(app.page);
    results.push({
      name: corpusPage.name,
      outcome: outcome ?? { label: name, status: 'unsettled', error: null, articleId: null },
      importMs:
        !duplicate && outcome?.status === 'done' && marks.start !== null && marks.stored !== null
          ? marks.stored - marks.start
          : null,
    });
    if (!done) break; // A hung import blocks the queue: the rest would only wait behind it.
    await dismissFinished(app.page);
  }
  const bodies = await storedBodies(app.page);
  const stored = results.flatMap((result) => (result.outcome.articleId === null ? [] : [result.outcome.articleId]));
  const unread = await readBack(app.page, stored);
  await app.close();
  return { results, bodies, unread, seen: app.seen };
}

const inArticle = (vector: Vector) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Vector ${vector.index} inside an article</title></head>
<body><header><p>Site header</p></header><main><article>
<h1>Vector ${vector.index} inside an article</h1>
<p>This article carries test vector number ${vector.index} between its paragraphs, the way a page saved from the web could carry hostile markup in the middle of its text. Nothing in it may run.</p>
${vector.payload}
<p>The paragraph after the vector goes on with ordinary prose, long enough that the article reads as one, with commas, clauses and sentences, so that the extraction keeps it.</p>
<p>A third paragraph closes the article about vector ${vector.index}, so that the text around the payload is the same each time and the payload is what differs.</p>
</article></main></body></html>`;

async function importVectors(
  browser: Browser,
  origin: string,
  vectors: readonly Vector[],
  mode: 'file' | 'article' | 'paste',
) {
  const app = await freshApp(browser, origin);
  let refusedInDialog = 0;
  if (mode === 'paste') {
    for (const vector of vectors) {
      const refusal = await pasteHtml(app.page, vector.payload, `Vector ${vector.index}`, `Vector ${vector.index}`);
      if (refusal !== null) refusedInDialog += 1;
    }
  } else {
    await chooseFiles(
      app.page,
      vectors.map((vector) => ({
        name: `vector-${vector.index}.html`,
        html: mode === 'file' ? vector.payload : inArticle(vector),
      })),
    );
  }
  await settled(app.page, PAGE_WAIT_MS);
  const lines = await outcomes(app.page);
  const stored = lines.flatMap((line) => (line.articleId === null || line.status !== 'done' ? [] : [line.articleId]));
  const unread = await readBack(app.page, stored);
  await app.close();
  return { lines, unread, refusedInDialog, seen: app.seen };
}

function hung(outcome: JobOutcome): boolean {
  return outcome.status === 'unsettled' || outcome.error === 'too-slow';
}

async function main(): Promise<void> {
  const folder = corporaFolder();
  if (!corporaPresent(folder)) {
    process.stdout.write(`corpus: no corpora at ${folder} (set HAMISH_CORPORA to their folder); nothing checked\n`);
    return;
  }
  // CORPUS_SAMPLE=n checks only the first n pages and vectors (a quick look while working).
  const sample = Number(process.env['CORPUS_SAMPLE'] ?? Infinity);
  // CORPUS_PAGES=name,name checks only those pages (and the vectors CORPUS_SAMPLE leaves).
  const named = process.env['CORPUS_PAGES']?.split(',') ?? null;
  const [allPages, vectors] = (await Promise.all([readPages(folder), readVectors(folder)])).map((list) =>
    list.slice(0, sample),
  ) as [CorpusPage[], Vector[]];
  const pages = named === null ? allPages : (await readPages(folder)).filter((page) => named.includes(page.name));
  // CORPUS_APP: another build of the renderer to check (default: this repository's own build).
  const server = await serveDirectory(process.env['CORPUS_APP'] ?? path.join(REPOSITORY, 'out/renderer'), 0);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const started = Date.now();
  try {
    const reference = await references(browser, pages);
    log(`${pages.length} pages: importing by file`);
    const pageRun = await importPages(browser, server.origin, pages);
    log(`${pages.length} pages: marking what the import makes from formulas`);
    const marked = await markedTexts(browser, server.origin, pages);
    const pageResults: PageResult[] = pageRun.results.map(({ name, outcome, importMs }) => {
      const body = outcome.articleId === null ? undefined : pageRun.bodies.get(outcome.articleId);
      const { expectedText, expectedWithoutMath, parseMs } = reference.get(name)!;
      const score = (text: string, expected: string) =>
        body === undefined ? 0 : Math.max(similarity(text, expected), similarity(`${body.title}\n${text}`, expected));
      const asMeasured = score(body?.text ?? '', expectedText);
      const markedText = marked.get(name)?.text;
      // The same text, block boundaries aside: a file's import drops an image it cannot keep
      // (its caption stays), which the frame's answer still has as a block of its own.
      const isMarked =
        body !== undefined &&
        markedText !== undefined &&
        unmarked(markedText).replace(/\n/g, '') === body.text.replace(/\n/g, '');
      const hasFormulas = isMarked && markedText !== unmarked(markedText);
      return {
        name,
        outcome,
        similarity: asMeasured,
        withoutFormulas: hasFormulas ? score(withoutFormulas(markedText), expectedWithoutMath) : asMeasured,
        marked: isMarked,
        hasFormulas,
        importMs,
        parseMs,
      };
    });
    const vectorRuns = [];
    // CORPUS_VECTORS=file,paste runs only those (a quick look while working).
    const modes = (process.env['CORPUS_VECTORS'] ?? 'file,article,paste').split(',').filter(Boolean);
    for (const mode of (['file', 'article', 'paste'] as const).filter((candidate) => modes.includes(candidate))) {
      log(`${vectors.length} vectors: ${mode}`);
      vectorRuns.push({ mode, ...(await importVectors(browser, server.origin, vectors, mode)) });
    }

    const imported = pageResults.filter((result) => result.outcome.status === 'done');
    const refused = pageResults.filter((result) => result.outcome.status === 'failed' && !hung(result.outcome));
    const pagesHung = pageResults.filter((result) => hung(result.outcome)).length + (pages.length - pageResults.length);
    const vectorsHung = vectorRuns.reduce(
      (sum, run) =>
        sum + run.lines.filter(hung).length + Math.max(0, vectors.length - run.refusedInDialog - run.lines.length),
      0,
    );
    const summary = (measure: (result: PageResult) => number) => {
      const scores = pageResults.map(measure);
      while (scores.length < pages.length) scores.push(0);
      const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
      const low = pageResults.filter((result) => measure(result) < 0.95);
      return {
        low,
        text: `median ${quantile(scores, 0.5).toFixed(3)} mean ${mean.toFixed(4)} min ${Math.min(...scores).toFixed(3)} (${low.length} below 0.95)`,
      };
    };
    const asMeasured = summary((result) => result.similarity);
    const noFormulas = summary((result) => result.withoutFormulas);
    const withFormulas = pageResults.filter((result) => result.hasFormulas).length;
    const unmarkedPages = pageResults.filter((result) => result.outcome.status === 'done' && !result.marked);
    const runs = [pageRun, ...vectorRuns];
    const scripts = runs.flatMap((run) => run.seen.scripts);
    const remote = runs.flatMap((run) => run.seen.remoteRequests);
    const csp = runs.flatMap((run) => (run.seen.cspReports.length > 0 ? run.seen.cspReports : run.seen.cspConsole));
    const unread = runs.reduce((sum, run) => sum + run.unread.length, 0);
    const importTimes = imported.flatMap((result) => (result.importMs === null ? [] : [result.importMs]));
    const parseTimes = imported.map((result) => result.parseMs);
    const vectorSummary = vectorRuns
      .map(
        (run) =>
          `${run.mode} ${run.lines.filter((line) => line.status === 'done').length} added` +
          (run.refusedInDialog > 0 ? ` (${run.refusedInDialog} refused by the dialog)` : ''),
      )
      .join(', ');

    for (const result of refused) log(`refused: ${result.name} (${result.outcome.error})`);
    for (const result of asMeasured.low)
      log(
        `below 0.95: ${result.name} ${result.similarity.toFixed(3)} (formulas left out: ${result.withoutFormulas.toFixed(3)})`,
      );
    for (const result of unmarkedPages) log(`formulas not marked: ${result.name}`);
    for (const line of [...new Set(csp)].slice(0, 20)) log(`CSP: ${line}`);
    for (const line of scripts.slice(0, 20)) log(`script: ${line}`);
    for (const line of remote.slice(0, 20)) log(`remote request: ${line}`);
    await mkdir(RESULTS, { recursive: true });
    await writeFile(
      path.join(RESULTS, 'results.json'),
      JSON.stringify(
        { pages: pageResults, vectors: vectorRuns.map(({ mode, lines }) => ({ mode, lines })), scripts, remote, csp },
        null,
        1,
      ),
    );

    process.stdout.write(
      [
        `corpus: pages ${imported.length}/${pages.length} imported, ${refused.length} refused, ${pagesHung} hung`,
        `similarity as measured ${asMeasured.text}`,
        `with the text made from formulas left out (${withFormulas} pages have formulas${unmarkedPages.length > 0 ? `, ${unmarkedPages.length} could not be marked` : ''}) ${noFormulas.text}`,
        `vectors ${vectors.length}×3 (${vectorSummary}) ${vectorsHung} hung`,
        `scripts run ${scripts.length}, remote requests ${remote.length}, CSP reports ${csp.length}, not read back ${unread}`,
        `import median ${round(quantile(importTimes, 0.5))} ms p95 ${round(quantile(importTimes, 0.95))} ms, DOMParser median ${round(quantile(parseTimes, 0.5), 1)} ms p95 ${round(quantile(parseTimes, 0.95), 1)} ms (median ratio ${round(quantile(importTimes, 0.5) / quantile(parseTimes, 0.5), 1)})`,
        `${round((Date.now() - started) / 1000)} s`,
      ].join('; ') + '\n',
    );
    if (pagesHung + vectorsHung + scripts.length + remote.length + csp.length + unread > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
