// The Notes view across the library: every highlight and note with its article, filters,
// order (a header per article), export, the way back into the article by the quote, notes
// edited in place, tags on highlights (and a tag refused with a message), and a filter bar whose
// labels stay beside their controls.

import { canonicalText } from '../../renderer/article/canonicalText';
import type { HighlightRow, NoteRow } from '../../renderer/db/types';
import { describeRange } from '../../renderer/highlights/quoteSelector';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { writeHighlights, writeNotes } from './support/highlightRows';
import { NotesView } from './models/NotesView';
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
  const notes = new NotesView(page);
  // Newest first; the deleted highlight is not there.
  await expect(notes.items).toHaveCount(3);
  await expect(notes.items.nth(0)).toContainText('old bookshops');
  await expect(notes.items.nth(0)).toContainText('Cairo bookshops');
  await expect(notes.items.nth(1)).toContainText('Reuters نشرت');
  await expect(notes.items.nth(1)).toContainText('مصدر مهم');
  await expect(notes.items.nth(2)).toContainText('Read again in spring');
  // Each item's link is named by its quote; a note on a whole article by that and the title.
  await expect(notes.list.getByRole('link')).toHaveText([
    'old bookshops',
    'Reuters نشرت',
    'Note on the whole article: Cairo bookshops',
  ]);

  await notes.filter('Show colour').selectOption('yellow');
  await expect(notes.items).toHaveCount(1);
  await notes.filter('Show colour').selectOption('all');
  await notes.filter('Article').selectOption({ label: 'Cairo bookshops' });
  await expect(notes.items).toHaveCount(2);
  await notes.filter('Article').selectOption('all');

  // By article: one header per article, its items under it, the title not repeated in them.
  await notes.order.selectOption('article');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Cairo bookshops', 'تقرير عن المخابرات']);
  const cairo = notes.group('Cairo bookshops');
  await expect(cairo.getByRole('listitem')).toHaveCount(2);
  await expect(cairo.getByRole('link')).toHaveText(['Note on the whole article: Cairo bookshops', 'old bookshops']);
  await expect(notes.group('تقرير عن المخابرات').getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.notes-item-article')).toHaveCount(0);

  const markdown = await notes.exportMarkdown();
  expect(markdown).toContain('# Cairo bookshops');
  expect(markdown).toContain('> Reuters نشرت');
  expect(markdown).toContain('مصدر مهم');
  expect(markdown).not.toContain('> Cairo\n');

  await notes.group('تقرير عن المخابرات').getByRole('link', { name: 'Reuters نشرت' }).click();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('تقرير عن المخابرات');
  expect(page.url()).toContain('?at=');
});

test('a note is edited, added, cancelled and deleted (with undo) where it stands', async ({ app, page }) => {
  await openSeededNotes(app, page);
  const notes = new NotesView(page);
  const reuters = notes.item('Reuters نشرت');

  // Edit, saved with Ctrl+Enter; the focus goes back to the Edit button.
  await notes.editNoteButton(reuters, 'Reuters نشرت').click();
  const box = notes.noteBox(reuters, 'Reuters نشرت');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('مصدر مهم');
  await box.fill('مصدر مهم جدًا');
  await box.press('Control+Enter');
  await expect(notes.shownNote(reuters)).toHaveText('مصدر مهم جدًا');
  await expect(notes.editNoteButton(reuters, 'Reuters نشرت')).toBeFocused();
  await expect.poll(async () => (await notes.storedNotes()).find((row) => row.id === 'n1')?.text).toBe('مصدر مهم جدًا');

  // Esc puts the text back as it was, and nothing is written.
  await notes.editNoteButton(reuters, 'Reuters نشرت').click();
  await box.fill('لن يُحفظ');
  await box.press('Escape');
  await expect(notes.shownNote(reuters)).toHaveText('مصدر مهم جدًا');

  // A highlight without a note gets one, with the Save button.
  const bookshops = notes.item('old bookshops');
  await notes.addNoteButton(bookshops, 'old bookshops').click();
  await notes.noteBox(bookshops, 'old bookshops').fill('Visit the one by the river');
  await notes.saveButton(bookshops).click();
  await expect(notes.shownNote(bookshops)).toHaveText('Visit the one by the river');

  // Moving the focus away keeps what was typed.
  await notes.editNoteButton(bookshops, 'old bookshops').click();
  await notes.noteBox(bookshops, 'old bookshops').fill('Visit both');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(notes.shownNote(bookshops)).toHaveText('Visit both');

  // Emptied and saved, the note is deleted; Undo brings it back.
  await notes.editNoteButton(reuters, 'Reuters نشرت').click();
  await box.fill('   ');
  await notes.saveButton(reuters).click();
  await expect(notes.shownNote(reuters)).toHaveCount(0);
  const undoBar = page.getByRole('status').filter({ hasText: 'Note deleted.' });
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.shownNote(reuters)).toHaveText('مصدر مهم جدًا');
  const stored = (await notes.storedNotes()).filter((row) => row.highlightId === 'h1');
  expect(stored.map((row) => [row.text, row.deletedAt])).toEqual([['مصدر مهم جدًا', null]]);
});

test('tags on highlights: added, filtered by, found by search, exported and removed; a bad tag is refused with a message', async ({
  app,
  page,
}) => {
  await openSeededNotes(app, page);
  const notes = new NotesView(page);
  const reuters = notes.item('Reuters نشرت');
  const tags = notes.tagsBox(reuters);
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
  expect((await notes.stored()).find((row) => row.id === 'h1')).not.toHaveProperty('tags');

  await tags.fill('مصادر، Reuters');
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toHaveCount(0);
  await expect(notes.tagChips(reuters)).toHaveText(['مصادر×', 'Reuters×']);
  await expect
    .poll(async () => (await notes.stored()).find((row) => row.id === 'h1')?.tags)
    .toEqual(['مصادر', 'Reuters']);

  // The Tag filter offers the highlight's tags and keeps the items carrying them.
  await notes.filter('Tag').selectOption('مصادر');
  await expect(notes.items).toHaveCount(1);
  await expect(notes.list.getByRole('link')).toHaveText(['Reuters نشرت']);

  expect(await notes.exportMarkdown()).toContain('*Yellow* · Tags: مصادر, Reuters ·');

  // Search finds the highlight by its tag.
  const search = new SearchPanel(page);
  await search.search('مصادر');
  await expect(search.highlights.getByRole('link')).toHaveCount(1);
  await expect(search.highlights.getByRole('link')).toContainText('Reuters نشرت');
  await search.box.fill('');

  await notes.removeTagButton(reuters, 'مصادر', 'Reuters نشرت').click();
  // The filter's tag is gone: the filter falls back to all tags and the box keeps the focus.
  await expect(notes.items).toHaveCount(3);
  await expect(notes.tagsBox(reuters)).toBeFocused();
  await page.reload();
  await expect(notes.tagChips(reuters)).toHaveText(['Reuters×']);
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
  const notes = new NotesView(page, 'ar');
  const reuters = notes.item('Reuters نشرت');
  const tags = notes.tagsBox(reuters);
  await tags.fill('   ');
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toHaveText('لا يكون الوسم فارغًا ولا مسافاتٍ فقط. اكتب وسمًا، أو اضغط Esc.');
  await tags.fill('م'.repeat(51));
  await tags.press('Enter');
  await expect(reuters.getByRole('alert')).toHaveText('لا يزيد الوسم على 50 حرفًا، وطول هذا 51.');
  await tags.fill('مصادر');
  await tags.press('Enter');
  await expect(notes.tagChips(reuters)).toHaveText(['مصادر×']);
  await expect(notes.removeTagButton(reuters, 'مصادر', 'Reuters نشرت')).toBeVisible();

  await notes.editNoteButton(reuters, 'Reuters نشرت').click();
  await notes.noteBox(reuters, 'Reuters نشرت').fill('نص جديد');
  await notes.saveButton(reuters).click();
  await expect(notes.shownNote(reuters)).toHaveText('نص جديد');
  // Mirrored: the item's edge and the tags start at the right.
  await expect(reuters).toHaveCSS('direction', 'rtl');
  const item = (await reuters.boundingBox())!;
  const chip = (await notes.tagChips(reuters).boundingBox())!;
  expect(item.x + item.width - (chip.x + chip.width)).toBeLessThan(item.width / 2);
  await notes.order.selectOption('article');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['تقرير عن المخابرات', 'Cairo bookshops']);
});
