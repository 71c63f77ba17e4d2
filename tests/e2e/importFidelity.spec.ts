// What a page's author meant survives an import in Chromium, through the extraction frame and
// its policy (issue 20): inline styles that hide text are read, so hidden text stays out;
// formulas are kept as text; every paragraph takes the direction of its own words, wherever the
// page put `dir`; a table of contents keeps its entries and headings lose their permalink signs;
// a style sheet in the body stays out of the text and does not outscore the story.
// The unit test fidelity.test.ts converts the same fixtures in jsdom.

import path from 'node:path';
import { expect, test } from './fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const NAMES = [
  'hidden-text.html',
  'mathml.html',
  'dir-on-html.html',
  'dir-inside-article.html',
  'in-page-links.html',
  'style-sheet-in-body.html',
];

test('imported pages keep what their authors meant, and only that', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.importFiles(NAMES.map((name) => path.join(FIXTURES, name)));
  await app.importsSettled();
  await app.showAllImports();

  const open = async (name: string) => {
    const job = app.importJob(name);
    await expect(job, name).toContainText('Added');
    await job.getByRole('link', { name: 'Open' }).click();
    await expect(app.article.locator('p').first(), name).toBeVisible();
  };
  const close = async () => {
    await page.keyboard.press('Escape');
    await expect(app.article).toBeHidden();
  };

  await open('hidden-text.html');
  await expect(app.article).toContainText('Work starts in the spring. The engineers expect');
  await expect(app.article).toContainText('Found by search: the full survey report');
  await expect(app.article).not.toContainText('HIDDEN-');
  await close();

  await open('mathml.html');
  await expect(app.article).toContainText('An equation of the form a\u2062x² + b\u2062x + c = 0 is called quadratic');
  await expect(app.article).toContainText('x = (−b ± √(b² − 4\u2062a\u2062c))/(2\u2062a)');
  await expect(app.article).toContainText('as encyclopaedias do: e^(i\u2062π) + 1 = 0 is Euler');
  await expect(app.article.locator('img')).toHaveCount(0);
  await close();

  for (const name of ['dir-on-html.html', 'dir-inside-article.html']) {
    await open(name);
    const latin = app.article.locator('p', { hasText: 'Tide tables for the harbour are printed' }).first();
    const arabic = app.article.locator('p', { hasText: 'جداول المد والجزر' });
    await expect(latin, name).toHaveCSS('direction', 'ltr');
    await expect(arabic, name).toHaveCSS('direction', 'rtl');
    await close();
  }

  await open('in-page-links.html');
  for (const entry of ['History of the harbour', 'The stone pier', 'The new breakwater', 'Visiting by boat'])
    await expect(app.article.getByRole('listitem').filter({ hasText: entry }), entry).toHaveCount(1);
  await expect(app.article.getByRole('heading', { name: 'The new breakwater', exact: true })).toBeVisible();
  await expect(app.article).not.toContainText('¶');
  await expect(app.article).not.toContainText('🔗');
  await close();

  // A style sheet in the body is not text, and does not outscore the story (item 2).
  await open('style-sheet-in-body.html');
  await expect(app.article).toContainText('The report assessed poverty levels, income and wealth inequality');
  await expect(app.article).not.toContainText('font-family');
  await close();
});
