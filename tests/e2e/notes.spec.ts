// The Notes view across the library: every highlight and note with its article, filters,
// order, export, and the way back into the article.

import { readFile } from 'node:fs/promises';
import { canonicalText } from '../../renderer/article/canonicalText';
import type { HighlightRow, NoteRow } from '../../renderer/db/types';
import { describeRange } from '../../renderer/highlights/quoteSelector';
import { expect, test } from './fixtures';
import { writeHighlights, writeNotes } from './support/highlightRows';
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

test('lists every highlight and note with its article; filters, orders, exports and opens', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.article.waitFor();
  await app.backToLibrary.click();
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
  await page.reload();

  await app.mainNav.getByRole('link', { name: 'Notes' }).click();
  const list = page.getByRole('list', { name: 'Highlights and notes' });
  // Newest first; the deleted highlight is not there.
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').nth(0)).toContainText('old bookshops');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Reuters نشرت');
  await expect(list.getByRole('listitem').nth(1)).toContainText('مصدر مهم');
  await expect(list.getByRole('listitem').nth(2)).toContainText('Read again in spring');

  await page.getByRole('combobox', { name: 'Show colour' }).selectOption('yellow');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Show colour' }).selectOption('all');
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: 'Cairo bookshops' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Article' }).selectOption('all');
  await page.getByRole('combobox', { name: 'Order' }).selectOption('article');
  await expect(list.getByRole('listitem').nth(0)).toContainText('Cairo bookshops');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('# Cairo bookshops');
  expect(markdown).toContain('> Reuters نشرت');
  expect(markdown).toContain('مصدر مهم');
  expect(markdown).not.toContain('> Cairo\n');

  await list.getByRole('link', { name: 'تقرير عن المخابرات' }).click();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('تقرير عن المخابرات');
  expect(page.url()).toContain('?at=');
});

test('in Arabic the Notes view is labelled in Arabic and mirrored', async ({ app, page }) => {
  await app.open('?lang=ar');
  await app.article.waitFor();
  await page.getByRole('navigation', { name: 'الرئيسية' }).getByRole('link', { name: 'الملاحظات' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الملاحظات');
  await expect(page.getByText('لا تظليلات ولا ملاحظات بعد')).toBeVisible();
  expect(await app.htmlDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
});
