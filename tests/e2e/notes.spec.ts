// The Notes view across the library: every highlight and note with its article, filters,
// order (a header per article), export, the way back into the article by the quote, notes
// edited in place, tags on highlights (and a tag refused with a message), and a filter bar whose
// labels stay beside their controls.

import { readFile } from 'node:fs/promises';
import { canonicalText } from '../../renderer/article/canonicalText';
import type { HighlightRow, NoteRow } from '../../renderer/db/types';
import { describeRange } from '../../renderer/highlights/quoteSelector';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { readHighlights, readNotes, writeHighlights, writeNotes } from './support/highlightRows';
import { SearchPanel } from './models/SearchPanel';
import type { HamishApp } from './models/HamishApp';
import { docOf, seedArticles } from './support/seedArticles';

const first = docOf([{ kind: 'paragraph', text: 'قال المتحدث إن Reuters نشرت 3 تقارير عن المخابرات.' }]);
const second = docOf(
  [{ kind: 'paragraph', text: 'A short English piece about Cairo and its old bookshops.' }],
  'en',
  'ltr',
);

function highlight(
  id: string,
  articleId: string,
  text: string,
  quote: string,
  color: HighlightRow['color'],
  time: number,
): HighlightRow {
  const at = text.indexOf(quote);
  return {
    id,
    articleId,
    ...describeRange(text, at, at + quote.length),
    color,
    contentHash: 'x',
    extractionVersion: 1,
    createdAt: time,
    updatedAt: time,
    deletedAt: null,
  };
}

function note(id: string, articleId: string, highlightId: string | null, text: string, time: number): NoteRow {
  return { id, articleId, highlightId, text, createdAt: time, updatedAt: time, deletedAt: null };
}

/** Two articles, three highlights (one deleted) and two notes; the Notes view open. */
async function openSeededNotes(app: HamishApp, page: Page, lang: 'en' | 'ar' = 'en'): Promise<[string, string]> {
  await app.open(`?lang=${lang}`);
  await app.article.waitFor();
  await page.goto(`${app.baseUrl}/index.html?lang=${lang}#/`);
  const [a, b] = await seedArticles(page, [
    { title: 'تقرير عن المخابرات', doc: first },
    { title: 'Cairo bookshops', doc: second },
  ]);
  await writeHighlights(page, [
    highlight('h1', a!, canonicalText(first), 'Reuters نشرت', 'yellow', 1000),
    highlight('h2', b!, canonicalText(second), 'old bookshops', 'green', 3000),
    { ...highlight('h3', b!, canonicalText(second), 'Cairo', 'blue', 2000), deletedAt: 2500 },
  ]);
  await writeNotes(page, [note('n1', a!, 'h1', 'مصدر مهم', 1500), note('n2', b!, null, 'Read again in spring', 500)]);
  // Rows written behind Dexie's back: reload, or a query the library already ran is answered
  // from Dexie's live-query cache.
  await page.goto(`${app.baseUrl}/index.html?lang=${lang}#/notes`);
  await page.reload();
  return [a!, b!];
}

test('lists every highlight and note with its article; filters, orders under article headers, exports and opens by the quote', async ({
  app,
  page,
}) => {
  await openSeededNotes(app, page);
  const list = page.getByRole('list', { name: 'Highlights and notes' });
  // Newest first; the deleted highlight is not there.
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').nth(0)).toContainText('old bookshops');
  await expect(list.getByRole('listitem').nth(0)).toContainText('Cairo bookshops');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Reuters نشرت');
  await expect(list.getByRole('listitem').nth(1)).toContainText('مصدر مهم');
  await expect(list.getByRole('listitem').nth(2)).toContainText('Read again in spring');
  // Each item's link is named by its quote; a note on a whole article by that and the title.
  await expect(list.getByRole('link')).toHaveText([
    'old bookshops',
    'Reuters نشرت',
    'Note on the whole article: Cairo bookshops',
  ]);

  await page.getByRole('combobox', { name: 'Show colour' }).selectOption('yellow');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Show colour' }).selectOption('all');
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: 'Cairo bookshops' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Article' }).selectOption('all');

  // By article: one header per article, its items under it, the title not repeated in them.
  await page.getByRole('combobox', { name: 'Order' }).selectOption('article');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Cairo bookshops', 'تقرير عن المخابرات']);
  const cairo = page.getByRole('list', { name: 'Cairo bookshops' });
  await expect(cairo.getByRole('listitem')).toHaveCount(2);
  await expect(cairo.getByRole('link')).toHaveText(['Note on the whole article: Cairo bookshops', 'old bookshops']);
  await expect(page.getByRole('list', { name: 'تقرير عن المخابرات' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.notes-item-article')).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('# Cairo bookshops');
  expect(markdown).toContain('> Reuters نشرت');
  expect(markdown).toContain('مصدر مهم');
  expect(markdown).not.toContain('> Cairo\n');

  await page.getByRole('list', { name: 'تقرير عن المخابرات' }).getByRole('link', { name: 'Reuters نشرت' }).click();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('تقرير عن المخابرات');
  expect(page.url()).toContain('?at=');
});

test('a note is edited, added, cancelled and deleted (with undo) where it stands', async ({ app, page }) => {
  await openSeededNotes(app, page);
  const list = page.getByRole('list', { name: 'Highlights and notes' });
  const reuters = list.getByRole('listitem').filter({ hasText: 'Reuters نشرت' });

  // Edit, saved with Ctrl+Enter; the focus goes back to the Edit button.
  await reuters.getByRole('button', { name: 'Edit note on “Reuters نشرت”' }).click();
  const box = reuters.getByRole('textbox', { name: 'Note on “Reuters نشرت”' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('مصدر مهم');
  await box.fill('مصدر مهم جدًا');
  await box.press('Control+Enter');
  await expect(reuters.locator('.notes-item-note')).toHaveText('مصدر مهم جدًا');
  await expect(reuters.getByRole('button', { name: 'Edit note on “Reuters نشرت”' })).toBeFocused();
  await expect.poll(async () => (await readNotes(page)).find((row) => row.id === 'n1')?.text).toBe('مصدر مهم جدًا');

  // Esc puts the text back as it was, and nothing is written.
  await reuters.getByRole('button', { name: 'Edit note on “Reuters نشرت”' }).click();
  await box.fill('لن يُحفظ');
  await box.press('Escape');
  await expect(reuters.locator('.notes-item-note')).toHaveText('مصدر مهم جدًا');

  // A highlight without a note gets one, with the Save button.
  const bookshops = list.getByRole('listitem').filter({ hasText: 'old bookshops' });
  await bookshops.getByRole('button', { name: 'Add a note to “old bookshops”' }).click();
  await bookshops.getByRole('textbox', { name: 'Note on “old bookshops”' }).fill('Visit the one by the river');
  await bookshops.getByRole('button', { name: 'Save' }).click();
  await expect(bookshops.locator('.notes-item-note')).toHaveText('Visit the one by the river');

  // Moving the focus away keeps what was typed.
  await bookshops.getByRole('button', { name: 'Edit note on “old bookshops”' }).click();
  await bookshops.getByRole('textbox', { name: 'Note on “old bookshops”' }).fill('Visit both');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(bookshops.locator('.notes-item-note')).toHaveText('Visit both');

  // Emptied and saved, the note is deleted; Undo brings it back.
  await reuters.getByRole('button', { name: 'Edit note on “Reuters نشرت”' }).click();
  await box.fill('   ');
  await reuters.getByRole('button', { name: 'Save' }).click();
  await expect(reuters.locator('.notes-item-note')).toHaveCount(0);
  const undoBar = page.getByRole('status').filter({ hasText: 'Note deleted.' });
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(reuters.locator('.notes-item-note')).toHaveText('مصدر مهم جدًا');
  const stored = (await readNotes(page)).filter((row) => row.highlightId === 'h1');
  expect(stored.map((row) => [row.text, row.deletedAt])).toEqual([['مصدر مهم جدًا', null]]);
});

test('tags on highlights: added, filtered by, found by search, exported and removed; a bad tag is refused with a message', async ({
  app,
  page,
}) => {
  await openSeededNotes(app, page);
  const list = page.getByRole('list', { name: 'Highlights and notes' });
  const reuters = list.getByRole('listitem').filter({ hasText: 'Reuters نشرت' });
  const tags = reuters.getByRole('textbox', { name: 'Tags', exact: true });
  await expect(tags).toHaveAccessibleDescription('Reuters نشرت');

  // Bad input: nothing is stored, the message says why, the entry stays to be mended.
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toHaveText(
    'A tag cannot be empty or only spaces. Type a tag, or press Esc.',
  );
  await tags.fill('  ');
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toContainText('cannot be empty');
  await tags.fill('x'.repeat(51));
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toHaveText('A tag can be at most 50 characters long; this one has 51.');
  await expect(tags).toHaveValue('x'.repeat(51));
  expect((await readHighlights(page)).find((row) => row.id === 'h1')).not.toHaveProperty('tags');

  await tags.fill('مصادر، Reuters');
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toHaveCount(0);
  await expect(reuters.locator('.tag')).toHaveText(['مصادر×', 'Reuters×']);
  await expect
    .poll(async () => (await readHighlights(page)).find((row) => row.id === 'h1')?.tags)
    .toEqual(['مصادر', 'Reuters']);

  // The Tag filter offers the highlight's tags and keeps the items carrying them.
  const tagFilter = page.getByRole('combobox', { name: 'Tag' });
  await tagFilter.selectOption('مصادر');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('link')).toHaveText(['Reuters نشرت']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(await readFile((await download.path())!, 'utf8')).toContain('*Yellow* · Tags: مصادر, Reuters ·');

  // Search finds the highlight by its tag.
  const search = new SearchPanel(page);
  await search.search('مصادر');
  await expect(search.highlights.getByRole('link')).toHaveCount(1);
  await expect(search.highlights.getByRole('link')).toContainText('Reuters نشرت');
  await search.box.fill('');

  await reuters.getByRole('button', { name: 'Remove tag مصادر from “Reuters نشرت”' }).click();
  // The filter's tag is gone: the filter falls back to all tags and the box keeps the focus.
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(reuters.getByRole('textbox', { name: 'Tags', exact: true })).toBeFocused();
  await page.reload();
  await expect(reuters.locator('.tag')).toHaveText(['Reuters×']);
});

/** For each label of the filter bar: its text's box and its control's box, both [left, right, top, bottom]. */
async function labelBoxes(page: Page) {
  return page.locator('.notes-filter').evaluateAll((labels) =>
    labels.map((label) => {
      const box = (element: Element) => {
        const rect = element.getBoundingClientRect();
        return [rect.left, rect.right, rect.top, rect.bottom];
      };
      return { text: box(label.querySelector('span')!), control: box(label.querySelector('select')!) };
    }),
  );
}

for (const lang of ['en', 'ar'] as const) {
  test(`the filter bar keeps each label beside its control with a very long article title (${lang})`, async ({
    app,
    page,
  }) => {
    await app.open(`?lang=${lang}`);
    await app.article.waitFor();
    await page.goto(`${app.baseUrl}/index.html?lang=${lang}#/`);
    const title = `${'تقرير طويل جدًا عن أسواق المدينة القديمة وتاريخها '.repeat(8)}النهاية`;
    const [a] = await seedArticles(page, [{ title, doc: first }]);
    await writeHighlights(page, [highlight('h1', a!, canonicalText(first), 'Reuters نشرت', 'yellow', 1000)]);
    await page.goto(`${app.baseUrl}/index.html?lang=${lang}#/notes`);
    await page.reload();
    await expect(page.locator('.notes-item')).toHaveCount(1);
    const view = await page.locator('.notes-view').boundingBox();
    const boxes = await labelBoxes(page);
    expect(boxes).toHaveLength(4);
    for (const { text, control } of boxes) {
      const [textLeft, textRight, textTop, textBottom] = text as [number, number, number, number];
      const [left, right, top, bottom] = control as [number, number, number, number];
      // On one line: their vertical extents overlap.
      expect(textTop).toBeLessThan(bottom);
      expect(top).toBeLessThan(textBottom);
      // Side by side, the label first in reading order, with at most a small gap between.
      const gap = lang === 'en' ? left - textRight : textLeft - right;
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(16);
      // Nothing runs out of the view.
      expect(left).toBeGreaterThanOrEqual(view!.x - 1);
      expect(right).toBeLessThanOrEqual(view!.x + view!.width + 1);
    }
  });
}

test('in Arabic the Notes view is labelled in Arabic and mirrored', async ({ app, page }) => {
  await app.open('?lang=ar');
  await app.article.waitFor();
  await page.getByRole('navigation', { name: 'الرئيسية' }).getByRole('link', { name: 'الملاحظات' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الملاحظات');
  await expect(page.getByText('لا تظليلات ولا ملاحظات بعد')).toBeVisible();
  expect(await app.htmlDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
});

test('in Arabic, tags and notes in place speak Arabic, and a bad tag is refused in Arabic', async ({ app, page }) => {
  await openSeededNotes(app, page, 'ar');
  const list = page.getByRole('list', { name: 'التظليلات والملاحظات' });
  const reuters = list.getByRole('listitem').filter({ hasText: 'Reuters نشرت' });
  const tags = reuters.getByRole('textbox', { name: 'الوسوم', exact: true });
  await tags.fill('   ');
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toHaveText('لا يكون الوسم فارغًا ولا مسافاتٍ فقط. اكتب وسمًا، أو اضغط Esc.');
  await tags.fill('م'.repeat(51));
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toHaveText('لا يزيد الوسم على 50 حرفًا، وطول هذا 51.');
  await tags.fill('مصادر');
  await tags.press('Enter');
  await expect(reuters.locator('.tag')).toHaveText(['مصادر×']);
  await expect(reuters.getByRole('button', { name: 'أزل الوسم مصادر عن «Reuters نشرت»' })).toBeVisible();

  await reuters.getByRole('button', { name: 'حرّر الملاحظة على «Reuters نشرت»' }).click();
  await reuters.getByRole('textbox', { name: 'ملاحظة على «Reuters نشرت»' }).fill('نص جديد');
  await reuters.getByRole('button', { name: 'احفظ' }).click();
  await expect(reuters.locator('.notes-item-note')).toHaveText('نص جديد');
  // Mirrored: the item's edge and the tags start at the right.
  await expect(reuters).toHaveCSS('direction', 'rtl');
  const item = (await reuters.boundingBox())!;
  const chip = (await reuters.locator('.tag').boundingBox())!;
  expect(item.x + item.width - (chip.x + chip.width)).toBeLessThan(item.width / 2);
  await page.getByRole('combobox', { name: 'الترتيب' }).selectOption('article');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['تقرير عن المخابرات', 'Cairo bookshops']);
});
