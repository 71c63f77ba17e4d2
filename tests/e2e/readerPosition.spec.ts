// The reading position to the line: reopening an article lands on the paragraph and the line
// that were at the top, also when the page is reloaded right after a quick scroll (well before
// the reader's once-a-second save). The top line is measured here independently
// of the app: from the boxes of the text of the first block below the toolbar.

import type { Page } from '@playwright/test';
import { blockStartOffsets } from '../../renderer/article/canonicalText';
import { ar } from '../../renderer/i18n/catalogs/ar';
import { en } from '../../renderer/i18n/catalogs/en';
import { expect, test } from './fixtures';
import { longDoc } from './support/readerDocs';
import { readArticleRow, seedArticles } from './support/seedArticles';

interface TopLine {
  /** The data-block index of the first block that shows below the toolbar. */
  block: number;
  /** Which of its lines (0 = first) is the first that shows below the toolbar. */
  line: number;
  /** How far that line's top is from the toolbar's bottom edge (negative: partly under it). */
  top: number;
}

/** The line at the top of the text area, in the page's current layout. */
function measureTopLine(): TopLine {
  const toolbarBottom = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
  const blocks = [...document.querySelectorAll<HTMLElement>('.article-body [data-block]')];
  const element = blocks.find((candidate) => candidate.getBoundingClientRect().bottom > toolbarBottom + 2)!;
  const range = document.createRange();
  range.selectNodeContents(element);
  // Text boxes grouped into lines by their vertical middles (a line holds Latin and Arabic
  // boxes of slightly different heights; lines are a line height apart).
  const boxes = [...range.getClientRects()].filter((rect) => rect.width > 0).sort((a, b) => a.top - b.top);
  const lines: { top: number; bottom: number; middle: number }[] = [];
  for (const box of boxes) {
    const middle = (box.top + box.bottom) / 2;
    const last = lines.at(-1);
    if (last !== undefined && Math.abs(middle - last.middle) < 8) {
      last.top = Math.min(last.top, box.top);
      last.bottom = Math.max(last.bottom, box.bottom);
    } else lines.push({ top: box.top, bottom: box.bottom, middle });
  }
  const line = Math.max(
    0,
    lines.findIndex((candidate) => candidate.bottom > toolbarBottom + 2),
  );
  return { block: Number(element.dataset['block']), line, top: Math.round(lines[line]!.top - toolbarBottom) };
}

const topLine = (page: Page) => page.evaluate(measureTopLine);

/** Scrolls so line `line` of block `block` sits `below` pixels under the toolbar (negative: partly under it). */
async function bringLineToTop(page: Page, block: number, line: number, below: number): Promise<void> {
  await page.evaluate((block) => {
    document.querySelector(`[data-block="${block}"]`)!.scrollIntoView({ block: 'center' });
  }, block);
  for (let pass = 0; pass < 8; pass += 1) {
    const delta = await page.evaluate(
      ({ block, line, below }) => {
        const toolbarBottom = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(`[data-block="${block}"]`)!);
        const tops = [...range.getClientRects()]
          .filter((rect) => rect.width > 0)
          .map((rect) => rect.top)
          .sort((a, b) => a - b);
        const lineTops = tops.filter((top, index) => index === 0 || top - tops[index - 1]! > 8);
        return lineTops[line]! - (toolbarBottom + below);
      },
      { block, line, below },
    );
    if (Math.abs(delta) < 1) return;
    await page.evaluate((by) => window.scrollBy(0, by), delta);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

/** The first paragraph at or after block `from` that has at least `lines` lines. */
async function paragraphWithLines(page: Page, from: number, lines: number): Promise<number> {
  return page.evaluate(
    ({ from, lines }) => {
      for (let index = from; ; index += 1) {
        const element = document.querySelector<HTMLElement>(`[data-block="${index}"]`)!;
        if (element.tagName !== 'P') continue;
        element.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
        if (new Set(tops.map((top) => Math.round(top / 10))).size >= lines) return index;
      }
    },
    { from, lines },
  );
}

/** A character of the article: its block and its index in the block's text. */
interface TextPoint {
  block: number;
  index: number;
}

/**
 * The first character of the line at the top of the text area (the first whose box reaches more
 * than 2 px below the toolbar), found from the boxes of the first visible block's text; measured
 * here independently of the app's own binary search.
 */
function measureTopCharacter(): TextPoint {
  const toolbarBottom = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
  const blocks = [...document.querySelectorAll<HTMLElement>('.article-body [data-block]')];
  const element = blocks.find((candidate) => candidate.getBoundingClientRect().bottom > toolbarBottom + 2)!;
  const node = element.firstChild!;
  const bottomOf = (index: number) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect().bottom;
  };
  let index = 0;
  while (index < node.textContent!.length - 1 && bottomOf(index) <= toolbarBottom + 2) index += 1;
  return { block: Number(element.dataset['block']), index };
}

/** Where character `point` is now: its box's top below the toolbar's bottom edge, and the text size. */
function placeOfCharacter(point: TextPoint): { top: number; fontSize: string } {
  const toolbarBottom = document.querySelector('.reader-toolbar')!.getBoundingClientRect().bottom;
  const element = document.querySelector<HTMLElement>(`.article-body [data-block="${point.block}"]`)!;
  const range = document.createRange();
  range.setStart(element.firstChild!, point.index);
  range.setEnd(element.firstChild!, point.index + 1);
  return {
    top: Math.round(range.getBoundingClientRect().top - toolbarBottom),
    fontSize: getComputedStyle(element).fontSize,
  };
}

const NAMES = {
  en: { button: 'Text settings', size: 'Font size', panel: en.highlights.sidebar },
  ar: { button: 'إعدادات النص', size: 'حجم الخط', panel: ar.highlights.sidebar },
} as const;

const doc = longDoc(300);

test.describe('the exact reading position', () => {
  test('reopening lands on the paragraph and the line that were at the top', async ({ app, page }) => {
    await app.open('?lang=en');
    await app.article.waitFor();
    const [id] = await seedArticles(page, [{ title: 'مقالة طويلة', doc }]);
    await app.read(id!);
    const block = await paragraphWithLines(page, 120, 5);
    // The fourth line, with a few pixels of it under the toolbar: still the top line.
    await bringLineToTop(page, block, 3, -4);
    const before = await topLine(page);
    expect(before).toMatchObject({ block, line: 3 });
    // Stored: an offset inside the paragraph (its fourth line), not the paragraph's start.
    const starts = blockStartOffsets(doc);
    await expect
      .poll(async () => {
        const offset = (await readArticleRow(page, id!))?.progressOffset ?? 0;
        return offset > starts[block]! && offset < starts[block + 1]!;
      })
      .toBe(true);

    await page.reload();
    await app.block(block).waitFor();
    await expect.poll(() => topLine(page)).toMatchObject({ block, line: 3 });
    // Restored whole: the line starts at the top of the text area, not under the toolbar.
    const after = await topLine(page);
    expect(after.top).toBeGreaterThanOrEqual(-1);
    expect(after.top).toBeLessThan(12);
  });

  test('a quick scroll just before a reload is not lost', async ({ app, page }) => {
    await app.open('?lang=en');
    await app.article.waitFor();
    const [id] = await seedArticles(page, [{ title: 'مقالة طويلة', doc }]);
    await app.read(id!);
    const block = await paragraphWithLines(page, 60, 4);
    await bringLineToTop(page, block, 2, 0);
    await expect.poll(async () => (await readArticleRow(page, id!))?.progress ?? 0).toBeGreaterThan(0);
    const saved = (await readArticleRow(page, id!))!.progressOffset;
    await expect.poll(async () => (await readArticleRow(page, id!))?.progressOffset).toBe(saved);

    // A quick scroll, and a reload as soon as the text on screen has been laid out (blocks
    // coming on screen are laid out a frame after they appear): well inside the reader's
    // once-a-second save, so only the save on unload can keep it.
    await page.evaluate((by) => window.scrollBy(0, by), Math.round(page.viewportSize()!.height * 1.7));
    let expected = await topLine(page);
    for (let pass = 0; pass < 10; pass += 1) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const now = await topLine(page);
      if (now.block === expected.block && now.line === expected.line && now.top === expected.top) break;
      expected = now;
    }
    await page.reload();
    expect(expected.block).toBeGreaterThan(block);
    await app.block(expected.block).waitFor();
    await expect
      .poll(() => topLine(page).then(({ block, line }) => ({ block, line })))
      .toEqual({
        block: expected.block,
        line: expected.line,
      });
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`a text size change keeps the line being read at the top, from the keyboard and from Text settings (${lang} UI)`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await app.open(`?lang=${lang}`);
      await app.article.waitFor();
      const [id] = await seedArticles(page, [{ title: 'مقالة طويلة', doc }]);
      await app.read(id!, `?lang=${lang}`);
      const starts = blockStartOffsets(doc);
      /** Puts line `line` of a long paragraph from `from` on at the top, once the app has measured it there. */
      const readLine = async (from: number, line: number) => {
        const block = await paragraphWithLines(page, from, line + 2);
        await bringLineToTop(page, block, line, 0);
        // The app measures the top line a frame after a scroll: wait until the position it
        // stores is inside the paragraph, past its start (the line, not the paragraph).
        await expect
          .poll(async () => {
            const offset = (await readArticleRow(page, id!))?.progressOffset ?? 0;
            return offset > starts[block]! && offset < starts[block + 1]!;
          })
          .toBe(true);
        const point = await page.evaluate(measureTopCharacter);
        expect(point.block).toBe(block);
        expect(point.index).toBeGreaterThan(0);
        return point;
      };
      /** 'on the top line' once the text size has changed from `size` and the character's line is at the top. */
      const placeOf = async (point: TextPoint, size: string) => {
        const now = await page.evaluate(placeOfCharacter, point);
        return now.fontSize !== size && now.top >= -2 && now.top < 12
          ? 'on the top line'
          : `${now.fontSize}, ${now.top} px below the toolbar`;
      };

      // A larger text (+, the physical key): the paragraph's fifth line breaks elsewhere now;
      // the character that began it begins the top line or is on it (its line starts at the
      // toolbar, not four lines below it at the paragraph's top).
      const first = await readLine(80, 4);
      expect((await page.evaluate(placeOfCharacter, first)).fontSize).toBe('20px');
      await page.keyboard.press('Equal');
      await expect.poll(() => placeOf(first, '20px')).toBe('on the top line');
      // A second step keeps the same words on top, not a line above them.
      await page.keyboard.press('Equal');
      await expect.poll(() => placeOf(first, '21px')).toBe('on the top line');

      // The same from Text settings' size slider (one step), the popover open beside the text.
      const names = NAMES[lang];
      await page.getByRole('button', { name: names.button }).click();
      const slider = page.getByRole('dialog', { name: names.button }).getByRole('slider', { name: names.size });
      await expect(slider).toBeVisible();
      const second = await readLine(160, 3);
      const size = (await page.evaluate(placeOfCharacter, second)).fontSize;
      await slider.focus();
      await slider.press('ArrowLeft');
      await expect.poll(() => placeOf(second, size)).toBe('on the top line');
    });
  }

  // The column's width changes without a setting changing: the highlights panel opening beside
  // the text at 900 px, the window resized to 800 px, Text settings making room beside it there.
  // The lines break elsewhere; the one being read stays at the top, and again when the room goes.
  for (const lang of ['en', 'ar'] as const) {
    test(`a narrower or wider column keeps the line being read at the top: the panel and Text settings beside the text (${lang} UI)`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize({ width: 900, height: 800 });
      await app.open(`?lang=${lang}`);
      await app.article.waitFor();
      const [id] = await seedArticles(page, [{ title: 'مقالة طويلة', doc }]);
      await app.read(id!, `?lang=${lang}`);
      const starts = blockStartOffsets(doc);
      const block = await paragraphWithLines(page, 80, 7);
      await bringLineToTop(page, block, 5, 0);
      await expect
        .poll(async () => {
          const offset = (await readArticleRow(page, id!))?.progressOffset ?? 0;
          return offset > starts[block]! && offset < starts[block + 1]!;
        })
        .toBe(true);
      const point = await page.evaluate(measureTopCharacter);
      expect(point.block).toBe(block);
      /** 'on the top line' once the column is not `width` px wide (any, if null) and the character's line is at the top. */
      const placeOf = async (width: number | null) => {
        const now = await page.evaluate(placeOfCharacter, point);
        const column = (await app.article.boundingBox())!.width;
        return (width === null || Math.abs(column - width) >= 1) && now.top >= -2 && now.top < 12
          ? 'on the top line'
          : `${Math.round(column)} px wide, ${now.top} px below the toolbar`;
      };
      const wide = (await app.article.boundingBox())!.width;

      // The panel (Shift+H, the physical key) narrows the column beside it, and gives it back.
      await page.keyboard.press('Shift+KeyH');
      await expect(page.getByRole('complementary', { name: NAMES[lang].panel })).toBeVisible();
      await expect.poll(() => placeOf(wide)).toBe('on the top line');
      const narrow = (await app.article.boundingBox())!.width;
      await page.keyboard.press('Shift+KeyH');
      await expect(page.getByRole('complementary', { name: NAMES[lang].panel })).toBeHidden();
      await expect.poll(() => placeOf(narrow)).toBe('on the top line');

      // Text settings at 800 px: the room kept beside it narrows the column too.
      await page.setViewportSize({ width: 800, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(800);
      // The window's resize alone can move the text (in Arabic the app bar above it wraps): the
      // line stays at the top.
      await expect.poll(() => placeOf(null)).toBe('on the top line');
      const closed = (await app.article.boundingBox())!.width;
      await page.getByRole('button', { name: NAMES[lang].button }).click();
      await expect(page.getByRole('dialog', { name: NAMES[lang].button })).toBeVisible();
      await expect.poll(() => placeOf(closed)).toBe('on the top line');
      const beside = (await app.article.boundingBox())!.width;
      await page.keyboard.press('Escape');
      await expect.poll(() => placeOf(beside)).toBe('on the top line');
    });
  }
});
