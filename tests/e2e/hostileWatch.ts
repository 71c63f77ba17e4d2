// What the hostile-HTML tests watch while documents are imported and read: dialogs, console
// lines carrying the corpus's marker, and every request that is not one of the app's own files.

import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { HamishApp } from './models/HamishApp';

export interface Watch {
  dialogs: string[];
  markers: string[];
  requests: string[];
}

export function watch(page: Page, app: HamishApp): Watch {
  const seen: Watch = { dialogs: [], markers: [], requests: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes('HAMISH-PWNED')) seen.markers.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    const appFile =
      url.startsWith(`${app.baseUrl}/assets/`) ||
      url.startsWith(`${app.baseUrl}/index.html`) ||
      url === `${app.baseUrl}/extraction.html`;
    if (!appFile && !url.startsWith('blob:') && !url.startsWith('data:')) seen.requests.push(url);
  });
  return seen;
}

export async function expectNothingRan(page: Page, seen: Watch): Promise<void> {
  // Give anything deferred (timers, image errors, refreshes) a chance to show itself.
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as { __hamishPwned?: unknown }).__hamishPwned),
    'window flag',
  ).toBeUndefined();
  expect(await page.evaluate(() => document.title)).toBe('Hamish');
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.markers, 'console markers').toEqual([]);
  expect(seen.requests, 'requests other than the app’s own files').toEqual([]);
}
