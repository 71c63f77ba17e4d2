// Search in a real browser: the worker under the CSP, the index stored in IndexedDB and
// rebuilt when it must be, results grouped and marked, and a hit revealed in the reader.
// Highlights and notes have no UI yet: they are seeded straight into the database.

import type { Locator } from '@playwright/test';
import { articleRow, docOf } from '../support/search/rows';
import { createTextGenerator } from '../bench/generate';
import { loadCorpus } from '../search/corpus';
import { expect, test } from './fixtures';
import { ARABIC_NAMES, SearchPanel } from './models/SearchPanel';
import { TestHarness } from './models/TestHarness';
import { seedRows, storedSearchIndex } from './seed';
import { docsScreenshot } from './support/docsScreenshot';

const marksIn = (results: Locator) => results.locator('mark').allInnerTexts();

test('Ctrl+K finds «المُخابَرات» typed plainly, marks the word as written and opens the article there, painted', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  const search = new SearchPanel(page);
  await page.keyboard.press('Control+k');
  await expect(search.box).toBeFocused();
  await page.keyboard.type('المخابرات');

  const result = search.articles.getByRole('link');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Welcome to Hamish');
  expect(await marksIn(search.articles)).toEqual(['المُخابَرات', 'المخابرات']);

  await result.click();
  await expect(page).toHaveURL(/#\/read\/[^?]+\?at=\d+-\d+$/);
  await expect.poll(() => search.paintedHit()).toEqual(['المُخابَرات']);
  // The hit is scrolled into view.
  const hitTop = await page.evaluate(
    () => ([...CSS.highlights.get('hamish-search-hit')!][0] as Range).getBoundingClientRect().top,
  );
  expect(hitTop).toBeGreaterThan(0);
  expect(hitTop).toBeLessThan(800);
});

test('a misspelt word shows the results for the word one letter away and says so; marks alone or a pasted page get a clear message', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  const search = new SearchPanel(page);
  await search.box.click();

  await search.search('المخابرت ');
  await expect(search.articles.getByRole('link')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Showing results for' })).toContainText('المخابرات');

  await search.search('ًٌٍَُّ ـــ \u200f؟');
  await expect(page.getByText('Nothing to search for: type letters or digits.')).toBeVisible();
  await expect(search.articles.getByRole('link')).toHaveCount(0);

  await search.search(`المخابرات ${'كلمة '.repeat(2_000)}`);
  await expect(page.getByText('Only the first 256 characters of what you typed are searched.')).toBeVisible();
});

test.describe('on a library with notes and highlights', () => {
  test.beforeEach(async ({ app, page }) => {
    await app.open('?lang=en');
    await expect(app.article).toBeVisible();
    const corpus = loadCorpus();
    await seedRows(page, corpus);
    await page.reload();
  });

  test('groups notes, highlights and articles, each a link, snippets in their own direction', async ({ page }) => {
    const search = new SearchPanel(page);
    await search.box.click();
    await search.search('مكتبة الاسكندرية');
    await expect(search.notes.getByRole('link')).toHaveCount(1);
    await expect(search.highlights.getByRole('link')).toHaveCount(1);
    await expect(search.articles.getByRole('link')).toHaveCount(1);
    expect(await marksIn(search.highlights)).toEqual(['مكتبة', 'الإسكندرية']);
    await expect(search.notes.locator('.search-snippet')).toHaveCSS('direction', 'rtl');

    await search.search('typography');
    await expect(search.notes.getByRole('link')).toHaveCount(1);
    await expect(search.notes.locator('.search-snippet')).toHaveCSS('direction', 'ltr');
    expect(await marksIn(search.notes)).toEqual(['Typography']);
  });

  test('quoted phrases keep their order, several words must all match, the last one may be unfinished', async ({
    page,
  }) => {
    const search = new SearchPanel(page);
    await search.box.click();
    await search.search('"الحرب الباردة"');
    await expect(search.articles.getByRole('link')).toHaveCount(1);
    expect(await marksIn(search.articles)).toEqual(expect.arrayContaining(['الحرب الباردة']));
    await search.search('"الإسكندرية مكتبة"');
    await expect(page.getByText('Nothing found.')).toBeVisible();
    await search.search('KGB برل');
    await expect(search.articles.getByRole('link')).toHaveCount(1);
    await expect(search.notes).toHaveCount(0);
  });

  test('filters by type, colour, tag and article', async ({ page }) => {
    const search = new SearchPanel(page);
    await search.box.click();
    await search.search('المخابرات');
    await expect(search.notes.getByRole('link')).toHaveCount(1);
    await expect(search.highlights.getByRole('link')).toHaveCount(1);
    await expect(search.articles.getByRole('link')).toHaveCount(2); // a1 and the welcome article

    await search.filter('type').selectOption({ label: 'Highlights' });
    await expect(search.highlights.getByRole('link')).toHaveCount(1);
    await expect(search.notes).toHaveCount(0);
    await expect(search.articles).toHaveCount(0);

    await search.filter('type').selectOption({ label: 'Everything' });
    await search.filter('color').selectOption({ label: 'Blue' });
    await expect(page.getByText('Nothing found.')).toBeVisible();
    await search.filter('color').selectOption({ label: 'Yellow' });
    // The note rides on its yellow highlight.
    await expect(search.highlights.getByRole('link')).toHaveCount(1);
    await expect(search.notes.getByRole('link')).toHaveCount(1);
    await expect(search.articles).toHaveCount(0);

    await search.filter('color').selectOption({ label: 'Any colour' });
    await search.filter('tag').selectOption({ label: 'سياسة' });
    await expect(search.articles.getByRole('link')).toHaveCount(1);
    await search.filter('tag').selectOption({ label: 'Any tag' });
    await search.filter('article').selectOption({ label: 'Welcome to Hamish' });
    await expect(search.articles.getByRole('link')).toHaveCount(1);
    await expect(search.articles.getByRole('link')).toContainText('Welcome to Hamish');
    await expect(search.notes).toHaveCount(0);
  });

  test('a highlight result opens its article at the highlight', async ({ page }) => {
    const search = new SearchPanel(page);
    await search.box.click();
    await search.search('الاستقلال صديقي');
    await search.highlights.getByRole('link').click();
    await expect.poll(() => search.paintedHit()).toEqual(['سألني صديقي سؤالًا عن معنى الاستقلال']);
  });

  test('/ goes to the box; Escape closes the results, then empties the box, and leaves the reader alone', async ({
    app,
    page,
  }) => {
    const search = new SearchPanel(page);
    await expect(app.article).toBeVisible();
    await page.locator('body').click();
    await page.keyboard.press('/');
    await expect(search.box).toBeFocused();
    await page.keyboard.type('برلين');
    await expect(search.notes).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(search.notes.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search.notes).toBeHidden();
    await expect(search.box).toHaveValue('برلين');
    await page.keyboard.press('Escape');
    await expect(search.box).toHaveValue('');
    await expect(app.article).toBeVisible();
  });
});

test('a corrupt stored index is rebuilt with a progress bar, then loaded as stored', async ({ app, page }) => {
  // Building and then storing the index of 400 articles takes a while on a busy machine (storing
  // alone took from 5 to over 60 s at a load of 20 to 35 on two cores).
  test.setTimeout(300_000);
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  await expect.poll(async () => (await storedSearchIndex(page))?.whole, { timeout: 60_000 }).toBe(true);
  const stored = await storedSearchIndex(page);

  // Enough text that building takes a moment: 400 articles of about 8 KB.
  const generator = createTextGenerator(6);
  const articles = Array.from({ length: 400 }, (_, i) => ({
    row: articleRow(`bulk-${i}`, `مقالة رقم ${i}`),
    doc: docOf(...generator.paragraphs(8_000)),
  }));
  articles[123]!.doc = docOf('فقرة فيها كلمة زنجبيل النادرة.');
  await seedRows(page, {
    articles,
    searchIndex: [{ key: stored!.key, data: '{"layout":1,"analyzer":1,"generation":', updatedAt: 1 }],
  });
  await page.reload();

  const search = new SearchPanel(page);
  await expect(search.progress).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Building the search index' })).toBeVisible();
  await expect(search.progress).toBeHidden({ timeout: 120_000 });
  await search.box.click();
  await search.search('زنجبيل');
  await expect(search.articles.getByRole('link')).toHaveCount(1);
  await expect(search.articles.getByRole('link')).toContainText('مقالة رقم 123');
  // The rebuilt index is stored right after it is built, in parts and then its manifest.
  await expect.poll(async () => (await storedSearchIndex(page))?.whole, { timeout: 120_000 }).toBe(true);

  await page.reload();
  await search.box.click();
  await search.search('زنجبيل');
  // Loading the stored index takes a moment on a busy machine; it never rebuilds.
  await expect(search.articles.getByRole('link')).toHaveCount(1, { timeout: 60_000 });
  await expect(search.progress).toHaveCount(0);
});

test('a disk too full to store the index keeps the previous one, says so, and stores it once space returns', async ({
  app,
  page,
  context,
}) => {
  // Indexing 60 articles, a refused write, two reloads and a second write: slow on a busy machine.
  test.setTimeout(300_000);
  // A small quota, set before the origin first stores anything (as faults.spec does).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.baseUrl).origin, quotaSize: 5_000_000 });
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  await expect.poll(async () => (await storedSearchIndex(page))?.whole, { timeout: 60_000 }).toBe(true);
  const previous = await storedSearchIndex(page);

  // Articles the index does not know yet (written past the app, so it finds them when it next
  // starts), then the rest of the disk filled: the index that holds them cannot be stored.
  const generator = createTextGenerator(8);
  const articles = Array.from({ length: 60 }, (_, i) => ({
    row: articleRow(`full-${i}`, `مقالة رقم ${i}`),
    doc: docOf(...generator.paragraphs(8_000)),
  }));
  articles[17]!.doc = docOf('فقرة فيها كلمة زنجبيل النادرة.');
  await seedRows(page, { articles });
  const harness = await new TestHarness(await context.newPage(), app.baseUrl).open();
  expect(await harness.call('fillStorage')).toBeGreaterThan(1_000_000);

  await page.reload();
  const search = new SearchPanel(page);
  const warning = page.getByRole('status').filter({ hasText: 'not enough storage space to save the search index' });
  await expect(warning).toHaveText(
    'There is not enough storage space to save the search index. Search works as before; it will be saved once space is freed.',
    { timeout: 120_000 },
  );
  // Search goes on over the index in memory, and the stored one is the previous one, whole.
  await search.box.click();
  await search.search('زنجبيل');
  await expect(search.articles.getByRole('link')).toHaveCount(1);
  await expect(search.articles.getByRole('link')).toContainText('مقالة رقم 17');
  expect(await storedSearchIndex(page)).toEqual(previous);

  // Space comes back: the next start loads the previous index, catches up and stores it.
  await harness.call('freeStorage');
  await page.reload();
  await expect
    .poll(async () => await storedSearchIndex(page), { timeout: 120_000 })
    .toEqual({ key: previous!.key, whole: true, articles: previous!.articles + 60 });
  await expect(warning).toHaveCount(0);
  await search.box.click();
  await search.search('زنجبيل');
  await expect(search.articles.getByRole('link')).toHaveCount(1);
});

test.describe('Arabic UI', () => {
  test.use({ locale: 'ar-EG' });

  test('names the box, groups and filters in Arabic, and the results read right to left', async ({ app, page }) => {
    await app.open();
    await expect(app.article).toBeVisible();
    const search = new SearchPanel(page, ARABIC_NAMES);
    await search.box.click();
    await search.search('احمد');
    await expect(search.articles.getByRole('link')).toHaveCount(1);
    expect(await marksIn(search.articles)).toEqual(['أحمد', 'احمد']);
    for (const name of ['type', 'color', 'tag', 'article'] as const) await expect(search.filter(name)).toBeVisible();
    await expect(page.getByRole('region', { name: 'نتائج البحث' })).toHaveCSS('direction', 'rtl');
    await search.search('المخابرت ');
    await expect(page.getByRole('status').filter({ hasText: 'تُعرض نتائج' })).toContainText('المخابرات');
    await search.search('ـــًٌ');
    await expect(page.getByText('لا شيء للبحث عنه')).toBeVisible();
    await search.search('احمد');
    await docsScreenshot(page, test.info(), 'search-ar.png');
  });
});
