// reader.open_1mb_ms: from asking for a 1 MB article (in the library, hash changed) to the
// first frame painted with its content. Baseline, same page and run: opening the small welcome
// article the same way.
// reader.find_1mb_ms: from typing a common word into find to the first frame painted with all
// matches highlighted. Baseline, same page and run: a plain indexOf scan counting the word in
// the article's text.

import type { Browser, Page } from '@playwright/test';
import { largeDoc, seedArticles } from '../e2e/support/seedArticles';
import { median, round, type Benchmark } from './harness';
import { timeOpenToMark } from './openArticle';

const ARTICLE_PAINTED_MARK = 'hamish:article-painted';
const FIND_PAINTED_MARK = 'hamish:find-painted';
const COMMON_WORD = 'على';
const LARGE_TITLE = 'مقالة من مليون حرف';

interface Opened {
  page: Page;
  close(): Promise<void>;
  largeId: string;
  welcomeId: string;
}

/** A fresh profile with the welcome article and a 1 MB article in the library. */
async function libraryWithLargeArticle(browser: Browser, baseUrl: string): Promise<Opened> {
  const context = await browser.newContext({ locale: 'ar-EG', viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/index.html`);
  await page.locator('article [data-block]').first().waitFor();
  const welcomeId = decodeURIComponent(new URL(page.url()).hash.replace('#/read/', ''));
  const [largeId] = await seedArticles(page, [{ title: LARGE_TITLE, doc: largeDoc() }]);
  return { page, close: () => context.close(), largeId: largeId!, welcomeId };
}

/** Goes to the library, then opens the article and returns the time to its painted mark. */
function timeOpen(page: Page, articleId: string): Promise<number> {
  return timeOpenToMark(page, articleId, ARTICLE_PAINTED_MARK);
}

export const readerOpen1mb: Benchmark = {
  name: 'reader.open_1mb',
  async run({ browser, baseUrl, runs }, report) {
    const opened = await libraryWithLargeArticle(browser, baseUrl);
    try {
      const large: number[] = [];
      const small: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        large.push(await timeOpen(opened.page, opened.largeId));
        small.push(await timeOpen(opened.page, opened.welcomeId));
      }
      const value = median(large);
      const baselineMs = median(small);
      report({
        bench: 'reader.open_1mb_ms',
        value: round(value),
        unit: 'ms',
        runs,
        first_ms: round(large[0]!),
        baseline: 'opening the welcome article the same way',
        baseline_ms: round(baselineMs),
        ratio: round(value / baselineMs),
        target_ms: 300,
      });
    } finally {
      await opened.close();
    }
  },
};

/** Types `query` into the find box in one input event; resolves with the time to the painted mark. */
function timeFind(page: Page, query: string): Promise<number> {
  return page.evaluate(
    async ({ query, mark }) => {
      const input = document.querySelector<HTMLInputElement>('.find-bar input')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const start = performance.now();
      setValue.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (;;) {
        const entry = performance.getEntriesByName(mark).find((candidate) => candidate.startTime > start);
        if (entry !== undefined) return entry.startTime - start;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    },
    { query, mark: FIND_PAINTED_MARK },
  );
}

export const readerFind1mb: Benchmark = {
  name: 'reader.find_1mb',
  async run({ browser, baseUrl, runs }, report) {
    const opened = await libraryWithLargeArticle(browser, baseUrl);
    const { page } = opened;
    try {
      await timeOpen(page, opened.largeId);
      await page.keyboard.press('Control+f');
      await page.locator('.find-bar input').waitFor();
      // The first query also folds the whole article once; later ones reuse it.
      const first = await timeFind(page, COMMON_WORD);
      const matches = await page.evaluate(() => CSS.highlights.get('hamish-find')?.size ?? 0);
      const times: number[] = [];
      const baselineTimes: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        await timeFind(page, '');
        times.push(await timeFind(page, COMMON_WORD));
        baselineTimes.push(
          await page.evaluate((word) => {
            const text = document.querySelector('.article-body')!.textContent ?? '';
            const start = performance.now();
            let count = 0;
            for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count += 1;
            const elapsed = performance.now() - start;
            return count > 0 ? elapsed : Number.NaN;
          }, COMMON_WORD),
        );
      }
      const value = median(times);
      const baselineMs = median(baselineTimes);
      report({
        bench: 'reader.find_1mb_ms',
        value: round(value),
        unit: 'ms',
        runs,
        matches,
        first_ms: round(first),
        baseline: 'plain indexOf count of the word in the article text',
        baseline_ms: round(baselineMs, 3),
        ratio: round(value / baselineMs),
        target_ms: 50,
      });
    } finally {
      await opened.close();
    }
  },
};
