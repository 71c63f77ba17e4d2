// Reading and writing stored rows behind the app's back, through the test harness page: what the
// app stored (any table), and highlights and notes made on an earlier version of an article.

import type { Page } from '@playwright/test';
import type { HighlightRow, NoteRow } from '../../../renderer/db/types';
import { harnessBeside, withHarness } from './harnessPage';

/** Every row of one table, as stored. */
export async function readRows<T>(
  page: Page,
  table: 'articles' | 'bodies' | 'images' | 'highlights' | 'notes',
): Promise<T[]> {
  return (await (await harnessBeside(page)).call('rows', table)) as T[];
}

export const readHighlights = (page: Page) => readRows<HighlightRow>(page, 'highlights');
export const readNotes = (page: Page) => readRows<NoteRow>(page, 'notes');

/** Puts rows into one table as they are, as another window or an older version would. */
export async function writeRows<T>(page: Page, table: 'highlights' | 'notes', rows: readonly T[]): Promise<void> {
  await withHarness(page, (harness) => harness.call('putRows', { [table]: rows }));
}

export const writeHighlights = (page: Page, rows: readonly HighlightRow[]) => writeRows(page, 'highlights', rows);
export const writeNotes = (page: Page, rows: readonly NoteRow[]) => writeRows(page, 'notes', rows);

/**
 * Selects canonical text by dragging the mouse over it, as a user would. Checks that the
 * selection is what was meant and drags once more if the page moved under the mouse.
 */
export async function dragSelect(page: Page, text: string, occurrence = 0): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await dragOnce(page, text, occurrence);
    const selected = await page.evaluate(() => window.getSelection()?.toString().trim() ?? '');
    if (selected === text) return;
  }
}

async function dragOnce(page: Page, text: string, occurrence: number): Promise<void> {
  const points = await page.evaluate(
    async ({ text, occurrence }) => {
      // Glyphs move when the bundled fonts arrive; measure after.
      await document.fonts.ready;
      const body = document.querySelector('.article-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at === -1) continue;
        if (seen++ < occurrence) continue;
        const first = document.createRange();
        first.setStart(node, at);
        first.setEnd(node, at + 1);
        const last = document.createRange();
        last.setStart(node, at + text.length - 1);
        last.setEnd(node, at + text.length);
        const a = first.getBoundingClientRect();
        const b = last.getBoundingClientRect();
        // From the leading edge of the first character to the trailing edge of the last one,
        // each by its own direction: a Latin word inside Arabic runs left to right.
        const rtl = (char: string) => /[\u0590-\u08FF\uFB1D-\uFEFC]/u.test(char);
        // A quarter into the glyph from the edge wanted: clearly on that character, on the right side of it.
        const leading = (r: DOMRect, right: boolean) => (right ? r.right - r.width / 4 : r.left + r.width / 4);
        const trailing = (r: DOMRect, right: boolean) => (right ? r.left + r.width / 4 : r.right - r.width / 4);
        return {
          from: { x: leading(a, rtl(text[0]!)), y: a.top + a.height / 2 },
          to: { x: trailing(b, rtl(text[text.length - 1]!)), y: b.top + b.height / 2 },
        };
      }
      throw new Error(`text not found: ${text}`);
    },
    { text, occurrence },
  );
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await page.mouse.up();
}

/** The text each range of a named CSS highlight covers. */
export async function paintedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      [...(CSS.highlights.get(name) ?? [])].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      }),
    name,
  );
}
