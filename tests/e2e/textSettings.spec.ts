// Text settings in the reader: a toolbar button opens a popover of the reading settings that
// previews every change on the article while it stays open, sits in the article's margin
// instead of over its text (at 1280, 1000, 900 and 800 px, beside the text at 800; a sheet at
// the bottom at 700), in both UI languages, and closes with Escape, giving
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

async function openNews(app: HamishApp, page: Page, lang: 'en' | 'ar', width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
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

// Narrower windows. From 880 px the reader keeps a 16.5rem column at its inline end for the
// margin notes, which the popover takes when it opens (it covers notes, never text): at 1000
// and 900 px it is in that margin. Below 880 px there is no such column and the margin is too
// narrow: the reader keeps room for the popover and the article moves over (and narrows where it
// must) while it is open, at 800 px. In every case the text runs beside it, never under it, and
// is back in its place once it closes.
for (const width of [1000, 900, 800] as const) {
  for (const lang of ['en', 'ar'] as const) {
    test(`at ${width} px the popover covers none of the text, which makes room for it where it must (${lang} UI)`, async ({
      app,
      page,
    }) => {
      await openNews(app, page, lang, width);
      const names = NAMES[lang];
      const closed = (await app.article.boundingBox())!;
      // Is the article's own margin narrower than a 15rem popover and its two gaps?
      const margin = lang === 'en' ? width - (closed.x + closed.width) : closed.x;
      const makesRoom = margin < 240 + 24;
      expect(makesRoom).toBe(width === 800);
      await page.getByRole('button', { name: names.button }).click();
      const dialog = page.getByRole('dialog', { name: names.dialog });
      await expect(dialog).toBeVisible();
      const box = (await dialog.boundingBox())!;
      // Still the popover it is at 1280 px: 15rem wide at least, below the toolbar, at the
      // interface's inline end (the right in English, the left in Arabic).
      expect(box.width).toBeGreaterThanOrEqual(240);
      if (lang === 'en') expect(box.x + box.width).toBeGreaterThan(width - 20);
      else expect(box.x).toBeLessThan(20);
      await expect
        .poll(async () => (await textRects(app.article)).filter((rect) => intersects(box, rect)).length)
        .toBe(0);
      expect((await textRects(app.article)).length).toBeGreaterThan(10);
      if (makesRoom) expect(await app.article.boundingBox()).not.toEqual(closed);
      // Scrolled, and after a larger size (which lays the text out again beside it): still clear.
      await page.mouse.move(lang === 'en' ? 200 : width - 200, 500);
      await page.mouse.wheel(0, 600);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      expect((await textRects(app.article)).filter((rect) => intersects(box, rect))).toEqual([]);
      await dialog.getByLabel(names.size).fill('24');
      await expect.poll(() => app.article.evaluate((article) => getComputedStyle(article).fontSize)).toBe('24px');
      expect((await textRects(app.article)).filter((rect) => intersects(box, rect))).toEqual([]);
      await dialog.getByLabel(names.size).fill('20');
      await expect.poll(() => app.article.evaluate((article) => getComputedStyle(article).fontSize)).toBe('20px');
      // Escape closes it, gives the focus back, and the article is back in its place.
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: names.button })).toBeFocused();
      await expect.poll(async () => (await app.article.boundingBox())!.x).toBe(closed.x);
      expect((await app.article.boundingBox())!.width).toBe(closed.width);
    });
  }
}

// Below a 30rem column beside it, the popover is a sheet along the window's bottom edge: the text
// above it keeps its whole lines (none runs under it at its ends), and the line at the top stays.
for (const lang of ['en', 'ar'] as const) {
  test(`at 700 px the popover is a sheet at the bottom, under whole lines of text (${lang} UI)`, async ({
    app,
    page,
  }) => {
    await openNews(app, page, lang, 700);
    const names = NAMES[lang];
    const closed = (await app.article.boundingBox())!;
    const button = page.getByRole('button', { name: names.button });
    await button.click();
    const dialog = page.getByRole('dialog', { name: names.dialog });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    const toolbarBottom = await page.evaluate(
      () => document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom,
    );
    // Across the window, on its bottom edge, and low: at most 45% of its height.
    expect(box.x).toBeLessThan(20);
    expect(box.x + box.width).toBeGreaterThan(680);
    expect(box.y + box.height).toBeGreaterThan(800 - 20);
    expect(box.height).toBeLessThanOrEqual(800 * 0.45 + 1);
    // The article did not move, and the text above the sheet is all there: its lines keep their
    // ends, and enough of them show to see a change.
    expect(await app.article.boundingBox()).toEqual(closed);
    const above = (await textRects(app.article)).filter((rect) => rect.top >= toolbarBottom && rect.bottom <= box.y);
    expect(above.length).toBeGreaterThanOrEqual(5);
    expect(above.filter((rect) => intersects(box, rect))).toEqual([]);
    // A change previews on the text above it.
    await dialog.getByLabel(names.size).fill('24');
    await expect.poll(() => app.article.evaluate((article) => getComputedStyle(article).fontSize)).toBe('24px');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
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
