// library.bulk_delete_1000_ms — with 1,000 articles in the library (IndexedDB on disk, as the
// app's is), all selected (Ctrl+A), a click on "Delete selected" until the end of the frame that
// paints the emptied list: the time from the click (a capturing listener, before the app sees
// it) to the task right after the frame in which the empty library's message is in the DOM.
// Each run is then taken back with the undo bar's Undo. Baseline, same page and run: one
// selected article deleted the same way, by the same code path, to its list painted.

import type { Page } from '@playwright/test';
import { seedLibrary } from '../support/seedLibrary';
import { median, round, type Benchmark } from './harness';
import { startedContext } from './library.bench';

const COUNT = 1000;
const TARGET_MS = 1000;

/** The list is painted once `selector` is in the DOM (with `text` as its text, when given). */
interface Painted {
  selector: string;
  text?: string;
}

/**
 * Arms one measurement: the next click on `button` starts it, and it ends in the task after the
 * first frame painted once `done` holds. (No code is passed as a string: the app's CSP forbids eval.)
 */
async function armClickToPaint(page: Page, button: string, done: Painted): Promise<void> {
  await page.evaluate(
    ({ button, done }) => {
      // No named function in here: tsx would wrap it in a helper (__name) the page does not have.
      const state = window as unknown as { __clickToPaint?: number };
      delete state.__clickToPaint;
      let start = 0;
      const observer = new MutationObserver(() => {
        const element = document.querySelector(done.selector);
        if (start === 0 || element === null || (done.text !== undefined && element.textContent !== done.text)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (state.__clickToPaint = performance.now() - start), 0));
      });
      document.addEventListener(
        'click',
        (event) => {
          if (!(event.target instanceof Element) || event.target.closest(button) === null) return;
          start = performance.now();
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        },
        { capture: true, once: true },
      );
    },
    { button, done },
  );
}

async function takeClickToPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __clickToPaint?: number }).__clickToPaint,
    undefined,
    { timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

export const libraryBulkDelete: Benchmark = {
  name: 'library.bulk',
  async run({ browser, baseUrl, runs }, report) {
    const { context, page } = await startedContext(browser, baseUrl, true);
    try {
      await page.goto(`${baseUrl}/index.html?lang=en#/`);
      // Only the seeded articles: the welcome article goes first.
      await page
        .locator('.library-item')
        .getByRole('button', { name: /^Delete: / })
        .click();
      await page.locator('.library-empty').waitFor();
      await seedLibrary(page, { count: COUNT });
      await page.reload();
      const count = page.locator('.library-count');
      const all = `${COUNT.toLocaleString('en')} articles`;
      await count.filter({ hasText: all }).waitFor({ timeout: 60_000 });
      const deleteSelected = page.getByRole('button', { name: 'Delete selected' });
      const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
      const selectedCount = page.locator('.library-selected-count');

      const bulkMs: number[] = [];
      const oneMs: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        // Baseline: one article, selected by its checkbox.
        await page.locator('.library-item-select').first().click();
        await selectedCount.filter({ hasText: '1 article selected' }).waitFor();
        await armClickToPaint(page, '.library-selection button:nth-child(2)', {
          selector: '.library-count',
          text: `${(COUNT - 1).toLocaleString('en')} articles`,
        });
        await deleteSelected.click();
        oneMs.push(await takeClickToPaint(page));
        await undo.click();
        await count.filter({ hasText: all }).waitFor();
        await page.keyboard.press('Escape');

        // Every article.
        await page.locator('body').focus();
        await page.keyboard.press('ControlOrMeta+KeyA');
        await selectedCount.filter({ hasText: `${all} selected` }).waitFor();
        await armClickToPaint(page, '.library-selection button:nth-child(2)', { selector: '.library-empty' });
        await deleteSelected.click();
        bulkMs.push(await takeClickToPaint(page));
        await undo.click();
        await count.filter({ hasText: all }).waitFor({ timeout: 60_000 });
        await page.keyboard.press('Escape');
        // Nothing selected: the count is empty, and an empty paragraph is never "visible".
        await selectedCount.filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
      }
      const value = median(bulkMs);
      const baseline = median(oneMs);
      report({
        bench: 'library.bulk_delete_1000_ms',
        value: round(value),
        unit: 'ms',
        runs,
        articles: COUNT,
        max_ms: round(Math.max(...bulkMs)),
        target_ms: TARGET_MS,
        baseline: 'one selected article deleted the same way, same page',
        baseline_ms: round(baseline),
        ratio: round(value / baseline),
      });
    } finally {
      await context.close();
    }
  },
};
