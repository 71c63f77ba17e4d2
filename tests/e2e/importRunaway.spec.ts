// Pages that once froze the app, and a conversion that never ends. Form controls named after
// the DOM's own links (`parentElement`, `nextElementSibling`, `parentNode`) sent the import's
// tree walk and Readability round in circles; every import path is tried with them. Then a
// conversion that never ends is simulated by serving the extraction frame a script that loops
// as soon as it is asked to convert, the way a library caught by some page would: the window
// stays responsive, Cancel works, the time budget ends the import with a clear message in the
// UI language, nothing is stored, and the next import works.

import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { readRows } from './support/highlightRows';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => path.join(FIXTURES, name);

const PARAGRAPH =
  'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين خلال العام المقبل.';

/** The extraction frame's script, replaced by one that connects and then never answers. */
const LOOPING_FRAME_SCRIPT = `addEventListener('message', (event) => {
  const port = event.ports[0];
  port.onmessage = () => { for (;;) {} };
  port.postMessage({ type: 'ready' });
});`;

async function loopConversions(page: Page): Promise<void> {
  await page.route('**/assets/extraction-*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: LOOPING_FRAME_SCRIPT }),
  );
}

const storedTitles = async (page: Page) =>
  (await readRows<{ title: string }>(page, 'articles')).map((row) => row.title).sort();

async function pasteHtml(app: HamishApp, html: string, plain: string): Promise<void> {
  await app.importButton.click();
  await app.pasteText.focus();
  await app.pasteText.evaluate(
    (box, data) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/html', data.html);
      clipboard.setData('text/plain', data.plain);
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
  await app.titleBox.fill('نموذج');
  await app.addToLibrary.click();
}

test('pages whose form controls are named after the tree’s links import, by file and by paste', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  await app.open('?lang=en');
  await app.importFiles([
    fixture('clobber-parent-element.html'),
    fixture('clobber-next-sibling.html'),
    fixture('clobber-parent-node-article.html'),
  ]);
  await app.importsSettled();
  await expect(app.importJob('clobber-parent-element.html')).toContainText('Added');
  await expect(app.importJob('clobber-next-sibling.html')).toContainText('Added');
  const article = app.importJob('clobber-parent-node-article.html');
  await expect(article).toContainText('Added: “The library reopens”');
  await article.getByRole('link', { name: 'Open' }).click();
  // Readability ran (the page reads as an article) and kept every paragraph.
  await expect(app.article.locator('p')).toHaveCount(7);
  await expect(app.article).toContainText('The last paragraph closes the article.');
  await page.keyboard.press('Escape');

  await pasteHtml(
    app,
    `<div><form><input name="parentElement"><input name="parentNode">${PARAGRAPH}</form></div>`,
    PARAGRAPH,
  );
  await expect(app.importJob('Pasted text')).toContainText('Added: “نموذج”');
});

test('a conversion that never ends: the window stays responsive, the budget ends it, nothing is stored, and the next import works', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await app.open('?lang=en');
  // The first run stores the welcome article and opens it.
  await expect(app.article).toBeVisible();
  const before = await storedTitles(page);
  await loopConversions(page);
  await app.importFiles([{ name: 'loops.html', mimeType: 'text/html', buffer: Buffer.from(`<p>${PARAGRAPH}</p>`) }]);
  const job = app.importJob('loops.html');
  await expect(job).toContainText('Converting');
  // The app's own thread is free while the frame loops: it paints the next frame, and the job is
  // still converting when it does.
  const statusAtNextFrame = await page.evaluate(
    () =>
      new Promise<string | undefined>((resolve) =>
        requestAnimationFrame(() => resolve(document.querySelector<HTMLElement>('.import-job')?.dataset['status'])),
      ),
  );
  expect(statusAtNextFrame).toBe('working');
  await app.openSettings();
  await page.keyboard.press('Escape');
  await expect(app.settingsDialog).toBeHidden();
  await expect(job).toHaveText(/This page could not be read in time\. Nothing was added\./, { timeout: 60_000 });
  await expect(job).not.toContainText('Not added');
  expect(await storedTitles(page)).toEqual(before);

  await page.unroute('**/assets/extraction-*.js');
  await app.importFiles([{ name: 'after.html', mimeType: 'text/html', buffer: Buffer.from(`<p>${PARAGRAPH}</p>`) }]);
  await expect(app.importJob('after.html')).toContainText('Added');
});

test('Cancel stops a conversion that never ends at once, and the next import works', async ({ app, page }) => {
  test.setTimeout(90_000);
  await app.open('?lang=en');
  // The first run stores the welcome article and opens it.
  await expect(app.article).toBeVisible();
  const before = await storedTitles(page);
  await loopConversions(page);
  await pasteHtml(app, `<p>${PARAGRAPH}</p>`, PARAGRAPH);
  await expect(app.importJob('Pasted text')).toContainText('Converting');
  // Dispatched on the button itself: a click by position could land on the Dismiss button that
  // takes its place once the import has ended.
  await app.imports.getByRole('button', { name: 'Cancel' }).dispatchEvent('click');
  await expect(app.importJob('Pasted text')).toContainText('Cancelled; nothing was stored.');
  expect(await storedTitles(page)).toEqual(before);

  await page.unroute('**/assets/extraction-*.js');
  await app.importFiles([{ name: 'after.html', mimeType: 'text/html', buffer: Buffer.from(`<p>${PARAGRAPH}</p>`) }]);
  await expect(app.importJob('after.html')).toContainText('Added');
});

test('in Arabic, a conversion that never ends is reported in Arabic', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open('?lang=ar');
  await loopConversions(page);
  await page.getByRole('button', { name: 'استيراد', exact: true }).click();
  await page
    .getByLabel('اختر ملفات')
    .setInputFiles({ name: 'loops.html', mimeType: 'text/html', buffer: Buffer.from(`<p>${PARAGRAPH}</p>`) });
  const job = page
    .getByRole('region', { name: 'عمليات الاستيراد' })
    .getByRole('listitem')
    .filter({ hasText: 'loops.html' });
  await expect(job).toContainText('تعذّرت قراءة هذه الصفحة في الوقت المتاح. لم يُضَف شيء.', { timeout: 60_000 });
});
