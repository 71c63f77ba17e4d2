// The reading position to the line: reopening an article lands on the paragraph and the line
// that were at the top, also when the page is reloaded right after a quick scroll (well before
// the reader's once-a-second save). The top line is measured here independently
// of the app: from the boxes of the text of the first block below the toolbar.

import type { Page } from '@playwright/test';
import { blockStartOffsets } from '../../renderer/article/canonicalText';
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
});
