// library.filter_10000_ms — with 10,000 articles in the library, a key pressed in the filter box
// until the end of the frame that paints the filtered list. Keys go through Chromium's input
// pipeline (CDP), one at a time: each character of a query typed, then the box emptied again
// (Ctrl+A, Backspace), so both narrowing and widening the list are counted. The frame is asked
// for in a capturing `beforeinput` listener (Arabic letters arrive as text input, with no
// keydown), before the app sees the edit, and its end is taken in the task right after it is
// drawn. Baseline, same page and run: the same keys in a plain text box
// the app does not own (what any key costs to the next frame).

import type { Page } from '@playwright/test';
import { seedLibrary } from '../support/seedLibrary';
import { median, percentile, round, type Benchmark } from './harness';
import { startedContext } from './library.bench';

const COUNT = 10_000;
const TARGET_MS = 50;
const QUERY = 'حلب 12';

/** Arms the page: every edit in `selector` records the ms from the key to the end of the next frame. */
async function recordKeyFrames(page: Page, selector: string): Promise<void> {
  await page.evaluate((target) => {
    const times: number[] = [];
    (window as unknown as { __keyFrames: number[] }).__keyFrames = times;
    document.addEventListener(
      'beforeinput',
      (event) => {
        if (!(event.target instanceof Element) || !event.target.matches(target)) return;
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  }, selector);
}

async function typeAndClear(page: Page, selector: string): Promise<void> {
  const box = page.locator(selector);
  await box.focus();
  for (const char of QUERY) await page.keyboard.type(char);
  await page.keyboard.press('ControlOrMeta+KeyA');
  await page.keyboard.press('Backspace');
}

async function takeKeyFrames(page: Page): Promise<number[]> {
  // The last frame lands after the last key's promise: wait until every key has its figure.
  await page.waitForFunction(
    (expected) => (window as unknown as { __keyFrames: number[] }).__keyFrames.length >= expected,
    0,
  );
  return page.evaluate(() => {
    const times = (window as unknown as { __keyFrames: number[] }).__keyFrames;
    return times.splice(0, times.length);
  });
}

export const libraryFilter: Benchmark = {
  name: 'library.filter',
  async run({ browser, baseUrl, runs }, report) {
    const { context, page } = await startedContext(browser, baseUrl);
    try {
      await seedLibrary(page, { count: COUNT });
      await page.goto(`${baseUrl}/index.html?lang=en#/`);
      const count = page.locator('.library-count');
      await count.filter({ hasText: '10,001 articles' }).waitFor({ timeout: 60_000 });
      await page.evaluate(() => {
        const plain = document.createElement('input');
        plain.id = 'bench-plain-input';
        document.body.prepend(plain);
      });
      await recordKeyFrames(page, '.library-filter, #bench-plain-input');
      // Each character, and the Backspace that empties the box (Ctrl+A edits nothing).
      const keysPerRun = [...QUERY].length + 1;
      const filterMs: number[] = [];
      const baselineMs: number[] = [];
      let narrowed = '';
      for (let run = 0; run < runs; run += 1) {
        await typeAndClear(page, '#bench-plain-input');
        await page.waitForFunction(
          (n) => (window as unknown as { __keyFrames: number[] }).__keyFrames.length >= n,
          keysPerRun,
        );
        baselineMs.push(...(await takeKeyFrames(page)));

        await page.locator('.library-filter').focus();
        for (const char of QUERY) await page.keyboard.type(char);
        narrowed = (await count.textContent()) ?? '';
        await page.keyboard.press('ControlOrMeta+KeyA');
        await page.keyboard.press('Backspace');
        await count.filter({ hasText: '10,001 articles' }).waitFor();
        await page.waitForFunction(
          (n) => (window as unknown as { __keyFrames: number[] }).__keyFrames.length >= n,
          keysPerRun,
        );
        filterMs.push(...(await takeKeyFrames(page)));
      }
      const value = median(filterMs);
      const baseline = median(baselineMs);
      report({
        bench: 'library.filter_10000_ms',
        value: round(value),
        unit: 'ms',
        runs,
        keys: filterMs.length,
        articles: COUNT + 1,
        query: QUERY,
        narrowed_to: narrowed,
        p90_ms: round(percentile(filterMs, 90)),
        target_ms: TARGET_MS,
        baseline: 'the same keys in a plain text box the app does not own',
        baseline_ms: round(baseline),
        ratio: round(value / baseline),
      });
    } finally {
      await context.close();
    }
  },
};
