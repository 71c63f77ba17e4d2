// Markup that the old lexical pre-pass misread — a <noscript> (markup, not raw text, when no
// script runs), raw-text element names inside SVG and MathML, CDATA — carried styles, <base>
// and handlers past it, and Chromium reported each as a CSP violation while parsing the page.
// Pages are now parsed as they are, in the extraction frame under its own policy; the `app`
// fixture fails the test on any violation, in the app's page or in the frame.

import path from 'node:path';
import { expect, test } from './fixtures';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/import/csp-misreads.html');

test('a page the old pre-pass misread imports with no CSP report and nothing run', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.importFiles([FIXTURE]);
  const job = app.importJob('csp-misreads.html');
  await expect(job).toContainText('Added');
  await job.getByRole('link', { name: 'Open' }).click();
  await expect(app.article).toContainText('The council approved the budget');
  expect(await page.evaluate(() => (window as { __hamishPwned?: unknown }).__hamishPwned)).toBeUndefined();
});
