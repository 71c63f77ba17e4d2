// The article's header (title, author, site, published date, reading time, "Open original"
// through the link confirmation), the reading progress line, and the reading speeds in the
// settings that both follow (docs/reader.md, "Header" and "Reading time").

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { bidiDoc, longDoc } from './support/readerDocs';
import { seedArticles, type SeedInput } from './support/seedArticles';
import { withHarness } from './support/harnessPage';

async function openWith(app: HamishApp, page: Page, input: SeedInput, query = '?lang=en'): Promise<string> {
  await app.open(query);
  await app.article.waitFor();
  const [id] = await seedArticles(page, [input]);
  await app.read(id!, query);
  return id!;
}

const SAVED_PAGE = {
  byline: 'Jane Doe',
  siteName: 'Example Times',
  publishedAt: '2026-01-15T12:00:00.000Z',
  source: 'web',
  wordCount: 1400,
} as const;

test.describe('the article header', () => {
  test('shows author, site, date, reading time, and opens the original after a confirmation', async ({ app, page }) => {
    const target = `${app.baseUrl}/original-story?id=7`;
    await page
      .context()
      .route(target, (route) => route.fulfill({ contentType: 'text/html', body: '<title>x</title>' }));
    await openWith(app, page, { title: 'المقال', doc: bidiDoc(), meta: { ...SAVED_PAGE, sourceUrl: target } });
    const header = app.article.locator('header');
    await expect(header.getByRole('heading', { level: 1, name: 'المقال' })).toBeVisible();
    await expect(header.locator('.article-author')).toHaveText('Jane Doe');
    await expect(header.locator('.article-site')).toHaveText('Example Times');
    await expect(header.locator('time')).toHaveText('January 15, 2026');
    await expect(header.locator('time')).toHaveAttribute('datetime', '2026-01-15T12:00:00.000Z');
    // 1,400 words of Arabic at the default 140 words a minute.
    await expect(header.locator('.article-reading-time')).toHaveText('10 min read');

    const original = header.getByRole('link', { name: 'Open original' });
    await original.click();
    const dialog = page.getByRole('dialog', { name: 'Open this link in your web browser?' });
    await expect(dialog).toContainText(target);
    const popup = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    const opened = await popup;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(target);
    // The header is not part of the text: the first block is still the article's first paragraph.
    await expect(app.block(0)).toHaveText(bidiDoc().blocks[0]!.text);
  });

  test('formats the date for the Arabic UI', async ({ app, page }) => {
    await openWith(app, page, { title: 'المقال', doc: bidiDoc(), meta: SAVED_PAGE }, '?lang=ar');
    await expect(app.article.locator('header time')).toContainText('يناير');
    await expect(app.article.locator('header time')).toContainText(/2026|٢٠٢٦/);
  });

  test('an article without author, site or date shows none of them, and no empty label', async ({ app, page }) => {
    await openWith(app, page, { title: 'نص ملصق', doc: bidiDoc(), meta: { wordCount: 30 } });
    const facts = app.article.locator('header .article-facts');
    await expect(facts).toHaveText('1 min read');
    await expect(facts.locator('> *')).toHaveCount(1);
    await expect(app.article.getByRole('link', { name: 'Open original' })).toHaveCount(0);
  });

  test('a published date that is not a date shows no date, and the article opens', async ({ app, page }) => {
    await openWith(app, page, {
      title: 'تاريخ غريب',
      doc: bidiDoc(),
      meta: { siteName: 'Example Times', publishedAt: 'the day before yesterday', sourceUrl: 'javascript:alert(1)' },
    });
    const facts = app.article.locator('header .article-facts');
    await expect(facts.locator('.article-site')).toHaveText('Example Times');
    await expect(facts.locator('time')).toHaveCount(0);
    // An address that may not leave the app is not offered as the original.
    await expect(app.article.getByRole('link', { name: 'Open original' })).toHaveCount(0);
    await expect(app.block(0)).toBeVisible();
  });
});

function readStoredSetting(page: Page, key: string): Promise<unknown> {
  return withHarness(
    page,
    async (harness) => ((await harness.call('row', 'settings', key)) as { value?: unknown })?.value,
  );
}

test.describe('reading progress and speed', () => {
  test('a progress line with percent and time left follows the reading', async ({ app, page }) => {
    await openWith(app, page, { title: 'طويل', doc: longDoc(), meta: { wordCount: 2800 } });
    const progress = page.getByRole('progressbar', { name: 'Reading progress' });
    await expect(progress).toHaveAttribute('aria-valuemin', '0');
    await expect(progress).toHaveAttribute('aria-valuemax', '100');
    const start = Number(await progress.getAttribute('aria-valuenow'));
    expect(start).toBeLessThan(50);
    await expect(progress).toHaveAttribute('aria-valuetext', new RegExp(`^${start}% · \\d+ min left$`));
    await page.keyboard.press('End');
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await expect(progress).toHaveAttribute('aria-valuetext', '100% · finished');
    await expect(page.locator('.reading-progress-text')).toHaveText('100% · finished');
  });

  test('a speed outside 60–600 is refused with a message and the stored speed stays; a good one applies to reader and library', async ({
    app,
    page,
  }) => {
    const id = await openWith(app, page, { title: 'سرعة', doc: bidiDoc(), meta: { wordCount: 1400 } });
    const readingTime = app.article.locator('header .article-reading-time');
    await expect(readingTime).toHaveText('10 min read');
    await app.openSettings();
    const field = app.setting('Arabic-script articles');
    await expect(field).toHaveValue('140');
    await field.fill('700');
    await field.press('Enter');
    const refusal = app.settingsDialog.getByRole('alert');
    await expect(refusal).toHaveText(
      'A reading speed must be a whole number from 60 to 600 words a minute. It stays at 140.',
    );
    await expect(field).toHaveValue('140');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await readStoredSetting(page, 'readingSpeedArabic')).toBeUndefined();
    await field.fill('fast');
    await field.press('Enter');
    await expect(refusal).toBeVisible();
    await expect(readingTime).toHaveText('10 min read');

    await field.fill('280');
    await field.press('Enter');
    await expect(refusal).toHaveCount(0);
    await expect.poll(() => readStoredSetting(page, 'readingSpeedArabic')).toBe(280);
    await expect(readingTime).toHaveText('5 min read');
    await app.settingsDialog.getByRole('button', { name: 'Close' }).click();

    await app.gotoLibrary();
    const row = app.libraryList.locator('li').filter({ hasText: 'سرعة' });
    await expect(row).toContainText('5 min read');
    // Reloaded, the library paints the stored speed from the start.
    await page.reload();
    await expect(app.libraryList.locator('li').filter({ hasText: 'سرعة' })).toContainText('5 min read');
    expect(id).toBeTruthy();
  });

  test('in Arabic the refusal is in Arabic', async ({ app, page }) => {
    await openWith(app, page, { title: 'سرعة', doc: bidiDoc() }, '?lang=ar');
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    const field = page.getByRole('dialog').getByLabel('المقالات الأخرى', { exact: true });
    await field.fill('59');
    await field.press('Enter');
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText('سرعة القراءة عدد صحيح من ٦٠ إلى ٦٠٠');
    await expect(field).toHaveValue('230');
  });
});
