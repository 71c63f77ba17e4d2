// Text settings in the reader: a toolbar button opens a popover of the reading settings that
// previews every change on the article while it stays open, sits in the article's margin
// instead of over its text (at 1280×800, in both UI languages), and closes with Escape, giving
// the focus back to its button without leaving the article.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Block } from '../../renderer/article/types';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { docOf, seedArticles } from './support/seedArticles';

/** Real Arabic news paragraphs, enough to fill the window with text on every side. */
function newsDoc() {
  const file = path.resolve(import.meta.dirname, '../fixtures/search/real/articles.json');
  const { articles } = JSON.parse(readFileSync(file, 'utf8')) as { articles: { blocks: string[] }[] };
  const blocks = articles.slice(0, 3).flatMap((article) => article.blocks);
  return docOf(blocks.map((text): Block => ({ kind: 'paragraph', text, dir: 'auto' })));
}

const NAMES = {
  en: { button: 'Text settings', dialog: 'Text settings', size: 'Font size', align: 'Alignment', theme: 'Theme' },
  ar: { button: 'إعدادات النص', dialog: 'إعدادات النص', size: 'حجم الخط', align: 'المحاذاة', theme: 'المظهر' },
} as const;

async function openNews(app: HamishApp, page: Page, lang: 'en' | 'ar'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open(`?lang=${lang}`);
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'خطة إنقاذ جديدة', doc: newsDoc() }]);
  await app.read(id!, `?lang=${lang}`);
}

/** The rectangles of the article's text on screen: the title's and every visible block's lines. */
function textRects(article: Locator) {
  return article.evaluate((element) => {
    const rects: { left: number; right: number; top: number; bottom: number }[] = [];
    const range = document.createRange();
    for (const block of element.querySelectorAll('h1, [data-block]')) {
      range.selectNodeContents(block);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.bottom > 0 && rect.top < window.innerHeight) rects.push(rect.toJSON());
      }
    }
    return rects;
  });
}

function intersects(
  a: { x: number; y: number; width: number; height: number },
  b: { left: number; right: number; top: number; bottom: number },
): boolean {
  return a.x < b.right && b.left < a.x + a.width && a.y < b.bottom && b.top < a.y + a.height;
}

for (const lang of ['en', 'ar'] as const) {
  test(`the popover does not cover the article text at 1280×800 (${lang} UI)`, async ({ app, page }) => {
    await openNews(app, page, lang);
    const names = NAMES[lang];
    await page.getByRole('button', { name: names.button }).click();
    const dialog = page.getByRole('dialog', { name: names.dialog });
    await expect(dialog).toBeVisible();
    // Its first control has the focus: the keyboard goes on from the button into the settings.
    await expect(dialog.getByRole('combobox').first()).toBeFocused();
    const box = (await dialog.boundingBox())!;
    const rects = await textRects(app.article);
    // Enough text on screen for the check to mean something (the article's header, since tonight,
    // leaves about twenty lines below it at this size).
    expect(rects.length).toBeGreaterThan(10);
    const covered = rects.filter((rect) => intersects(box, rect));
    expect(covered, `the popover ${JSON.stringify(box)} covers article text`).toEqual([]);
    // Scrolled down, the text under the toolbar still runs beside it, not under it.
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expect((await textRects(app.article)).filter((rect) => intersects(box, rect))).toEqual([]);
  });
}

test('each change previews live on the article while the popover stays open', async ({ app, page }) => {
  await openNews(app, page, 'en');
  const look = () =>
    app.article.evaluate((article) => ({
      fontSize: getComputedStyle(article).fontSize,
      align: getComputedStyle(article.querySelector('[data-block="0"]')!).textAlign,
      theme: document.documentElement.dataset['theme'] ?? 'system',
    }));
  expect(await look()).toEqual({ fontSize: '20px', align: 'start', theme: 'system' });
  await page.getByRole('button', { name: 'Text settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Text settings' });
  await dialog.getByLabel('Font size').fill('26');
  await expect.poll(look).toMatchObject({ fontSize: '26px' });
  await dialog.getByLabel('Alignment').selectOption('justify');
  await expect.poll(look).toMatchObject({ align: 'justify' });
  await dialog.getByLabel('Theme').selectOption('dark');
  await expect.poll(look).toMatchObject({ theme: 'dark' });
  await expect(dialog).toBeVisible();
  // The alignment's help says why ragged is the default.
  await expect(dialog.getByLabel('Alignment')).toHaveAccessibleDescription(/cannot stretch Arabic letters/);
  // And the Settings dialog shows the same stored values.
  await page.keyboard.press('Escape');
  await app.settingsButton.click();
  await expect(app.setting('Font size')).toHaveValue('26');
  await expect(app.setting('Alignment')).toHaveValue('justify');
});

test('Escape closes the popover, gives the focus back to its button and stays in the article', async ({
  app,
  page,
}) => {
  await openNews(app, page, 'ar');
  const button = page.getByRole('button', { name: NAMES.ar.button });
  await button.click();
  const dialog = page.getByRole('dialog', { name: NAMES.ar.dialog });
  await dialog.getByLabel(NAMES.ar.size).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(app.article.locator('[data-block="0"]')).toBeVisible();
  // A second Escape is the reader's own: back to the library.
  await page.keyboard.press('Escape');
  await expect(app.article.locator('[data-block="0"]')).toBeHidden();
});
