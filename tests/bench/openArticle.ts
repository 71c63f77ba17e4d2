// Opening an article as a user does (from the library, by its link's hash) and timing it to a
// performance mark the app sets, optionally until the next frame is drawn after that mark.

import type { Page } from '@playwright/test';

export async function timeOpenToMark(
  page: Page,
  articleId: string,
  mark: string,
  untilNextFrame = false,
): Promise<number> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.locator('.library-list').waitFor();
  return page.evaluate(
    async ({ articleId, mark, untilNextFrame }) => {
      const start = performance.now();
      window.location.hash = `#/read/${encodeURIComponent(articleId)}`;
      for (;;) {
        const entry = performance.getEntriesByName(mark).find((candidate) => candidate.startTime > start);
        if (entry !== undefined) {
          if (!untilNextFrame) return entry.startTime - start;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return performance.now() - start;
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    },
    { articleId, mark, untilNextFrame },
  );
}
