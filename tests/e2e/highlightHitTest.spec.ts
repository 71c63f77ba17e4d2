// Clicking a highlight (renderer/highlights/highlightAtPoint.ts): the browser's
// CSS.highlights.highlightsFromPoint where it exists (Chromium has it), else the caret position
// under the click mapped to an offset and looked up among the highlights. Both paths select the
// narrowest highlight where several overlap; the second test takes the API away before the app
// loads, as in a browser without it. Each test counts which of the two the click went through.

import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { canonicalText } from '../../renderer/article/canonicalText';
import type { HighlightColor, HighlightRow, NoteRow } from '../../renderer/db/types';
import { describeRange } from '../../renderer/highlights/quoteSelector';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { writeHighlights, writeNotes } from './support/highlightRows';
import { docOf, seedArticles } from './support/seedArticles';

const doc = docOf([
  { kind: 'paragraph', text: 'قال المتحدث باسم الوزارة إن Reuters نشرت 3 تقارير عن المخابرات هذا الأسبوع.' },
  { kind: 'paragraph', text: 'وأضاف أن التحقيق مستمر منذ عام 2024، وأن النتائج ستُعلن قريبًا.' },
]);
const canonical = canonicalText(doc);
const hash = createHash('sha256').update(canonical).digest('hex');

interface HitCounts {
  fromPoint: number;
  caret: number;
}

/** Counts calls of the two hit-testing paths; with `removeFromPoint`, the API is gone first. */
async function countHitTests(page: Page, removeFromPoint: boolean): Promise<void> {
  await page.addInitScript((remove) => {
    const counts = { fromPoint: 0, caret: 0 };
    (window as unknown as { hitCounts: HitCounts }).hitCounts = counts;
    const registry = HighlightRegistry.prototype as unknown as Record<string, unknown>;
    const fromPoint = registry['highlightsFromPoint'] as ((...args: unknown[]) => unknown) | undefined;
    if (remove) delete registry['highlightsFromPoint'];
    else if (fromPoint !== undefined)
      registry['highlightsFromPoint'] = function (this: unknown, ...args: unknown[]) {
        counts.fromPoint += 1;
        return fromPoint.apply(this, args);
      };
    const caret = Document.prototype.caretPositionFromPoint;
    Document.prototype.caretPositionFromPoint = function (this: Document, ...args: Parameters<typeof caret>) {
      counts.caret += 1;
      return caret.apply(this, args);
    };
  }, removeFromPoint);
}

const hitCounts = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { hitCounts: HitCounts }).hitCounts }));

function row(articleId: string, id: string, quote: string, color: HighlightColor): HighlightRow {
  const at = canonical.indexOf(quote);
  return {
    id,
    articleId,
    ...describeRange(canonical, at, at + quote.length),
    color,
    contentHash: hash,
    extractionVersion: doc.extractionVersion,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
  };
}

/** The article with a wide yellow highlight and a narrow purple one inside it, the narrow one with a note. */
async function openWithOverlap(app: HamishApp, page: Page): Promise<void> {
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'تظليل متداخل', doc }]);
  await writeHighlights(page, [
    row(id!, 'wide', 'نشرت 3 تقارير عن المخابرات', 'yellow'),
    row(id!, 'narrow', 'تقارير', 'purple'),
  ]);
  const note: NoteRow = {
    id: 'note',
    articleId: id!,
    highlightId: 'narrow',
    text: 'ملاحظة',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
  };
  await writeNotes(page, [note]);
  await app.read(id!);
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('hamish-purple')?.size ?? 0)).toBe(1);
}

/** The middle of the character `index` code units into the first occurrence of `text`. */
async function pointIn(page: Page, text: string, index: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ text, index }) => {
      const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at + index);
        range.setEnd(node, at + index + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`not found: ${text}`);
    },
    { text, index },
  );
}

async function clickAndReadColor(app: HamishApp, page: Page, text: string, index: number): Promise<string | null> {
  const { x, y } = await pointIn(page, text, index);
  await page.mouse.click(x, y);
  const editor = page.getByRole('dialog', { name: 'Highlight' });
  await expect(editor).toBeVisible();
  const pressed = editor.locator('button[aria-pressed="true"]');
  await expect(pressed).toHaveCount(1);
  const name = await pressed.getAttribute('aria-label');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  return name;
}

test('a click asks the browser which highlights are painted under it, and selects the narrowest', async ({
  app,
  page,
}) => {
  await countHitTests(page, false);
  await openWithOverlap(app, page);
  expect(
    await page.evaluate(() => typeof (CSS.highlights as unknown as Record<string, unknown>)['highlightsFromPoint']),
  ).toBe('function');

  // Inside both: the narrow purple one. Inside the wide one only: yellow.
  expect(await clickAndReadColor(app, page, 'تقارير', 2)).toBe('Highlight purple');
  expect(await clickAndReadColor(app, page, 'المخابرات', 3)).toBe('Highlight yellow');
  const counts = await hitCounts(page);
  expect(counts.fromPoint).toBeGreaterThanOrEqual(2);
  expect(counts.caret).toBe(0);

  // Beside the highlights, on plain text: nothing is selected.
  const { x, y } = await pointIn(page, 'التحقيق', 2);
  await page.mouse.click(x, y);
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeHidden();
});

test('without highlightsFromPoint, the caret position under the click finds the same highlights', async ({
  app,
  page,
}) => {
  await countHitTests(page, true);
  await openWithOverlap(app, page);
  expect(await page.evaluate(() => 'highlightsFromPoint' in CSS.highlights)).toBe(false);

  expect(await clickAndReadColor(app, page, 'تقارير', 2)).toBe('Highlight purple');
  expect(await clickAndReadColor(app, page, 'المخابرات', 3)).toBe('Highlight yellow');
  const counts = await hitCounts(page);
  expect(counts.fromPoint).toBe(0);
  expect(counts.caret).toBeGreaterThanOrEqual(2);

  const { x, y } = await pointIn(page, 'التحقيق', 2);
  await page.mouse.click(x, y);
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeHidden();
});
