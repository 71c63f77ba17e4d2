// Reads a performance entry of a page's cold load without running the harness in the page
// while it loads. Playwright's waitForFunction, and its first evaluate in a page, put its own
// script into the page: a 25–30 ms task that a trace showed landing right after the app's
// first frame and ahead of the app's painted mark, so the mark measured Playwright as well.
// Here the page is left alone until the entry is most likely there, and then asked.

import type { Page } from '@playwright/test';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The start time of the first entry named `name` (a mark, or e.g. 'first-contentful-paint'). */
export async function entryTimeAfterLoad(
  page: Page,
  name: string,
  { settleMs = 1500, timeoutMs = 60_000 } = {},
): Promise<number> {
  await sleep(settleMs);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const time = await page.evaluate((entry) => performance.getEntriesByName(entry)[0]?.startTime ?? null, name);
    if (time !== null) return time;
    if (Date.now() > deadline) throw new Error(`no ${name} entry within ${timeoutMs} ms`);
    await sleep(100);
  }
}
