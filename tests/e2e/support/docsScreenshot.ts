// Screenshots for docs/: every run takes them (they show the page renders), but only
// `npm run screenshots` (UPDATE_DOCS_SCREENSHOTS=1) writes them into docs/, so a test run
// leaves the work tree as it found it. Otherwise they go to the test's output folder.

import path from 'node:path';
import type { Page, PageScreenshotOptions, TestInfo } from '@playwright/test';

const DOCS_DIR = path.resolve(import.meta.dirname, '../../../docs');

export async function docsScreenshot(
  page: Page,
  testInfo: TestInfo,
  fileName: string,
  options: Omit<PageScreenshotOptions, 'path'> = {},
): Promise<void> {
  const target =
    process.env['UPDATE_DOCS_SCREENSHOTS'] === '1' ? path.join(DOCS_DIR, fileName) : testInfo.outputPath(fileName);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ ...options, path: target });
}
