// Import and library benchmarks, in Chromium against the built renderer:
//
// import.html_1mb_ms — a 1 MB Arabic HTML article, chosen with the file input, until it is
//   stored and its row painted in the library (from the import's start mark to the first
//   frame after the row is in the DOM). Baseline, same run: DOMParser alone on the same HTML.
// library.first_paint_1000_ms, library.first_paint_10000_ms — a cold page load (new page,
//   nothing cached: the server sends no-store) with that many articles in the library, until
//   the list is painted. IndexedDB is on disk (a browser profile in a temporary folder), as
//   the app's is. After seeding, the app builds and stores its search index once, as a real
//   library has it, and one uncounted load follows. Baseline, same run: the same load with a
//   library of one article.
// library.heap_mb_1000 — JS heap after loading the library of 1,000 articles with their bodies
//   in the database (bodies must not be loaded), after a forced GC. Baseline: one article.

import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { storedSearchIndex } from '../e2e/seed';
import { seedLibrary } from '../support/seedLibrary';
import { arabicArticleHtml } from './articleHtml';
import { median, round, type Benchmark } from './harness';
import { entryTimeAfterLoad } from './pageEntries';

const LIBRARY_PAINTED = 'hamish:library-painted';
const IMPORT_START = 'hamish:import-start';

/**
 * A context whose app has started once (schema made, welcome article added). With `onDisk`,
 * a browser profile in a temporary folder (removed when the context closes), so IndexedDB is
 * on disk as in the real app; a plain context keeps it in memory, where opening a large store
 * costs far more (measured: 1,000 articles 363–391 ms in memory, 267 ms on disk, against
 * 202–261 ms for one article).
 */
export async function startedContext(
  browser: Browser,
  baseUrl: string,
  onDisk = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const options = { locale: 'ar-EG', viewport: { width: 1100, height: 800 } };
  let context: BrowserContext;
  if (onDisk) {
    const profile = await mkdtemp(path.join(tmpdir(), 'hamish-bench-'));
    const executablePath = chromiumExecutable();
    context = await chromium.launchPersistentContext(profile, {
      ...options,
      args: CHROMIUM_ARGS,
      ...(executablePath !== undefined ? { executablePath } : {}),
    });
    // The browser may still be writing as it closes: retried, and a leftover folder in the temporary directory is no failure.
    context.on(
      'close',
      () => void rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => undefined),
    );
  } else context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/index.html#/`);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('hamish:article-painted').length > 0 ||
      performance.getEntriesByName('hamish:library-painted').length > 0,
  );
  return { context, page };
}

/**
 * Cold loads of the library in fresh pages of `context`: ms to the list painted (the task
 * after the frame that draws it), and to the first contentful paint the browser reports
 * (when that frame is presented; in headless Chromium tens of ms later).
 */
async function libraryPaints(
  context: BrowserContext,
  baseUrl: string,
  runs: number,
): Promise<{ painted: number[]; fcp: number[] }> {
  const painted: number[] = [];
  const fcp: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/index.html#/`);
    painted.push(await entryTimeAfterLoad(page, LIBRARY_PAINTED));
    fcp.push(await entryTimeAfterLoad(page, 'first-contentful-paint', { settleMs: 0 }));
    await page.close();
  }
  return { painted, fcp };
}

async function heapAfterLibraryLoad(context: BrowserContext, baseUrl: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/index.html#/`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LIBRARY_PAINTED, {
    timeout: 60_000,
  });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize / (1024 * 1024);
}

export const libraryFirstPaint: Benchmark = {
  name: 'library',
  async run({ browser, baseUrl, runs }, report) {
    // On disk, as the app keeps its library.
    const small = await startedContext(browser, baseUrl, true);
    await libraryPaints(small.context, baseUrl, 1);
    const baselineLoads = await libraryPaints(small.context, baseUrl, runs);
    const baseline = median(baselineLoads.painted);
    const baselineHeap = await heapAfterLibraryLoad(small.context, baseUrl);
    await small.context.close();

    for (const count of [1000, 10_000]) {
      const { context, page } = await startedContext(browser, baseUrl, true);
      // Bodies are in the database, as in real use; the library must not read them.
      await seedLibrary(page, { count, bodyChars: count === 1000 ? 6000 : 1500 });
      // A real library of this size has its search index built and stored. Rows seeded past
      // the app are not in it: without this, every load would set the worker catching up on
      // all of them, and the next load would meet IndexedDB busy undoing that closed page's work.
      await page.reload();
      const indexed = Date.now();
      while (
        (await storedSearchIndex(page).then((stored) => (stored?.whole === true ? stored.articles : 0))) <
        count + 1
      ) {
        if (Date.now() - indexed > 300_000)
          throw new Error(`the search index did not take the ${count} seeded articles within 5 minutes`);
        await page.waitForTimeout(1000);
      }
      // With it the harness page the poll read through (tests/e2e/support/harnessPage.ts): no
      // other page stays open in the context while its loads are measured.
      for (const open of context.pages()) await open.close();
      // One load not counted: the store settles after the bulk write, as it has long done
      // by the time a real user with this many articles opens the app.
      await libraryPaints(context, baseUrl, 1);
      const loads = await libraryPaints(context, baseUrl, runs);
      const value = median(loads.painted);
      report({
        bench: `library.first_paint_${count}_ms`,
        value: round(value),
        unit: 'ms',
        runs,
        target_ms: count === 1000 ? 300 : 500,
        baseline: 'same load with a library of one article',
        baseline_ms: round(baseline),
        ratio: round(value / baseline),
        fcp_ms: round(median(loads.fcp)),
        baseline_fcp_ms: round(median(baselineLoads.fcp)),
      });
      if (count === 1000) {
        const heap = await heapAfterLibraryLoad(context, baseUrl);
        report({
          bench: 'library.heap_mb_1000',
          value: round(heap),
          unit: 'MB',
          runs: 1,
          baseline: 'heap with a library of one article',
          baseline_mb: round(baselineHeap),
          delta_mb: round(heap - baselineHeap),
        });
      }
      await context.close();
    }
  },
};

export const importHtml1mb: Benchmark = {
  name: 'import.html',
  async run({ browser, baseUrl, runs }, report) {
    const times: number[] = [];
    const parseTimes: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const title = `مقالة تجريبية رقم ${i}`;
      const html = arabicArticleHtml(1024 * 1024, i + 1, title);
      const { context, page } = await startedContext(browser, baseUrl);
      await page.goto(`${baseUrl}/index.html#/`);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LIBRARY_PAINTED);
      // Resolves with the time of the first frame painted after the new row is in the list.
      await page.evaluate((wanted) => {
        (window as unknown as { __listed: Promise<number> }).__listed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if ([...document.querySelectorAll('.library-item-title')].some((link) => link.textContent === wanted)) {
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      }, title);
      await page.getByRole('button', { name: 'استيراد', exact: true }).click();
      await page
        .getByLabel('اختر ملفات')
        .setInputFiles({ name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(html) });
      const listedAt = await page.evaluate(() => (window as unknown as { __listed: Promise<number> }).__listed);
      const startedAt = await page.evaluate(
        (mark) => performance.getEntriesByName(mark).at(-1)!.startTime,
        IMPORT_START,
      );
      times.push(listedAt - startedAt);
      parseTimes.push(
        await page.evaluate((source) => {
          const before = performance.now();
          new DOMParser().parseFromString(source, 'text/html');
          return performance.now() - before;
        }, html),
      );
      await context.close();
    }
    const value = median(times);
    const baseline = median(parseTimes);
    report({
      bench: 'import.html_1mb_ms',
      value: round(value),
      unit: 'ms',
      runs,
      target_ms: 500,
      baseline: 'DOMParser alone on the same HTML',
      baseline_ms: round(baseline),
      ratio: round(value / baseline),
    });
  },
};
