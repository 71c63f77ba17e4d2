// A 1 MB article (about 3,500 paragraphs of generated Arabic with headings) opens, scrolls to
// its end, and finds a common word; and a whole reading session sends nothing anywhere. How
// long it takes is measured by `npm run bench` (reader.open_1mb_ms), not asserted here.

import { expect, test } from './fixtures';
import { bidiDoc } from './support/readerDocs';
import { docOf, largeDoc, seedArticles } from './support/seedArticles';

test('a 1 MB article opens, scrolls to its end and finds a common word', async ({ app, page }) => {
  test.setTimeout(60_000);
  const doc = largeDoc();
  await app.open('?lang=en');
  await app.article.waitFor();
  await seedArticles(page, [{ title: 'مقالة من مليون حرف', doc }]);
  await page.goto(`${app.baseUrl}/index.html?lang=en#/`);
  await app.libraryList.waitFor();

  await app.libraryList.getByRole('link', { name: 'مقالة من مليون حرف' }).click();
  await expect(app.block(0)).toBeVisible();
  await expect(app.articleBody.locator('[data-block]')).toHaveCount(doc.blocks.length);
  await expect(app.block(1)).toHaveCSS('content-visibility', 'auto');

  await page.keyboard.press('End');
  await expect(app.block(doc.blocks.length - 1)).toBeInViewport();

  await page.keyboard.press('Control+f');
  await app.findBox.fill('على');
  // The current match is the first one from where the reader is: near the end.
  await expect(app.findStatus).toHaveText(/^[\d,]+ of [\d,]{4,}$/);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('hamish-find')?.size)).toBeGreaterThan(1000);
});

test('reading sends no request anywhere: no remote image, no link followed, only bundled files', async ({
  app,
  page,
}) => {
  const text = 'صورة من الشبكة ورابط إليها.';
  const doc = docOf([
    ...bidiDoc().blocks,
    { kind: 'image', text: '', src: 'https://images.example.com/photo.jpg', alt: 'صورة' },
    { kind: 'image', text: '', src: '//images.example.com/relative.jpg', alt: 'صورة أخرى' },
    {
      kind: 'paragraph',
      text,
      marks: [
        { type: 'link', start: text.indexOf('رابط'), end: text.indexOf('رابط') + 4, href: 'https://example.com/' },
      ],
    },
  ]);
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'بلا شبكة', doc }]);
  await app.read(id!);

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+f');
  await app.findBox.fill('Apple');
  await page.keyboard.press('Escape');
  await app.contentsButton.click();
  await page.keyboard.press('Escape');
  await app.articleBody.getByRole('link', { name: 'رابط' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await app.settingsButton.click();
  await app.setting('Font').selectOption('sans');
  await app.setting('Theme').selectOption('dark');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.evaluate(() => document.fonts.ready);

  // Newly used font faces and views loaded on first use (the settings dialog is a chunk of its
  // own) may come from the app's own bundle; nothing else is requested.
  const origin = new URL(app.baseUrl).origin;
  expect(requests.filter((url) => !(url.startsWith(`${origin}/assets/`) && /\.(woff2?|js)$/.test(url)))).toEqual([]);
  expect(app.offMachineRequests()).toEqual([]);
});
