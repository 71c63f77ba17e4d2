// Highlights and margin notes in the reader, as a user makes them: by mouse and by keyboard,
// with notes, overlapping, across a Latin word in Arabic text; delete and undo; still there
// after a reload; re-anchored (or kept as orphans) when the article's text changed; exported;
// refused with a message when the disk is full.

import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { canonicalText } from '../../renderer/article/canonicalText';
import type { HighlightRow } from '../../renderer/db/types';
import { describeRange } from '../../renderer/highlights/quoteSelector';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { TestHarness } from './models/TestHarness';
import { HighlightsAndNotes } from './models/HighlightsAndNotes';
import { writeHighlights } from './support/highlightRows';
import { docOf, seedArticles } from './support/seedArticles';

const doc = docOf([
  { kind: 'heading', level: 1, text: 'تقرير' },
  { kind: 'paragraph', text: 'قال المتحدث باسم الوزارة إن Reuters نشرت 3 تقارير عن المخابرات هذا الأسبوع.' },
  { kind: 'paragraph', text: 'وأضاف أن التحقيق مستمر منذ عام 2024، وأن النتائج ستُعلن قريبًا في مؤتمر صحفي.' },
  { kind: 'paragraph', text: 'وفي بيروت قال مسؤول آخر إن الوضع هادئ تمامًا.' },
]);
const canonical = canonicalText(doc);

async function openArticle(app: HamishApp, page: Page) {
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'تقرير عن المخابرات', doc }]);
  await app.read(id!);
  await app.article.getByText('Reuters').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return id!;
}

test('select with the mouse, pick a colour: painted at once and stored with both selectors', async ({ app, page }) => {
  const marks = new HighlightsAndNotes(page);
  const id = await openArticle(app, page);
  await marks.select('التحقيق مستمر');
  await marks.colorButton('green').click();
  await expect.poll(() => marks.painted('green')).toEqual(['التحقيق مستمر']);
  await expect.poll(async () => (await marks.stored()).length).toBe(1);
  const [row] = await marks.stored();
  const start = canonical.indexOf('التحقيق مستمر');
  expect(row).toMatchObject({
    articleId: id,
    color: 'green',
    ...describeRange(canonical, start, start + 'التحقيق مستمر'.length),
    deletedAt: null,
  });
  expect(row!.contentHash).toBe(createHash('sha256').update(canonical).digest('hex'));
  // The toolbar goes away with the selection.
  await expect(marks.colorButton('green')).toBeHidden();
});

test('a selection across a Latin word inside Arabic text highlights exactly what was selected', async ({
  app,
  page,
}) => {
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  await marks.select('إن Reuters نشرت');
  await marks.colorButton('blue').click();
  await expect.poll(async () => (await marks.stored()).map((row) => row.exact)).toEqual(['إن Reuters نشرت']);
  await expect.poll(() => marks.painted('blue')).toEqual(['إن Reuters نشرت']);
});

test('keyboard: Shift+arrows select, H highlights in the last colour, N adds a note', async ({ app, page }) => {
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  // Put the caret before "وفي بيروت" with a click, then select two words with Ctrl+Shift+arrows.
  const words = app.article.getByText('وفي بيروت قال');
  const box = (await words.boundingBox())!;
  await page.mouse.click(box.x + box.width - 1, box.y + box.height / 2);
  const selected = () => page.evaluate(() => window.getSelection()!.toString().trim());
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect.poll(selected).toBe('وفي');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect.poll(selected).toBe('وفي بيروت');
  await expect(marks.selectionToolbar).toBeVisible();
  await page.keyboard.press('h');
  await expect
    .poll(async () => (await marks.stored()).map((row) => [row.exact, row.color]))
    .toEqual([['وفي بيروت', 'yellow']]);

  await marks.select('مؤتمر صحفي');
  await page.keyboard.press('n');
  const note = marks.noteBox;
  await expect(note).toBeFocused();
  await page.keyboard.type('ملاحظة: the press conference is on Monday');
  await expect
    .poll(async () => (await marks.storedNotes()).map((row) => row.text))
    .toEqual(['ملاحظة: the press conference is on Monday']);
  await expect(note).toHaveAttribute('dir', 'auto');
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect.poll(() => marks.painted('note')).toEqual(['مؤتمر صحفي']);
});

test('highlights and notes are still there after a reload, listed in reading order in the side panel', async ({
  app,
  page,
}) => {
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  await marks.select('الوضع هادئ');
  await marks.colorButton('pink').click();
  await marks.select('باسم الوزارة');
  await page.keyboard.press('n');
  await marks.writeNote('مصدر مهم');
  await expect.poll(async () => (await marks.storedNotes()).length).toBe(1);

  await page.reload();
  await app.article.getByText('Reuters').first().waitFor();
  // N used the last colour chosen, pink.
  await expect.poll(() => marks.painted('pink')).toEqual(['باسم الوزارة', 'الوضع هادئ']);
  await marks.openPanel();
  await expect(marks.panelItems).toHaveCount(2);
  await expect(marks.panelItems.first()).toContainText('باسم الوزارة');
  await expect(marks.panelItems.first()).toContainText('مصدر مهم');
  await marks.colorFilter.selectOption('green');
  await expect(marks.panelItems).toHaveCount(0);
  await marks.colorFilter.selectOption('pink');
  await expect(marks.panelItems).toHaveCount(2);
});

test('overlapping highlights both paint; clicking the overlap selects the narrower one', async ({ app, page }) => {
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  await marks.select('نشرت 3 تقارير عن المخابرات');
  await marks.colorButton('yellow').click();
  await marks.select('تقارير');
  await marks.colorButton('purple').click();
  await expect.poll(() => marks.painted('purple')).toEqual(['تقارير']);
  await expect.poll(() => marks.painted('yellow')).toEqual(['نشرت 3 تقارير عن المخابرات']);
  await app.article
    .getByText('تقارير')
    .first()
    .evaluate(() => undefined);
  await marks.clickWord('تقارير');
  const editor = marks.editor;
  await expect(editor).toBeVisible();
  await expect(marks.colorButton('purple', editor)).toHaveAttribute('aria-pressed', 'true');
});

test('delete is undoable, by the Undo button and by Ctrl+Z', async ({ app, page }) => {
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  await marks.select('النتائج ستُعلن');
  await marks.colorButton('yellow').click();
  await expect.poll(() => marks.painted('yellow')).toEqual(['النتائج ستُعلن']);
  // Painted at once, it can be chosen by a click once it is written (useHighlightClick.ts).
  await expect.poll(async () => (await marks.stored()).length).toBe(1);
  const clickHighlight = () => marks.clickWord('النتائج');

  await clickHighlight();
  await marks.deleteButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Highlight deleted.' })).toBeVisible();
  await expect.poll(() => marks.painted('yellow')).toEqual([]);
  expect((await marks.stored())[0]!.deletedAt).not.toBeNull();
  await marks.undoButton.click();
  await expect.poll(() => marks.painted('yellow')).toEqual(['النتائج ستُعلن']);
  expect((await marks.stored())[0]!.deletedAt).toBeNull();

  await clickHighlight();
  await page.keyboard.press('Delete');
  await expect.poll(() => marks.painted('yellow')).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => marks.painted('yellow')).toEqual(['النتائج ستُعلن']);
});

test('after the article text changed, highlights are re-anchored, and what cannot be placed is listed as an orphan', async ({
  app,
  page,
}) => {
  const marks = new HighlightsAndNotes(page);
  // Highlights made on the old text, written while the library (not the reader) is showing.
  await app.open('?lang=en');
  await app.article.waitFor();
  await app.backToLibrary.click();
  const [id] = await seedArticles(page, [{ title: 'تقرير عن المخابرات', doc }]);
  const made = (quote: string, hid: string): HighlightRow => {
    const at = canonical.indexOf(quote);
    return {
      id: hid,
      articleId: id!,
      ...describeRange(canonical, at, at + quote.length),
      color: 'yellow',
      contentHash: 'old-text',
      extractionVersion: 1,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    };
  };
  await writeHighlights(page, [made('النتائج ستُعلن قريبًا', 'moved'), made('الوضع هادئ تمامًا', 'orphan')]);

  // Then the text changes (as a re-import of an edited article does): a paragraph added before,
  // a word changed inside the first quote, the sentence of the second one rewritten entirely.
  const edited = docOf([
    { kind: 'paragraph', text: 'مقدمة أضيفت إلى النص.' },
    ...doc.blocks.slice(0, 2),
    { kind: 'paragraph', text: 'وأضاف أن التحقيق مستمر منذ عام 2024، وأن النتائج ستعلن قريبًا في مؤتمر صحفي.' },
    { kind: 'paragraph', text: 'ولم يعلّق أحد من العاصمة على هذه الأخبار.' },
  ]);
  await seedArticles(page, [{ id, title: 'تقرير عن المخابرات', doc: edited }]);
  await app.read(id!);
  await app.article.getByText('مقدمة').first().waitFor();

  await expect.poll(() => marks.painted('yellow')).toEqual(['النتائج ستعلن قريبًا']);
  const panel = await marks.openPanel();
  await expect(panel).toContainText('1 highlight could not be placed in the changed text:');
  await expect(panel.locator('blockquote')).toHaveText('الوضع هادئ تمامًا');
  // The moved one was written back against the new text; the orphan was kept as it was.
  await expect
    .poll(async () => (await marks.stored()).find((row) => row.id === 'moved')?.exact)
    .toBe('النتائج ستعلن قريبًا');
  const rows = await marks.stored();
  expect(rows.find((row) => row.id === 'orphan')).toMatchObject({
    exact: 'الوضع هادئ تمامًا',
    contentHash: 'old-text',
    deletedAt: null,
  });
});

test('export Markdown and JSON from the side panel', async ({ app, page }) => {
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  await marks.select('التحقيق مستمر');
  await page.keyboard.press('n');
  await marks.writeNote('نقطة مهمة');
  await expect.poll(async () => (await marks.storedNotes()).length).toBe(1);
  await page.keyboard.press('Escape');
  const panel = await marks.openPanel();

  const [markdownDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  const markdown = await readFile((await markdownDownload.path())!, 'utf8');
  expect(markdownDownload.suggestedFilename()).toBe('تقرير-عن-المخابرات.md');
  expect(markdown).toContain('<div dir="rtl">');
  expect(markdown).toContain('> التحقيق مستمر');
  expect(markdown).toContain('نقطة مهمة');

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
  expect(json.type).toBe('AnnotationCollection');
  expect(json.first.items[0].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'التحقيق مستمر' });
  expect(json.first.items[0].body[0]).toMatchObject({ type: 'TextualBody', value: 'نقطة مهمة', purpose: 'commenting' });
});

test('a note shows a marker in the margin that opens it; the scroll strip marks where highlights are', async ({
  app,
  page,
}) => {
  // A window too narrow for notes in the margin (marginNotes.spec.ts has the wide one).
  await page.setViewportSize({ width: 800, height: 800 });
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  await marks.select('المخابرات');
  await page.keyboard.press('n');
  await marks.noteBox.fill('راجع المصدر');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await marks.storedNotes()).length).toBe(1);

  const marker = marks.noteMarker('راجع المصدر');
  await expect(marker).toBeVisible();
  // Beside the text column, not over it.
  const column = (await app.articleBody.boundingBox())!;
  const box = (await marker.boundingBox())!;
  expect(box.x >= column.x + column.width || box.x + box.width <= column.x).toBe(true);
  await marker.click();
  await expect(marks.noteBox).toHaveValue('راجع المصدر');
  await page.keyboard.press('Escape');

  await expect(marks.scrollMarks).toHaveCount(1);
});

test('a note on a highlight deleted in another window is refused with a clear message, and nothing is stored', async ({
  app,
  page,
}) => {
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  await marks.select('التحقيق مستمر');
  await marks.colorButton('green').click();
  await expect.poll(async () => (await marks.stored()).length).toBe(1);
  const [row] = await marks.stored();
  await marks.clickWord('التحقيق');
  const note = marks.noteBox;
  await expect(note).toBeVisible();

  // Another window deletes the highlight meanwhile (written behind this window's back).
  const deleted = { ...row!, deletedAt: Date.now(), updatedAt: Date.now() };
  await writeHighlights(page, [deleted]);
  await note.fill('لن تُحفظ');
  await note.blur();
  await expect(page.getByRole('alert')).toHaveText(
    'This was deleted in another window, so it could not be saved. Nothing was changed.',
  );
  expect(await marks.storedNotes()).toEqual([]);
  expect(await marks.stored()).toEqual([deleted]);
});

test('with the disk full, a new highlight is taken off the page again with a clear message, and nothing is stored', async ({
  app,
  page,
  context,
}) => {
  const marks = new HighlightsAndNotes(page);
  // A small quota, set before the origin first stores anything (Chromium fixes it then).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.baseUrl).origin, quotaSize: 5_000_000 });
  await openArticle(app, page);
  const harness = await new TestHarness(await context.newPage(), app.baseUrl).open();
  expect(await harness.call('fillStorage')).toBeGreaterThan(1_000_000);

  // Painted from the key at once, then the write fails: the paint goes, the message comes.
  await marks.select('التحقيق مستمر');
  await page.keyboard.press('h');
  await expect(page.getByRole('alert')).toHaveText(
    'There is not enough storage space to save this. Nothing was changed; free some space and try again.',
  );
  await expect.poll(() => marks.painted('yellow')).toEqual([]);
  expect(await marks.stored()).toEqual([]);

  // Space comes back: the same action works.
  await harness.call('freeStorage');
  await marks.select('التحقيق مستمر');
  await page.keyboard.press('h');
  await expect.poll(() => marks.painted('yellow')).toEqual(['التحقيق مستمر']);
  await expect.poll(async () => (await marks.stored()).map((row) => row.exact)).toEqual(['التحقيق مستمر']);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('H paints the highlight within the key press itself, before React renders it or it is written', async ({
  app,
  page,
}) => {
  const marks = new HighlightsAndNotes(page);
  await openArticle(app, page);
  await marks.select('الوضع هادئ');
  const atOnce = await page.evaluate(() => {
    const text = (name: string) =>
      [...(CSS.highlights.get(name) ?? [])].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    const before = text('hamish-yellow');
    // Dispatched and read back in one task: no frame, React render or write can come between.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyH', key: 'h', bubbles: true }));
    return { before, after: text('hamish-yellow'), selection: window.getSelection()!.toString() };
  });
  expect(atOnce).toEqual({ before: [], after: ['الوضع هادئ'], selection: '' });
  await expect.poll(async () => (await marks.stored()).map((row) => row.exact)).toEqual(['الوضع هادئ']);
  // The stored row takes the pending copy's place: still painted once.
  await expect.poll(() => marks.painted('yellow')).toEqual(['الوضع هادئ']);
});
