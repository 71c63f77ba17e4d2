// The foundation in a real browser: the built renderer loads under the CSP, the welcome
// article reads right-to-left in Arabic and left-to-right in English, data and settings
// survive a reload, and nothing leaves 127.0.0.1 (checked by the `app` fixture).

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { docsScreenshot } from './support/docsScreenshot';
import { harnessBeside } from './support/harnessPage';

const WELCOME_TITLE_AR = 'مرحبًا بك في هامش';
const WELCOME_TITLE_EN = 'Welcome to Hamish';

test.describe('Arabic system language', () => {
  test.use({ locale: 'ar-EG' });

  test('first run opens the Arabic welcome article right-to-left in a mirrored UI', async ({ app, page }) => {
    await app.open();
    await expect(app.article).toBeVisible();
    await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE_AR);
    expect(await app.htmlDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect(app.article).toHaveAttribute('dir', 'rtl');
    await expect(app.article).toHaveCSS('direction', 'rtl');
    const firstParagraph = app.article.locator('p').first();
    await expect(firstParagraph).toHaveCSS('direction', 'rtl');
    await expect(page.getByRole('navigation', { name: 'الرئيسية' })).toBeVisible();

    // Mirrored chrome: the app name sits at the inline start, which in Arabic is the right.
    const name = await page.locator('.app-name').boundingBox();
    const settings = await page.getByRole('button', { name: 'الإعدادات' }).boundingBox();
    expect(name!.x).toBeGreaterThan(settings!.x);

    await docsScreenshot(page, test.info(), 'screenshot-ar.png');
  });

  test('a mixed Arabic/Latin paragraph keeps the paragraph right-to-left', async ({ app }) => {
    await app.open();
    const mixed = app.article.locator('p', { hasText: 'Readability' });
    await expect(mixed).toHaveCSS('direction', 'rtl');
    await expect(mixed).toHaveCSS('text-align', 'start');
  });
});

test('?lang=en gives a left-to-right English UI and the English welcome article', async ({ app, page }) => {
  await app.open('?lang=en');
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE_EN);
  expect(await app.htmlDirection()).toEqual({ lang: 'en', dir: 'ltr' });
  await expect(app.article).toHaveCSS('direction', 'ltr');
  await expect(app.mainNav.getByRole('link', { name: 'Library' })).toBeVisible();
  await expect(app.backToLibrary).toBeVisible();
  const name = await page.locator('.app-name').boundingBox();
  const settings = await app.settingsButton.boundingBox();
  expect(name!.x).toBeLessThan(settings!.x);
});

test('?lang=ar wins over an English system language', async ({ app }) => {
  await app.open('?lang=ar');
  expect(await app.htmlDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE_AR);
});

test('the library lists the welcome article as a link named by its title', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.backToLibrary.click();
  await expect(app.libraryList.getByRole('listitem')).toHaveCount(1);
  await app.libraryList.getByRole('link', { name: WELCOME_TITLE_EN }).click();
  await expect(app.article).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.libraryList).toBeVisible();
  await app.mainNav.getByRole('link', { name: 'Library' }).click();
  await expect(app.libraryList).toBeVisible();
});

test('the library survives a reload and the welcome article is added only once', async ({ app, page }) => {
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  await page.reload();
  await app.open('?lang=en#/');
  await expect(app.libraryList.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(app.libraryList.getByRole('link', { name: WELCOME_TITLE_EN })).toBeVisible();
  await expect(app.libraryList.getByRole('listitem')).toHaveCount(1);
});

test('the language chosen in Settings is applied at once and kept after a reload', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.settingsButton.click();
  await app.languageChoice.selectOption('ar');
  await expect.poll(() => app.htmlDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
  await expect(page.getByRole('button', { name: 'إغلاق' })).toBeVisible();
  await page.getByRole('button', { name: 'إغلاق' }).click();
  // The explicit choice replaced ?lang=en in the address, and it outlives a reload.
  expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  await page.reload();
  await expect.poll(() => app.htmlDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
  await expect(page.getByRole('button', { name: 'الإعدادات' })).toBeVisible();
});

test('a library saved by a newer version is refused with a clear message and left untouched', async ({ app, page }) => {
  // Make a "future" database at our origin before the app ever runs there.
  const harness = await harnessBeside(page);
  await harness.call('makeFutureLibrary');
  await app.open('?lang=en');
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of Hamish');
  expect(await harness.call('libraryShape', 'future', 'row')).toEqual({
    version: 9990,
    stores: ['future'],
    row: 'kept',
  });
});

test.describe('a library the start-up read accepts but that will not open', () => {
  // The library is painted from the early read first; the failed open must then replace it
  // (tests/harness/foreignLibraries.ts makes it).
  const storedState = async (page: Page) => (await harnessBeside(page)).call('libraryShape', 'articles', 'kept');
  const makeDamagedLibrary = async (page: Page) => (await harnessBeside(page)).call('makeDamagedLibrary');

  test('shows why in English and leaves the library as it was', async ({ app, page }) => {
    await makeDamagedLibrary(page);
    const before = await storedState(page);
    await page.goto(`${app.baseUrl}/index.html?lang=en#/`);
    await expect(page.getByRole('alert')).toContainText(
      'Something went wrong while opening your library. Nothing has been changed.',
    );
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await storedState(page)).toEqual(before);
  });

  test('shows why in Arabic, right to left', async ({ app, page }) => {
    await makeDamagedLibrary(page);
    await page.goto(`${app.baseUrl}/index.html?lang=ar#/`);
    await expect(page.getByRole('alert')).toContainText('حدث خطأ أثناء فتح مكتبتك. لم يتغيّر شيء.');
    await expect.poll(() => app.htmlDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});
