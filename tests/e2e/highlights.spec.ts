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
import { dragSelect, paintedTexts, readHighlights, readNotes, writeHighlights } from './support/highlightRows';
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
  const id = await openArticle(app, page);
  await dragSelect(page, 'التحقيق مستمر');
  await page.getByRole('button', { name: 'Highlight green' }).click();
  await expect.poll(() => paintedTexts(page, 'hamish-green')).toEqual(['التحقيق مستمر']);
  await expect.poll(async () => (await readHighlights(page)).length).toBe(1);
  const [row] = await readHighlights(page);
  const start = canonical.indexOf('التحقيق مستمر');
  expect(row).toMatchObject({
    articleId: id,
    color: 'green',
    ...describeRange(canonical, start, start + 'التحقيق مستمر'.length),
    deletedAt: null,
  });
  expect(row!.contentHash).toBe(createHash('sha256').update(canonical).digest('hex'));
  // The toolbar goes away with the selection.
  await expect(page.getByRole('button', { name: 'Highlight green' })).toBeHidden();
});

test('a selection across a Latin word inside Arabic text highlights exactly what was selected', async ({
  app,
  page,
}) => {
  await openArticle(app, page);
  await dragSelect(page, 'إن Reuters نشرت');
  await page.getByRole('button', { name: 'Highlight blue' }).click();
  await expect.poll(async () => (await readHighlights(page)).map((row) => row.exact)).toEqual(['إن Reuters نشرت']);
  await expect.poll(() => paintedTexts(page, 'hamish-blue')).toEqual(['إن Reuters نشرت']);
});

test('keyboard: Shift+arrows select, H highlights in the last colour, N adds a note', async ({ app, page }) => {
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
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
  await page.keyboard.press('h');
  await expect
    .poll(async () => (await readHighlights(page)).map((row) => [row.exact, row.color]))
    .toEqual([['وفي بيروت', 'yellow']]);

  await dragSelect(page, 'مؤتمر صحفي');
  await page.keyboard.press('n');
  const note = page.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await page.keyboard.type('ملاحظة: the press conference is on Monday');
  await expect
    .poll(async () => (await readNotes(page)).map((row) => row.text))
    .toEqual(['ملاحظة: the press conference is on Monday']);
  await expect(note).toHaveAttribute('dir', 'auto');
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect.poll(() => paintedTexts(page, 'hamish-note')).toEqual(['مؤتمر صحفي']);
});

test('highlights and notes are still there after a reload, listed in reading order in the side panel', async ({
  app,
  page,
}) => {
  await openArticle(app, page);
  await dragSelect(page, 'الوضع هادئ');
  await page.getByRole('button', { name: 'Highlight pink' }).click();
  await dragSelect(page, 'باسم الوزارة');
  await page.keyboard.press('n');
  await page.getByRole('textbox', { name: 'Note' }).fill('مصدر مهم');
  await page.getByRole('textbox', { name: 'Note' }).blur();
  await expect.poll(async () => (await readNotes(page)).length).toBe(1);

  await page.reload();
  await app.article.getByText('Reuters').first().waitFor();
  // N used the last colour chosen, pink.
  await expect.poll(() => paintedTexts(page, 'hamish-pink')).toEqual(['باسم الوزارة', 'الوضع هادئ']);
  await page.getByRole('button', { name: 'Highlights and notes' }).click();
  const panel = page.getByRole('complementary', { name: 'Highlights' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByRole('listitem').first()).toContainText('باسم الوزارة');
  await expect(panel.getByRole('listitem').first()).toContainText('مصدر مهم');
  await panel.getByRole('combobox', { name: 'Show colour' }).selectOption('green');
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await panel.getByRole('combobox', { name: 'Show colour' }).selectOption('pink');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
});

test('overlapping highlights both paint; clicking the overlap selects the narrower one', async ({ app, page }) => {
  await openArticle(app, page);
  await dragSelect(page, 'نشرت 3 تقارير عن المخابرات');
  await page.getByRole('button', { name: 'Highlight yellow' }).click();
  await dragSelect(page, 'تقارير');
  await page.getByRole('button', { name: 'Highlight purple' }).click();
  await expect.poll(() => paintedTexts(page, 'hamish-purple')).toEqual(['تقارير']);
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual(['نشرت 3 تقارير عن المخابرات']);
  await app.article
    .getByText('تقارير')
    .first()
    .evaluate(() => undefined);
  const box = await page.evaluate(() => {
    const body = document.querySelector('.article-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('تقارير');
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at + 2);
      range.setEnd(node, at + 3);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error('not found');
  });
  await page.mouse.click(box.x, box.y);
  const editor = page.getByRole('dialog', { name: 'Highlight' });
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Highlight purple' })).toHaveAttribute('aria-pressed', 'true');
});

test('delete is undoable, by the Undo button and by Ctrl+Z', async ({ app, page }) => {
  await openArticle(app, page);
  await dragSelect(page, 'النتائج ستُعلن');
  await page.getByRole('button', { name: 'Highlight yellow' }).click();
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual(['النتائج ستُعلن']);
  const clickHighlight = async () => {
    const box = (await app.article.getByText('النتائج ستُعلن', { exact: false }).first().boundingBox())!;
    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('النتائج');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 3);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    await page.mouse.click(point?.x ?? box.x, point?.y ?? box.y);
  };

  await clickHighlight();
  await page.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Highlight deleted.' })).toBeVisible();
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual([]);
  expect((await readHighlights(page))[0]!.deletedAt).not.toBeNull();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual(['النتائج ستُعلن']);
  expect((await readHighlights(page))[0]!.deletedAt).toBeNull();

  await clickHighlight();
  await page.keyboard.press('Delete');
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual(['النتائج ستُعلن']);
});

test('after the article text changed, highlights are re-anchored, and what cannot be placed is listed as an orphan', async ({
  app,
  page,
}) => {
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

  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual(['النتائج ستعلن قريبًا']);
  await page.getByRole('button', { name: 'Highlights and notes' }).click();
  const panel = page.getByRole('complementary', { name: 'Highlights' });
  await expect(panel).toContainText('1 highlight could not be placed in the changed text:');
  await expect(panel.locator('blockquote')).toHaveText('الوضع هادئ تمامًا');
  // The moved one was written back against the new text; the orphan was kept as it was.
  await expect
    .poll(async () => (await readHighlights(page)).find((row) => row.id === 'moved')?.exact)
    .toBe('النتائج ستعلن قريبًا');
  const rows = await readHighlights(page);
  expect(rows.find((row) => row.id === 'orphan')).toMatchObject({
    exact: 'الوضع هادئ تمامًا',
    contentHash: 'old-text',
    deletedAt: null,
  });
});

test('export Markdown and JSON from the side panel', async ({ app, page }) => {
  await openArticle(app, page);
  await dragSelect(page, 'التحقيق مستمر');
  await page.keyboard.press('n');
  await page.getByRole('textbox', { name: 'Note' }).fill('نقطة مهمة');
  await page.getByRole('textbox', { name: 'Note' }).blur();
  await expect.poll(async () => (await readNotes(page)).length).toBe(1);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Highlights and notes' }).click();
  const panel = page.getByRole('complementary', { name: 'Highlights' });

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
  await openArticle(app, page);
  await dragSelect(page, 'المخابرات');
  await page.keyboard.press('n');
  await page.getByRole('textbox', { name: 'Note' }).fill('راجع المصدر');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await readNotes(page)).length).toBe(1);

  const marker = page.getByRole('button', { name: 'Note: راجع المصدر' });
  await expect(marker).toBeVisible();
  // Beside the text column, not over it.
  const column = (await app.articleBody.boundingBox())!;
  const box = (await marker.boundingBox())!;
  expect(box.x >= column.x + column.width || box.x + box.width <= column.x).toBe(true);
  await marker.click();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('راجع المصدر');
  await page.keyboard.press('Escape');

  await expect(page.locator('.scroll-mark')).toHaveCount(1);
});

test('a note on a highlight deleted in another window is refused with a clear message, and nothing is stored', async ({
  app,
  page,
}) => {
  await openArticle(app, page);
  await dragSelect(page, 'التحقيق مستمر');
  await page.getByRole('button', { name: 'Highlight green' }).click();
  await expect.poll(async () => (await readHighlights(page)).length).toBe(1);
  const [row] = await readHighlights(page);
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('التحقيق');
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at + 2);
      range.setEnd(node, at + 3);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error('not found');
  });
  await page.mouse.click(point.x, point.y);
  const note = page.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeVisible();

  // Another window deletes the highlight meanwhile (written behind this window's back).
  const deleted = { ...row!, deletedAt: Date.now(), updatedAt: Date.now() };
  await writeHighlights(page, [deleted]);
  await note.fill('لن تُحفظ');
  await note.blur();
  await expect(page.getByRole('alert')).toHaveText(
    'This was deleted in another window, so it could not be saved. Nothing was changed.',
  );
  expect(await readNotes(page)).toEqual([]);
  expect(await readHighlights(page)).toEqual([deleted]);
});

test('with the disk full, a new highlight is taken off the page again with a clear message, and nothing is stored', async ({
  app,
  page,
  context,
}) => {
  // A small quota, set before the origin first stores anything (Chromium fixes it then).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.baseUrl).origin, quotaSize: 5_000_000 });
  await openArticle(app, page);
  const harness = await new TestHarness(await context.newPage(), app.baseUrl).open();
  expect(await harness.call('fillStorage')).toBeGreaterThan(1_000_000);

  // Painted from the key at once, then the write fails: the paint goes, the message comes.
  await dragSelect(page, 'التحقيق مستمر');
  await page.keyboard.press('h');
  await expect(page.getByRole('alert')).toHaveText(
    'There is not enough storage space to save this. Nothing was changed; free some space and try again.',
  );
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual([]);
  expect(await readHighlights(page)).toEqual([]);

  // Space comes back: the same action works.
  await harness.call('freeStorage');
  await dragSelect(page, 'التحقيق مستمر');
  await page.keyboard.press('h');
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual(['التحقيق مستمر']);
  await expect.poll(async () => (await readHighlights(page)).map((row) => row.exact)).toEqual(['التحقيق مستمر']);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('H paints the highlight within the key press itself, before React renders it or it is written', async ({
  app,
  page,
}) => {
  await openArticle(app, page);
  await dragSelect(page, 'الوضع هادئ');
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
  await expect.poll(async () => (await readHighlights(page)).map((row) => row.exact)).toEqual(['الوضع هادئ']);
  // The stored row takes the pending copy's place: still painted once.
  await expect.poll(() => paintedTexts(page, 'hamish-yellow')).toEqual(['الوضع هادئ']);
});
