// Reading settings: every control applies at once to the open article, survives a reload,
// and a damaged stored value falls back to its default without stopping the reader.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { withHarness } from './support/harnessPage';
import type { HamishApp } from './models/HamishApp';
import { bidiDoc } from './support/readerDocs';
import { seedArticles } from './support/seedArticles';

async function openBidi(app: HamishApp, page: Page): Promise<void> {
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'إعدادات القراءة', doc: bidiDoc() }]);
  await app.read(id!);
}

async function articleLook(app: HamishApp) {
  return app.article.evaluate((article) => {
    const style = getComputedStyle(article);
    const paragraph = getComputedStyle(article.querySelector('[data-block="0"]')!);
    return {
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      fontFamily: style.fontFamily,
      width: Math.round(article.getBoundingClientRect().width),
      align: paragraph.textAlign,
      theme: document.documentElement.dataset['theme'] ?? 'system',
    };
  });
}

/** A setting row put as it is, past the app's checks (a value out of range, say). */
function writeRawSetting(page: Page, key: string, value: unknown): Promise<void> {
  return withHarness(page, (harness) => harness.call('putRows', { settings: [{ key, value, updatedAt: Date.now() }] }));
}

test('defaults: Naskh at 20px, line height 1.8, start-aligned, following the system theme', async ({ app, page }) => {
  await openBidi(app, page);
  const look = await articleLook(app);
  expect(look).toMatchObject({ fontSize: '20px', lineHeight: '36px', align: 'start', theme: 'system' });
  expect(look.fontFamily).toContain('Hamish Naskh');
});

test('each reading setting applies live and is kept after a reload', async ({ app, page }) => {
  await openBidi(app, page);
  const before = await articleLook(app);
  await app.settingsButton.click();
  await app.setting('Font').selectOption('sans');
  await app.setting('Font size').fill('24');
  await app.setting('Line height').fill('2');
  await app.setting('Width').fill('50');
  await app.setting('Alignment').selectOption('justify');
  await app.setting('Theme').selectOption('sepia');
  // Live: the article behind the dialog has already changed.
  await expect
    .poll(() => articleLook(app))
    .toMatchObject({ fontSize: '24px', lineHeight: '48px', align: 'justify', theme: 'sepia' });
  await page.getByRole('button', { name: 'Close' }).click();
  const after = await articleLook(app);
  expect(after.fontFamily).toContain('Hamish Sans Arabic');
  expect(after.width).not.toBe(before.width);

  await page.reload();
  await app.article.locator('[data-block]').first().waitFor();
  expect(await articleLook(app)).toEqual(after);
  await app.settingsButton.click();
  await expect(app.setting('Font size')).toHaveValue('24');
  await expect(app.setting('Font size')).toHaveAttribute('aria-valuetext', '24 px');
  await expect(app.setting('Theme')).toHaveValue('sepia');
});

test('+ and - change the text size, within limits, and the change is stored', async ({ app, page }) => {
  await openBidi(app, page);
  await page.keyboard.press('+');
  await expect.poll(async () => (await articleLook(app)).fontSize).toBe('21px');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(async () => (await articleLook(app)).fontSize).toBe('19px');
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('-');
  await expect.poll(async () => (await articleLook(app)).fontSize).toBe('14px');
  await page.reload();
  await app.article.locator('[data-block]').first().waitFor();
  expect((await articleLook(app)).fontSize).toBe('14px');
});

test('damaged stored settings fall back to their defaults and the article still opens', async ({ app, page }) => {
  await openBidi(app, page);
  await writeRawSetting(page, 'readerFontSize', 500);
  await writeRawSetting(page, 'readerLineHeight', 'tall');
  await writeRawSetting(page, 'theme', 'purple');
  await writeRawSetting(page, 'readerFont', null);
  await page.reload();
  await app.article.locator('[data-block]').first().waitFor();
  const look = await articleLook(app);
  expect(look).toMatchObject({ fontSize: '20px', lineHeight: '36px', theme: 'system' });
  expect(look.fontFamily).toContain('Hamish Naskh');
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('the reading settings are labelled in Arabic', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    const dialog = page.getByRole('dialog');
    for (const label of ['الخط', 'حجم الخط', 'تباعد الأسطر', 'عرض السطر', 'المحاذاة', 'المظهر']) {
      await expect(dialog.getByLabel(label, { exact: true })).toBeVisible();
    }
    await expect(dialog.getByRole('group', { name: 'القراءة', exact: true })).toBeVisible();
  });
});
