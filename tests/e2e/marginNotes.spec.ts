// The room beside the article (issue 14, items 1 and 2): the highlights panel narrows the text
// instead of covering it, in both interface languages and both article directions, and becomes
// an overlay over a dimmed article on a narrow window (Escape closes it, the focus goes back);
// notes sit in the margin beside their passages on a wide window, stacked, edited in place and
// folded to a line when long; on a narrow window the markers sit beside the line a passage ends
// on, covering no letter and never over the toolbar; after a reload all of it sits where it sat.

import type { Locator, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { canonicalText } from '../../renderer/article/canonicalText';
import type { ArticleDoc } from '../../renderer/article/types';
import type { HighlightRow, NoteRow } from '../../renderer/db/types';
import { describeRange } from '../../renderer/highlights/quoteSelector';
import { ar } from '../../renderer/i18n/catalogs/ar';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { HighlightsAndNotes } from './models/HighlightsAndNotes';
import { writeHighlights, writeNotes } from './support/highlightRows';
import { docOf, seedArticles } from './support/seedArticles';

const arabicParagraphs = [
  'قال المتحدث باسم الوزارة إن التحقيق مستمر منذ عام كامل، وإن النتائج ستعلن قريبا في مؤتمر صحفي يحضره الجميع.',
  'وأضاف أن اللجنة درست آلاف الوثائق التي جمعت من المحافظات كلها، ولم تترك صغيرة ولا كبيرة إلا وقفت عندها.',
  'وفي بيروت قال مسؤول آخر إن الوضع هادئ تماما، وإن الناس عادوا إلى أعمالهم وأسواقهم كما كانوا قبل الأزمة.',
];
const englishParagraphs = [
  'The ministry said the inquiry has been running for a whole year and that its findings will be announced soon.',
  'The committee studied thousands of documents gathered from every province, and left nothing unexamined.',
  'In Beirut another official said the situation was calm and people had gone back to their work and markets.',
];

function longDoc(paragraphs: readonly string[], lang: string, dir: 'rtl' | 'ltr'): ArticleDoc {
  return docOf(
    Array.from({ length: 24 }, (_, index) => ({ kind: 'paragraph' as const, text: paragraphs[index % 3]! })),
    lang,
    dir,
  );
}

const arabicDoc = longDoc(arabicParagraphs, 'ar', 'rtl');
const englishDoc = longDoc(englishParagraphs, 'en', 'ltr');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The boxes of the article's text on screen: every line of the title and the visible blocks. */
function textBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const boxes: Box[] = [];
    const elements = [
      document.querySelector('article h1')!,
      ...document.querySelectorAll('.article-body [data-block]'),
    ];
    for (const element of elements) {
      const range = document.createRange();
      range.selectNodeContents(element);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.bottom < 0 || rect.top > window.innerHeight) continue;
        boxes.push({ x: rect.left, y: rect.top, width: rect.width, height: rect.height });
      }
    }
    return boxes;
  });
}

/** The client boxes of each line of the first `occurrence` of `quote` in the article body. */
function quoteLines(page: Page, quote: string): Promise<Box[]> {
  return page.evaluate((quote) => {
    const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(quote);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      return [...range.getClientRects()].map((rect) => ({
        x: rect.left,
        y: rect.top,
        width: rect.width,
        height: rect.height,
      }));
    }
    throw new Error(`not in the article: ${quote}`);
  }, quote);
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (found === null) throw new Error('not rendered');
  return found;
}

/** Highlights (with notes) written as the app writes them, against the article's current text. */
async function seedNotes(
  page: Page,
  articleId: string,
  doc: ArticleDoc,
  notes: readonly { quote: string; note: string; occurrence?: number }[],
): Promise<void> {
  const canonical = canonicalText(doc);
  const hash = createHash('sha256').update(canonical).digest('hex');
  const highlights: HighlightRow[] = [];
  const rows: NoteRow[] = [];
  notes.forEach(({ quote, note, occurrence = 0 }, index) => {
    let at = canonical.indexOf(quote);
    for (let skip = 0; skip < occurrence; skip++) at = canonical.indexOf(quote, at + 1);
    const id = `h${index}`;
    highlights.push({
      id,
      articleId,
      ...describeRange(canonical, at, at + quote.length),
      color: 'yellow',
      contentHash: hash,
      extractionVersion: doc.extractionVersion,
      createdAt: index + 1,
      updatedAt: index + 1,
      deletedAt: null,
    });
    rows.push({
      id: `n${index}`,
      articleId,
      highlightId: id,
      text: note,
      createdAt: index + 1,
      updatedAt: index + 1,
      deletedAt: null,
    });
  });
  await writeHighlights(page, highlights);
  await writeNotes(page, rows);
}

async function seed(app: HamishApp, page: Page, docs: readonly ArticleDoc[]): Promise<string[]> {
  await app.open('?lang=en');
  await app.article.waitFor();
  return seedArticles(
    page,
    docs.map((doc, index) => ({ title: index === 0 ? 'تقرير عن التحقيق' : 'A report on the inquiry', doc })),
  );
}

async function readAt(app: HamishApp, page: Page, id: string, lang: 'en' | 'ar'): Promise<void> {
  await app.read(id, `?lang=${lang}`);
  await page.evaluate(() => document.fonts.ready);
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang} interface: the opened panel sits beside the text of an Arabic and an English article at 1280×800, never over it`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const ids = await seed(app, page, [arabicDoc, englishDoc]);
    const toggleName = lang === 'en' ? 'Highlights and notes' : ar.highlights.sidebarToggle;
    const panelName = lang === 'en' ? 'Highlights' : ar.highlights.sidebar;
    for (const id of ids) {
      await readAt(app, page, id, lang);
      const closedWidth = (await box(app.articleBody)).width;
      await page.getByRole('button', { name: toggleName, exact: true }).click();
      const panel = page.getByRole('complementary', { name: panelName });
      await expect(panel).toBeVisible();
      const panelBox = await box(panel);
      // On the interface's inline-end side: the right in English, the left in Arabic.
      if (lang === 'en') expect(panelBox.x + panelBox.width).toBeGreaterThan(1270);
      else expect(panelBox.x).toBeLessThan(10);
      await expect.poll(async () => (await textBoxes(page)).filter((line) => intersects(line, panelBox))).toEqual([]);
      const lines = await textBoxes(page);
      expect(lines.length).toBeGreaterThan(10);
      // The text moved aside and narrowed rather than slipping under the panel.
      expect((await box(app.articleBody)).width).toBeLessThan(closedWidth);
      // The toolbar is not covered either.
      const toolbar = await box(page.locator('.reader-toolbar'));
      expect(panelBox.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height - 1);
    }
  });
}

test('on a narrow window the panel lies over a dimmed article; Escape closes it and gives the focus back to its button', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 760, height: 800 });
  const marks = new HighlightsAndNotes(page);
  const [id] = await seed(app, page, [arabicDoc]);
  await readAt(app, page, id!, 'en');
  const width = (await box(app.articleBody)).width;
  await marks.openPanel();
  await expect(marks.panel).toBeVisible();
  await expect(page.locator('.highlights-backdrop')).toBeVisible();
  // The focus went into the panel; the article kept its width under the backdrop.
  await expect.poll(() => marks.panel.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
  expect((await box(app.articleBody)).width).toBe(width);
  await page.keyboard.press('Escape');
  await expect(marks.panel).toBeHidden();
  await expect(page.locator('.highlights-backdrop')).toBeHidden();
  await expect(marks.panelToggle).toBeFocused();
  // Still in the reader: Escape closed the panel, not the article.
  await expect(app.articleBody).toBeVisible();

  // Shift+H opens it too (the physical key), and a click on the dimmed article closes it.
  await page.keyboard.press('Shift+KeyH');
  await expect(marks.panel).toBeVisible();
  await page.mouse.click(20, 700);
  await expect(marks.panel).toBeHidden();
});

test('the panel lists hundreds of highlights whole and in reading order, drawn after its first screenful: the colour filter and the keys reach every one', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const marks = new HighlightsAndNotes(page);
  const [id] = await seed(app, page, [arabicDoc]);
  // 300 highlights of a few letters each, one every 7 characters: far more than a screenful.
  const canonical = canonicalText(arabicDoc);
  const hash = createHash('sha256').update(canonical).digest('hex');
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
  const rows: HighlightRow[] = Array.from({ length: 300 }, (_, index) => ({
    id: `p${index}`,
    articleId: id!,
    ...describeRange(canonical, index * 7, index * 7 + 5),
    color: colors[index % colors.length]!,
    contentHash: hash,
    extractionVersion: arabicDoc.extractionVersion,
    // Written in reverse: the panel orders them by their place in the text.
    createdAt: 300 - index,
    updatedAt: 300 - index,
    deletedAt: null,
  }));
  await writeHighlights(page, rows);
  await readAt(app, page, id!, 'en');
  await marks.openPanel();
  // Filtered before the list is drawn whole: every pink one, and only those, once it is.
  await marks.colorFilter.selectOption('pink');
  await expect(marks.panelItems).toHaveCount(60);
  await expect(marks.panel.locator('.highlights-item:not(.highlight-edge-pink)')).toHaveCount(0);
  await marks.colorFilter.selectOption('all');
  await expect(marks.panelItems).toHaveCount(300);
  const quotes = await marks.panel.locator('.highlights-quote').allTextContents();
  expect(quotes).toEqual(rows.map((row) => canonical.slice(row.start, row.end)));
  // The last one, drawn in a later slice, is reached by the keyboard and goes to its passage.
  const last = marks.panel.locator('.highlights-quote').last();
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(marks.editor).toBeVisible();
});

test('on a wide window each note sits in the margin beside its passage, stacked without overlap, and stays there after a reload', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const marks = new HighlightsAndNotes(page);
  const [id] = await seed(app, page, [arabicDoc]);
  const quotes = ['المتحدث باسم الوزارة', 'التحقيق مستمر', 'درست آلاف الوثائق'];
  await seedNotes(page, id!, arabicDoc, [
    { quote: quotes[0]!, note: 'من المتحدث؟' },
    // On the same line as the first: it must be stacked below it.
    { quote: quotes[1]!, note: 'منذ متى بالضبط؟' },
    { quote: quotes[2]!, note: 'كم وثيقة؟' },
  ]);
  await readAt(app, page, id!, 'en');
  await expect(marks.marginNoteBoxes).toHaveCount(3);
  await expect.poll(() => marks.marginNoteTexts()).toEqual(['من المتحدث؟', 'منذ متى بالضبط؟', 'كم وثيقة؟']);
  // No markers on a wide window: the notes themselves are in the margin.
  await expect(page.locator('.note-marker')).toHaveCount(0);

  const notes = marks.marginNotes.locator('.margin-note');
  const boxes = async () => Promise.all([0, 1, 2].map((index) => box(notes.nth(index))));
  const before = await boxes();
  const text = await textBoxes(page);
  for (const note of before) expect(text.filter((line) => intersects(line, note))).toEqual([]);
  // Stacked: none overlaps another, in reading order.
  expect(intersects(before[0]!, before[1]!)).toBe(false);
  expect(before[1]!.y).toBeGreaterThanOrEqual(before[0]!.y + before[0]!.height);
  // Aligned: the first and third are level with their passages' first lines.
  for (const index of [0, 2]) {
    const [line] = await quoteLines(page, quotes[index]!);
    expect(Math.abs(before[index]!.y - line!.y)).toBeLessThanOrEqual(2);
  }
  // Beside the column on the interface's inline-end side (the right, in English).
  const column = await box(app.articleBody);
  for (const note of before) expect(note.x).toBeGreaterThanOrEqual(column.x + column.width);

  await page.reload();
  await app.articleBody.locator('[data-block]').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await expect(marks.marginNoteBoxes).toHaveCount(3);
  await expect.poll(boxes).toEqual(before);
});

test('a margin note is edited where it stands: saved through the note path, emptied with Undo, a long one folded to a line', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const marks = new HighlightsAndNotes(page);
  const [id] = await seed(app, page, [arabicDoc]);
  const long = 'السطر الأول من ملاحظة طويلة\nوالسطر الثاني\nوالسطر الثالث الذي لا يظهر حتى تفتح الملاحظة';
  await seedNotes(page, id!, arabicDoc, [
    { quote: 'المتحدث باسم الوزارة', note: 'قصيرة' },
    { quote: 'الوضع هادئ', note: long },
  ]);
  await readAt(app, page, id!, 'en');
  const [short, folded] = [marks.marginNoteBoxes.nth(0), marks.marginNoteBoxes.nth(1)];
  await expect(folded).toHaveValue(long);
  // What shows of a note: its box in the margin (the text box inside may run on, clipped).
  const [shortNote, foldedNote] = [0, 1].map((index) => marks.marginNotes.locator('.margin-note').nth(index));
  const shortHeight = (await box(shortNote!)).height;
  // Folded to its first line: as tall as a one-line note; open to its whole text when focused.
  await expect.poll(async () => (await box(foldedNote!)).height).toBeLessThanOrEqual(shortHeight + 1);
  // Clicked where it shows (its first line; the rest of its text box is clipped away).
  await foldedNote!.click();
  await expect(folded).toBeFocused();
  await expect.poll(async () => (await box(foldedNote!)).height).toBeGreaterThan(shortHeight * 2.5);

  await short.fill('قصيرة، وقد عدلت في الهامش');
  await short.blur();
  await expect
    .poll(async () => (await marks.storedNotes()).find((note) => note.id === 'n0')?.text)
    .toBe('قصيرة، وقد عدلت في الهامش');

  // Emptying the note deletes it, undoably, as in the highlight's editor.
  await short.fill('');
  await short.blur();
  await expect.poll(async () => (await marks.storedNotes()).find((note) => note.id === 'n0')?.deletedAt).not.toBeNull();
  await expect(marks.marginNoteBoxes).toHaveCount(1);
  await marks.undoButton.click();
  await expect.poll(async () => (await marks.storedNotes()).find((note) => note.id === 'n0')?.deletedAt).toBeNull();
  await expect(marks.marginNoteBoxes).toHaveCount(2);
  await expect(marks.marginNoteBoxes.first()).toHaveValue('قصيرة، وقد عدلت في الهامش');
});

for (const lang of ['en', 'ar'] as const) {
  test(`${lang} interface: a folded note's "…" sits at the end its text runs to and covers no letter, in both note directions`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const [id] = await seed(app, page, [arabicDoc]);
    // One line longer than the box: each first line runs to the end before it folds.
    const arabicNote = 'هذه ملاحظة طويلة جدا تمتد على أكثر من سطر واحد في الهامش حتى تطوى إلى سطرها الأول وحده';
    const englishNote =
      'A long note that runs over more than one line of the margin, so it folds to its first line only';
    await seedNotes(page, id!, arabicDoc, [
      { quote: 'المتحدث باسم الوزارة', note: arabicNote },
      { quote: 'الوضع هادئ', note: englishNote },
    ]);
    await readAt(app, page, id!, lang);
    // By class, not by the English names: this runs in both interfaces.
    const boxes = page.locator('.margin-notes .margin-note textarea');
    await expect(boxes).toHaveCount(2);
    for (const [index, dir] of [
      [0, 'rtl'],
      [1, 'ltr'],
    ] as const) {
      const note = page.locator('.margin-notes .margin-note').nth(index);
      // Folded to a line, with its mark shown.
      const more = note.locator('.margin-note-more');
      await expect(more).toBeVisible();
      const geometry = await note.evaluate((element) => {
        const textarea = element.querySelector('textarea')!;
        const shown = element.querySelector('.margin-note-body')!.getBoundingClientRect();
        const style = getComputedStyle(textarea);
        const box = textarea.getBoundingClientRect();
        const px = (value: string) => parseFloat(value);
        // Where the text is drawn: the box less its borders and padding (it wraps inside it).
        const content = {
          left: box.left + px(style.borderLeftWidth) + px(style.paddingLeft),
          right: box.right - px(style.borderRightWidth) - px(style.paddingRight),
          top: box.top + px(style.borderTopWidth) + px(style.paddingTop),
          bottom: box.bottom - px(style.borderBottomWidth) - px(style.paddingBottom),
        };
        const range = document.createRange();
        range.selectNodeContents(element.querySelector('.margin-note-more')!);
        const mark = range.getBoundingClientRect();
        return {
          direction: style.direction,
          // Only the first line shows: the text box runs on below what its note shows.
          folded: box.bottom > shown.bottom + 4,
          content,
          mark: { left: mark.left, right: mark.right, top: mark.top, bottom: mark.bottom, width: mark.width },
          note: { top: shown.top, bottom: shown.bottom },
        };
      });
      expect(geometry.direction).toBe(dir);
      expect(geometry.folded).toBe(true);
      expect(geometry.mark.width).toBeGreaterThan(0);
      // Beside the text at its end (the left for Arabic, the right for English), never over it.
      if (dir === 'rtl') expect(geometry.mark.right).toBeLessThanOrEqual(geometry.content.left);
      else expect(geometry.mark.left).toBeGreaterThanOrEqual(geometry.content.right);
      // On the first line, inside the note.
      expect(geometry.mark.top).toBeGreaterThanOrEqual(geometry.note.top);
      expect(geometry.mark.bottom).toBeLessThanOrEqual(geometry.note.bottom + 1);
      expect(geometry.mark.top).toBeLessThan(geometry.content.bottom);
      // Focused, the note opens whole and the mark goes.
      await boxes.nth(index).focus();
      await expect(more).toBeHidden();
      await boxes.nth(index).blur();
      await expect(more).toBeVisible();
    }
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang} interface: a note folds by whether its text overflows its line, not by its length, and is measured again when its size or width changes`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const [id] = await seed(app, page, [arabicDoc]);
    // 50 characters each: more than the 15rem column's line holds, and fewer than the 60 a
    // count of characters once took for "long". The short ones fit on their line.
    const wrapping = [
      'من قال هذا أولا، ومتى قيل ذلك علنا، أمام الصحفيين؟',
      'Who said this first, and when was it said publicly',
    ];
    const short = ['راجع هذا الرقم', 'Check the date'];
    expect(wrapping.map((note) => note.length)).toEqual([50, 50]);
    // In reading order: the notes are listed as their passages come.
    await seedNotes(page, id!, arabicDoc, [
      { quote: 'المتحدث باسم الوزارة', note: wrapping[0]! },
      { quote: 'درست آلاف الوثائق', note: short[0]! },
      { quote: 'المحافظات كلها', note: wrapping[1]! },
      { quote: 'الوضع هادئ', note: short[1]! },
    ]);
    await readAt(app, page, id!, lang);
    // By class, not by the English names: this runs in both interfaces.
    const notes = page.locator('.margin-notes .margin-note');
    await expect(notes).toHaveCount(4);
    await expect
      .poll(() => notes.evaluateAll((all) => all.map((note) => note.querySelector('textarea')!.value)))
      .toEqual([wrapping[0], short[0], wrapping[1], short[1]]);
    /** Per note: is its "…" shown, and does its text run on below the line it shows. */
    const folds = () =>
      notes.evaluateAll((all) =>
        all.map((note) => {
          const more = note.querySelector('.margin-note-more')!;
          const shown = note.querySelector('.margin-note-body')!.getBoundingClientRect();
          const text = note.querySelector('textarea')!.getBoundingClientRect();
          return { mark: more.getClientRects().length > 0, cut: text.bottom > shown.bottom + 4 };
        }),
      );
    const wrapped = { mark: true, cut: true };
    const whole = { mark: false, cut: false };
    await expect.poll(folds).toEqual([wrapped, whole, wrapped, whole]);

    // A wider column: the long notes now fit on their line and lose their mark; back again.
    // (Set through the CSS object model: the app's policy allows no inline style sheet.)
    const restyle = (selector: string, property: string, value: string | null) =>
      page.evaluate(
        ({ selector, property, value }) => {
          for (const element of document.querySelectorAll<HTMLElement>(selector)) {
            if (value === null) element.style.removeProperty(property);
            else element.style.setProperty(property, value);
          }
        },
        { selector, property, value },
      );
    await restyle('.margin-notes .margin-note', 'inline-size', '40rem');
    await expect.poll(folds).toEqual([whole, whole, whole, whole]);
    await restyle('.margin-notes .margin-note', 'inline-size', null);
    await expect.poll(folds).toEqual([wrapped, whole, wrapped, whole]);
    // A larger text: the short notes no longer fit and get their marks.
    await restyle('.margin-notes .margin-note-body', 'font-size', '3rem');
    await expect.poll(folds).toEqual([wrapped, wrapped, wrapped, wrapped]);
    await restyle('.margin-notes .margin-note-body', 'font-size', null);
    await expect.poll(folds).toEqual([wrapped, whole, wrapped, whole]);

    // A short note written out to 50 characters folds with its mark once the focus leaves it.
    const box = notes.nth(3).locator('textarea');
    await box.fill(wrapping[1]!);
    await box.blur();
    await expect.poll(async () => (await folds())[3]).toEqual(wrapped);
  });
}

test('on a narrow window the marker sits beside the line its passage ends on, covers no letter, passes under the toolbar, and stays put after a reload', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 700 });
  const marks = new HighlightsAndNotes(page);
  const [id] = await seed(app, page, [arabicDoc]);
  // A passage over two lines (most of the first paragraph).
  const quote = arabicParagraphs[0]!.slice(0, 90);
  await seedNotes(page, id!, arabicDoc, [{ quote, note: 'راجع المصدر' }]);
  await readAt(app, page, id!, 'en');
  await expect(marks.marginNotes).toHaveCount(0);
  const marker = marks.noteMarker('راجع المصدر');
  await expect(marker).toBeVisible();
  // Measured once it has settled (the fonts have laid the lines out, and the room kept for the
  // marker has moved the centred column), as after the reload below.
  await page.evaluate(() => document.fonts.ready);
  let settled = await box(marker);
  await expect
    .poll(async () => {
      const now = await box(marker);
      const same = JSON.stringify(now) === JSON.stringify(settled);
      settled = now;
      return same;
    })
    .toBe(true);
  const before = settled;
  const lines = await quoteLines(page, quote);
  expect(lines.length).toBeGreaterThan(1);
  const last = lines[lines.length - 1]!;
  const middle = before.y + before.height / 2;
  expect(middle).toBeGreaterThan(last.y);
  expect(middle).toBeLessThan(last.y + last.height);
  expect((await textBoxes(page)).filter((line) => intersects(line, before))).toEqual([]);
  expect(before.x + before.width).toBeLessThanOrEqual(800);

  await page.reload();
  await app.articleBody.locator('[data-block]').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => box(marker)).toEqual(before);

  // Scrolled so the passage is under the sticky toolbar (stuck at the top of the window once the
  // app bar has scrolled away): the toolbar is on top, not the marker.
  const toolbar = await box(page.locator('.reader-toolbar'));
  await page.evaluate((by) => window.scrollBy(0, by), before.y + before.height / 2 - toolbar.height / 2);
  await expect.poll(async () => (await box(page.locator('.reader-toolbar'))).y).toBe(0);
  await expect
    .poll(async () => {
      const now = await box(marker);
      return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.reader-toolbar') !== null, {
        x: now.x + now.width / 2,
        y: now.y + now.height / 2,
      });
    })
    .toBe(true);
});

test('a note on a highlight whose quote is no longer in the text stays listed in the panel with its quote, and has no margin note', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const marks = new HighlightsAndNotes(page);
  const [id] = await seed(app, page, [arabicDoc]);
  await seedNotes(page, id!, arabicDoc, [{ quote: 'التحقيق مستمر', note: 'باقية' }]);
  // Then an orphan: a quote the text never had, stored against an older version of it.
  const orphan: HighlightRow = {
    id: 'orphan',
    articleId: id!,
    start: 10,
    end: 30,
    exact: 'جملة حذفت من المقالة',
    prefix: '',
    suffix: '',
    color: 'green',
    contentHash: 'an-older-text',
    extractionVersion: 1,
    createdAt: 5,
    updatedAt: 5,
    deletedAt: null,
  };
  await writeHighlights(page, [orphan]);
  await writeNotes(page, [
    {
      id: 'orphan-note',
      articleId: id!,
      highlightId: 'orphan',
      text: 'ملاحظة على جملة حذفت',
      createdAt: 5,
      updatedAt: 5,
      deletedAt: null,
    },
  ]);
  await readAt(app, page, id!, 'en');
  await expect.poll(() => marks.marginNoteTexts()).toEqual(['باقية']);
  const panel = await marks.openPanel();
  await expect(panel).toContainText('1 highlight could not be placed in the changed text:');
  await expect(panel.locator('.highlights-orphans blockquote')).toHaveText('جملة حذفت من المقالة');
  await expect(panel.locator('.highlights-orphans')).toContainText('ملاحظة على جملة حذفت');
  // Nothing was dropped.
  expect((await marks.stored()).find((row) => row.id === 'orphan')).toMatchObject({ deletedAt: null });
  expect((await marks.storedNotes()).find((row) => row.id === 'orphan-note')).toMatchObject({ deletedAt: null });
});
