// Polish found by use (issue 14, item 9), each in both UI languages where direction matters:
// the search popup draws inside its box, the reader's find button and the search box have
// different names in Arabic, the undo toast is centred in right-to-left as in left-to-right,
// the focus moves to the article when one opens, and a highlighted passage is announced with its
// colour and whether it has a note: as the caret moves, and in the accessibility tree a
// screen reader's browse mode reads.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { HighlightsAndNotes } from './models/HighlightsAndNotes';
import { SearchPanel, ARABIC_NAMES, ENGLISH_NAMES } from './models/SearchPanel';
import { docOf, seedArticles } from './support/seedArticles';

const LONG_AR =
  'قال المتحدث باسم الوزارة إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين خلال العام المقبل، مشيراً إلى أن الخطة تشمل قطاعات التعليم والصحة والنقل والطاقة والمياه';
const MIXED =
  'وأكد أن شركة Microsoft Corporation وشركة GitHub Incorporated ستنشران تقريراً عن المخابرات في https://example.org/a/very/long/address/that/never/breaks/anywhere/at/all/really';
const UNBROKEN = 'المخابرات' + 'ـ'.repeat(40) + 'والاستخباراتوالأمنالقوميوالدولي'.repeat(3);

/** Every element of the panel whose box reaches outside the panel's box (a pixel of rounding allowed), and the panel outside the window. */
function outsideThePanel(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('.search-panel')!;
    const box = panel.getBoundingClientRect();
    const out: string[] = [];
    if (box.left < -1 || box.right > window.innerWidth + 1) out.push(`panel ${box.left}–${box.right}`);
    for (const element of panel.querySelectorAll('*')) {
      for (const rect of element.getClientRects()) {
        if (rect.width === 0 && rect.height === 0) continue;
        if (rect.left < box.left - 1 || rect.right > box.right + 1)
          out.push(`${element.tagName}.${element.className} ${Math.round(rect.left)}–${Math.round(rect.right)}`);
      }
    }
    // Nothing scrolls sideways inside the panel either.
    if (panel.scrollWidth > panel.clientWidth + 1) out.push(`scrolls sideways ${panel.scrollWidth}`);
    return out;
  });
}

for (const language of ['ar', 'en'] as const) {
  test(`the search popup draws inside its box, with long Arabic and mixed-direction snippets (${language})`, async ({
    app,
    page,
  }) => {
    await app.open(`?lang=${language}`);
    await app.article.waitFor();
    await seedArticles(page, [
      { title: `المخابرات ${LONG_AR}`, doc: docOf([{ kind: 'paragraph', text: `${LONG_AR} المخابرات ${LONG_AR}` }]) },
      { title: 'تقرير Microsoft عن المخابرات', doc: docOf([{ kind: 'paragraph', text: MIXED }]) },
      { title: UNBROKEN, doc: docOf([{ kind: 'paragraph', text: `${UNBROKEN} ${UNBROKEN}` }]) },
    ]);
    await page.reload();
    const search = new SearchPanel(page, language === 'ar' ? ARABIC_NAMES : ENGLISH_NAMES);
    for (const width of [1100, 700, 420]) {
      await page.setViewportSize({ width, height: 800 });
      await search.box.click();
      await search.search('المخابرات');
      await expect(search.articles.getByRole('link')).toHaveCount(4);
      await page.evaluate(() => document.fonts.ready);
      expect(await outsideThePanel(page), `${width} px`).toEqual([]);
    }
  });
}

test.describe('in Arabic', () => {
  test('the search box and the reader’s find button have different names', async ({ app, page }) => {
    await app.open('?lang=ar');
    await app.article.waitFor();
    const [id] = await seedArticles(page, [{ title: 'عنوان', doc: docOf([{ kind: 'paragraph', text: 'نص.' }]) }]);
    await app.read(id!, '?lang=ar');
    await expect(page.getByRole('searchbox').first()).toHaveAccessibleName('بحث');
    await expect(page.locator('.reader-find-toggle')).toHaveAccessibleName('بحث في المقالة');
  });
});

test('in English the reader’s find button keeps its name, “Find”, beside “Search”', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.article.waitFor();
  await expect(page.getByRole('searchbox').first()).toHaveAccessibleName('Search');
  await expect(page.locator('.reader-find-toggle')).toHaveAccessibleName('Find');
});

/** The toast's box the first frame it is shown, measured before its timer can take it away. */
async function toastBox(page: Page): Promise<{ centre: number; viewport: number; left: number; right: number }> {
  const handle = await page.waitForFunction(() => {
    const toast = document.querySelector('.undo-toast');
    if (toast === null) return null;
    const box = toast.getBoundingClientRect();
    return {
      centre: box.left + box.width / 2,
      viewport: document.documentElement.clientWidth / 2,
      left: box.left,
      right: box.right,
    };
  });
  return (await handle.jsonValue())!;
}

async function deleteAHighlight(app: HamishApp, page: Page, language: 'ar' | 'en'): Promise<void> {
  await app.open(`?lang=${language}`);
  await app.article.waitFor();
  const [id] = await seedArticles(page, [
    {
      title: 'تقرير',
      doc: docOf([{ kind: 'paragraph', text: 'وأضاف أن التحقيق مستمر منذ عام 2024، وأن النتائج ستُعلن قريبًا.' }]),
    },
  ]);
  await app.read(id!, `?lang=${language}`);
  await page.evaluate(() => document.fonts.ready);
  const marks = new HighlightsAndNotes(page);
  await marks.select('النتائج ستُعلن');
  await page.keyboard.press('h');
  await expect.poll(async () => (await marks.stored()).length).toBe(1);
  await marks.clickWord('النتائج');
  await page.keyboard.press('Delete');
}

for (const language of ['ar', 'en'] as const) {
  test(`the undo toast is centred in the window (${language})`, async ({ app, page }) => {
    await deleteAHighlight(app, page, language);
    const box = await toastBox(page);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(Math.abs(box.centre - box.viewport), JSON.stringify(box)).toBeLessThanOrEqual(1);
  });
}

test.describe('the focus moves to the article when one opens', () => {
  async function library(app: HamishApp, page: Page): Promise<void> {
    await app.open('?lang=en');
    await app.article.waitFor();
    await seedArticles(page, [
      {
        title: 'A long article',
        doc: docOf(
          Array.from({ length: 60 }, (_, i) => ({
            kind: 'paragraph' as const,
            text: `Paragraph ${i}. ${'Words '.repeat(40)}`,
          })),
          'en',
          'ltr',
        ),
      },
    ]);
    await app.gotoLibrary();
  }

  async function expectArticleFocusedAndScrollable(app: HamishApp, page: Page): Promise<void> {
    await expect(app.article).toBeFocused();
    await expect(app.article).toHaveAccessibleName('A long article');
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  }

  test('by a click on its title in the library', async ({ app, page }) => {
    await library(app, page);
    await app.libraryItem('A long article').getByRole('link', { name: 'A long article' }).click();
    await app.articleBody.locator('[data-block]').first().waitFor();
    await expectArticleFocusedAndScrollable(app, page);
  });

  test('by the keyboard from the library', async ({ app, page }) => {
    await library(app, page);
    const link = app.libraryItem('A long article').getByRole('link', { name: 'A long article' });
    await link.focus();
    await page.keyboard.press('Enter');
    await app.articleBody.locator('[data-block]').first().waitFor();
    await expectArticleFocusedAndScrollable(app, page);
  });
});

for (const [language, yellow, fromFindings] of [
  ['en', 'Yellow highlight, with a note', 'Green highlight from “النتائج ستُعلن”'],
  ['ar', 'تظليل أصفر، عليه ملاحظة', 'تظليل أخضر يبدأ من «النتائج ستُعلن»'],
] as const) {
  test(`a screen reader in browse mode reads each highlight's label where it starts, and copying leaves it out (${language})`, async ({
    app,
    page,
    context,
  }) => {
    const first = 'وأضاف أن التحقيق مستمر منذ عام 2024،';
    const paragraph = `${first} وأن النتائج ستُعلن قريبًا.`;
    await app.open(`?lang=${language}`);
    await app.article.waitFor();
    const intro = 'قال المتحدث إن الخطة جاهزة.';
    const [id] = await seedArticles(page, [
      {
        title: 'تقرير',
        doc: docOf([
          { kind: 'paragraph', text: intro },
          { kind: 'paragraph', text: paragraph },
        ]),
      },
    ]);
    await app.read(id!, `?lang=${language}`);
    await page.evaluate(() => document.fonts.ready);
    const marks = new HighlightsAndNotes(page);
    // One highlight where the paragraph's text starts, with a note; one inside it, green.
    await marks.select(first);
    await page.keyboard.press('KeyN');
    const note = page.locator('.highlight-editor textarea');
    await expect(note).toBeFocused();
    await note.fill('مصدر');
    await note.blur();
    await expect.poll(async () => (await marks.storedNotes()).length).toBe(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.highlight-editor')).toBeHidden();
    await marks.select('النتائج ستُعلن');
    await page.getByRole('button', { name: language === 'ar' ? 'تظليل أخضر' : 'Highlight green' }).click();
    await expect.poll(async () => (await marks.stored()).length).toBe(2);

    // What Chromium gives a screen reader, in reading order: each label just before the run of
    // text where its highlight starts (the paragraph is one run, so both come before it).
    const cdp = await context.newCDPSession(page);
    const readOut = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
      };
      return nodes
        .filter((node) => !node.ignored && node.role?.value === 'StaticText')
        .map((node) => node.name?.value ?? '');
    };
    await expect.poll(readOut).toEqual(expect.arrayContaining([yellow, fromFindings, paragraph]));
    const read = await readOut();
    expect(read.indexOf(fromFindings)).toBe(read.indexOf(yellow) + 1);
    expect(read.indexOf(paragraph)).toBe(read.indexOf(fromFindings) + 1);

    // The labels are not text of the page: a selection across them (from the paragraph before
    // into this one), its copy and a highlight made of it hold the article's words only.
    await page.evaluate(() => {
      const [before, after] = [...document.querySelectorAll('.article-body [data-block]')].map((block) =>
        [...block.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!,
      );
      window.getSelection()!.setBaseAndExtent(before!, 'قال المتحدث إن '.length, after!, 'وأضاف أن التحقيق'.length);
    });
    const across = /^الخطة جاهزة\.\s+وأضاف أن التحقيق$/u;
    expect(await page.evaluate(() => window.getSelection()!.toString())).toMatch(across);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.keyboard.press('ControlOrMeta+KeyC');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(across);
    await page.keyboard.press('KeyH');
    await expect.poll(async () => (await marks.stored()).length).toBe(3);
    expect((await marks.stored()).map((row) => row.exact)).toContainEqual(expect.stringMatching(across));
    // The new highlight (green, the last colour used) starts in the paragraph before, so its
    // label is there; the paragraph's labels are as they were.
    const plainGreen = language === 'ar' ? 'تظليل أخضر يبدأ من «الخطة جاهزة.»' : 'Green highlight from “الخطة جاهزة.”';
    await expect.poll(readOut).toEqual(expect.arrayContaining([plainGreen]));
    const after = await readOut();
    expect([
      after.indexOf(plainGreen),
      after.indexOf(intro),
      after.indexOf(yellow),
      after.indexOf(fromFindings),
      after.indexOf(paragraph),
    ]).toEqual([0, 1, 2, 3, 4].map((k) => after.indexOf(plainGreen) + k));
  });
}

/** Puts the caret inside a word of the article, as caret browsing or a screen reader that moves it would. */
async function caretInto(page: Page, word: string): Promise<void> {
  await page.evaluate((word) => {
    const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at === -1) continue;
      window.getSelection()!.collapse(node, at + 2);
      return;
    }
    throw new Error(`not in the article: ${word}`);
  }, word);
}

for (const [language, yellow, withNote] of [
  ['en', 'Yellow highlight', 'Yellow highlight, with a note'],
  ['ar', 'تظليل أصفر', 'تظليل أصفر، عليه ملاحظة'],
] as const) {
  test(`a highlighted passage is announced with its colour and whether it has a note (${language})`, async ({
    app,
    page,
  }) => {
    await app.open(`?lang=${language}`);
    await app.article.waitFor();
    const [id] = await seedArticles(page, [
      {
        title: 'تقرير',
        doc: docOf([{ kind: 'paragraph', text: 'وأضاف أن التحقيق مستمر منذ عام 2024، وأن النتائج ستُعلن قريبًا.' }]),
      },
    ]);
    await app.read(id!, `?lang=${language}`);
    await page.evaluate(() => document.fonts.ready);
    const marks = new HighlightsAndNotes(page);
    const announcer = page.locator('.visually-hidden[role="status"]');
    await marks.select('النتائج ستُعلن');
    await page.keyboard.press('h');
    await marks.select('التحقيق مستمر');
    await page.keyboard.press('n');
    const note = page.locator('.highlight-editor textarea');
    await expect(note).toBeFocused();
    await note.fill('مصدر');
    // The chosen highlight is announced as it is.
    await expect(announcer).toHaveText(withNote);
    await note.blur();
    // A click on plain text lets go of the chosen highlight.
    await marks.clickWord('وأضاف');
    await expect(page.locator('.highlight-editor')).toBeHidden();
    await expect.poll(async () => (await marks.stored()).length).toBe(2);

    await caretInto(page, 'النتائج');
    await expect(announcer).toHaveText(yellow);
    await caretInto(page, 'مستمر');
    await expect(announcer).toHaveText(withNote);
    await caretInto(page, 'وأضاف');
    await expect(announcer).toHaveText('');
  });
}
