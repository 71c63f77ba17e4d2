// The foundation in a real browser: the built renderer loads under the CSP, the welcome
// article reads right-to-left in Arabic and left-to-right in English, data and settings
// survive a reload, and nothing leaves 127.0.0.1 (checked by the `app` fixture).

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { docsScreenshot } from './support/docsScreenshot';

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

/** A blank page on the app's origin, where a test prepares IndexedDB before the app first runs there. */
async function openBlankPageAtAppOrigin(app: { baseUrl: string }, page: Page): Promise<void> {
  await page.route(`${app.baseUrl}/setup`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>setup</title>' }),
  );
  await page.goto(`${app.baseUrl}/setup`);
}

test('a library saved by a newer version is refused with a clear message and left untouched', async ({ app, page }) => {
  // Make a "future" database at our origin before the app ever runs there.
  await openBlankPageAtAppOrigin(app, page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hamish', 9990);
        request.onupgradeneeded = () => request.result.createObjectStore('future').put('kept', 'row');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await app.open('?lang=en');
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of Hamish');
  const after = await page.evaluate(
    () =>
      new Promise<{ version: number; row: unknown }>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('future').objectStore('future').get('row');
          get.onsuccess = () => {
            resolve({ version: db.version, row: get.result });
            db.close();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(after).toEqual({ version: 9990, row: 'kept' });
});

test.describe('a library the start-up read accepts but that will not open', () => {
  // At this schema's version, past its first run, with settings and articles the early read
  // can read — but a store whose key no longer matches the schema, so Dexie cannot open it.
  // The library is painted from the early read first; the failed open must then replace it.
  async function makeDamagedLibrary(app: { baseUrl: string }, page: Page): Promise<void> {
    await openBlankPageAtAppOrigin(app, page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('hamish', 30);
          request.onupgradeneeded = () => {
            const db = request.result;
            db.createObjectStore('settings', { keyPath: 'key' }).put({
              key: 'welcomeSeeded',
              value: true,
              updatedAt: 1,
            });
            const articles = db.createObjectStore('articles', { keyPath: 'id' });
            articles.createIndex('createdAt', 'createdAt');
            articles.put({
              id: 'kept',
              title: 'Kept as it was',
              createdAt: 1,
              deletedAt: null,
              archivedAt: null,
              tags: [],
            });
            db.createObjectStore('highlights', { keyPath: 'other' });
          };
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
  }

  async function storedState(page: Page): Promise<{ version: number; stores: string[]; article: unknown }> {
    return page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('hamish');
          request.onsuccess = () => {
            const db = request.result;
            const get = db.transaction('articles').objectStore('articles').get('kept');
            get.onsuccess = () => {
              resolve({ version: db.version, stores: [...db.objectStoreNames].sort(), article: get.result });
              db.close();
            };
          };
          request.onerror = () => reject(request.error);
        }),
    );
  }

  test('shows why in English and leaves the library as it was', async ({ app, page }) => {
    await makeDamagedLibrary(app, page);
    const before = await storedState(page);
    await page.goto(`${app.baseUrl}/index.html?lang=en#/`);
    await expect(page.getByRole('alert')).toContainText(
      'Something went wrong while opening your library. Nothing has been changed.',
    );
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await storedState(page)).toEqual(before);
  });

  test('shows why in Arabic, right to left', async ({ app, page }) => {
    await makeDamagedLibrary(app, page);
    await page.goto(`${app.baseUrl}/index.html?lang=ar#/`);
    await expect(page.getByRole('alert')).toContainText('حدث خطأ أثناء فتح مكتبتك. لم يتغيّر شيء.');
    await expect.poll(() => app.htmlDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});
