// The one way browser tests reach the stored library behind the app's back: the test harness
// page (tests/harness), opened beside the app's page in the same browser context, on the same
// origin and so over the same IndexedDB. Reads are polled, so their harness page is kept for
// the context; a one-off write opens its own page and closes it, so nothing is left open beside
// a page a benchmark then measures.

import type { BrowserContext, Page } from '@playwright/test';
import { TestHarness } from '../models/TestHarness';

const kept = new WeakMap<BrowserContext, Promise<TestHarness>>();

/** The app's origin: the page's own, or the suite's server before the page has gone anywhere. */
function originOf(page: Page): string {
  const url = new URL(page.url());
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  const base = process.env['HAMISH_BASE_URL'];
  if (base === undefined) throw new Error('the page is not on the app origin and HAMISH_BASE_URL is not set');
  return base;
}

/** A harness page in the page's browser context, opened once and kept for reads. */
export function harnessBeside(page: Page): Promise<TestHarness> {
  const context = page.context();
  let harness = kept.get(context);
  if (harness === undefined) {
    harness = context.newPage().then((opened) => new TestHarness(opened, originOf(page)).open());
    kept.set(context, harness);
  }
  return harness;
}

/** Runs one write through a harness page of its own, closed afterwards. */
export async function withHarness<T>(page: Page, work: (harness: TestHarness) => Promise<T>): Promise<T> {
  const harness = await new TestHarness(await page.context().newPage(), originOf(page)).open();
  try {
    return await work(harness);
  } finally {
    await harness.page.close();
  }
}
