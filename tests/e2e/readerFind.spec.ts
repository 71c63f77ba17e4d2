// Find in article: Arabic-aware matching (diacritics, hamza forms, tatweel, ى/ي, ة/ه, digits),
// "n of m", next and previous, matches painted with the CSS Custom Highlight API and the
// current one distinct.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { findDoc } from './support/readerDocs';
import { docOf, seedArticles } from './support/seedArticles';

async function openFind(app: HamishApp, page: Page): Promise<void> {
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'البحث في المقالة', doc: findDoc() }]);
  await app.read(id!);
  await page.keyboard.press('Control+f');
  await expect(app.findBox).toBeFocused();
}

/** What the page paints: the text of every range of the find highlight, and of the current one. */
function painted(page: Page): Promise<{ all: string[]; current: string[] }> {
  return page.evaluate(() => {
    const texts = (name: string) =>
      [...(CSS.highlights.get(name) ?? [])].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    return { all: texts('hamish-find'), current: texts('hamish-find-current') };
  });
}

async function search(app: HamishApp, query: string): Promise<void> {
  await app.findBox.fill(query);
}

test('finds a word with and without diacritics, and steps through the matches', async ({ app, page }) => {
  await openFind(app, page);
  await search(app, 'المخابرات');
  await expect(app.findStatus).toHaveText('1 of 2');
  expect(await painted(page)).toEqual({ all: ['المُخابَرات', 'المخابرات'], current: ['المُخابَرات'] });

  await app.nextMatch.click();
  await expect(app.findStatus).toHaveText('2 of 2');
  expect((await painted(page)).current).toEqual(['المخابرات']);
  await app.nextMatch.click();
  await expect(app.findStatus).toHaveText('1 of 2');
  await app.previousMatch.click();
  await expect(app.findStatus).toHaveText('2 of 2');
  await app.findBox.press('Enter');
  await expect(app.findStatus).toHaveText('1 of 2');
  await app.findBox.press('Shift+Enter');
  await expect(app.findStatus).toHaveText('2 of 2');

  // The query may carry diacritics too.
  await search(app, 'المُخابَرات');
  await expect(app.findStatus).toHaveText('1 of 2');
});

test('hamza forms, tatweel, alef maqsura, taa marbuta, digits and Latin case all fold', async ({ app, page }) => {
  await openFind(app, page);
  const cases: [string, string[]][] = [
    ['احمد', ['أحمد', 'احمد']],
    ['أحمد', ['أحمد', 'احمد']],
    ['احسان', ['إحسان']],
    ['الكتاب', ['الكتـــاب', 'الكتاب']],
    ['مصطفي', ['مصطفى']],
    ['الصحيفه', ['الصحيفة']],
    ['3', ['٣', '3']],
    ['intelligence', ['Intelligence']],
  ];
  for (const [query, found] of cases) {
    await search(app, query);
    await expect(app.findStatus, query).toHaveText(`1 of ${found.length}`);
    expect((await painted(page)).all, query).toEqual(found);
  }
});

test('no match says so, disables stepping, and closing find clears the paint', async ({ app, page }) => {
  await openFind(app, page);
  await search(app, 'غير موجود');
  await expect(app.findStatus).toHaveText('No matches');
  await expect(app.nextMatch).toBeDisabled();
  await expect(app.previousMatch).toBeDisabled();
  expect(await painted(page)).toEqual({ all: [], current: [] });

  // Only marks, or only spaces: nothing to look for, nothing reported.
  await search(app, '\u064e\u064f');
  await expect(app.findStatus).toHaveText('');

  await search(app, 'المكتبة');
  await expect(app.findStatus).toHaveText('1 of 2');
  // Escape from a button of the bar closes find too, and stays in the article.
  await app.nextMatch.focus();
  await page.keyboard.press('Escape');
  await expect(app.findBox).toBeHidden();
  await expect(app.article).toBeVisible();
  await page.keyboard.press('Control+f');
  await search(app, 'المكتبة');
  await page.getByRole('button', { name: 'Close find' }).click();
  await expect(app.findBox).toBeHidden();
  expect(
    await page.evaluate(() => [CSS.highlights.has('hamish-find'), CSS.highlights.has('hamish-find-current')]),
  ).toEqual([false, false]);
});

/** Whether every range of a highlight lies in the article's title (its h1). */
function paintedInTitle(page: Page, name: string): Promise<boolean[]> {
  return page.evaluate(
    (highlight) =>
      [...(CSS.highlights.get(highlight) ?? [])].map(
        (range) => range.startContainer.parentElement?.closest('article h1') !== null,
      ),
    name,
  );
}

test('find covers the title: a word only in the title is found and painted there, before the body', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [
    {
      title: 'Harvest report from Aleppo',
      doc: docOf([
        { kind: 'paragraph', text: 'The report says the wheat harvest was late this year.' },
        { kind: 'paragraph', text: 'Farmers expect better rain next season.' },
      ]),
    },
  ]);
  await app.read(id!);
  await page.keyboard.press('Control+f');
  await search(app, 'Aleppo');
  await expect(app.findStatus).toHaveText('1 of 1');
  expect(await painted(page)).toEqual({ all: ['Aleppo'], current: ['Aleppo'] });
  expect(await paintedInTitle(page, 'hamish-find-current')).toEqual([true]);

  // In the title and the body: the title's match first, then the body's, and round again.
  await search(app, 'report');
  await expect(app.findStatus).toHaveText('1 of 2');
  expect(await painted(page)).toEqual({ all: ['report', 'report'], current: ['report'] });
  expect(await paintedInTitle(page, 'hamish-find')).toEqual([true, false]);
  expect(await paintedInTitle(page, 'hamish-find-current')).toEqual([true]);
  await app.findBox.press('Enter');
  await expect(app.findStatus).toHaveText('2 of 2');
  expect(await paintedInTitle(page, 'hamish-find-current')).toEqual([false]);
  await app.findBox.press('Enter');
  await expect(app.findStatus).toHaveText('1 of 2');
  expect(await paintedInTitle(page, 'hamish-find-current')).toEqual([true]);
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('the find bar speaks Arabic', async ({ app, page }) => {
    await app.open();
    await app.article.waitFor();
    const [id] = await seedArticles(page, [{ title: 'البحث', doc: findDoc() }]);
    await app.read(id!, '');
    await page.keyboard.press('Control+f');
    const box = page.getByRole('searchbox', { name: 'ابحث في المقالة' });
    await expect(box).toBeFocused();
    await box.fill('المخابرات');
    await expect(page.locator('.find-bar').getByRole('status')).toHaveText(/من/);
    await expect(page.getByRole('button', { name: 'النتيجة التالية' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'النتيجة السابقة' })).toBeEnabled();
  });
});

test('finds what search finds: a word with its clitics, painted whole once the article is analyzed, and a typo corrected', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [
    {
      title: 'وفد في دمشق',
      doc: docOf([
        { kind: 'paragraph', text: 'وصل الوفد بدمشق أمس، وغادر إلى طوكيو.' },
        { kind: 'paragraph', text: 'وقالت الوزارة إن دمشق هادئة، وإن الاتفاق مع طوكيو نووي الطابع.' },
      ]),
    },
  ]);
  await app.read(id!);
  await page.keyboard.press('Control+f');
  await search(app, 'دمشق');
  // The analyzer's pass runs in idle time; its matches replace the substrings when it is done.
  // The title's match comes first (find covers the title).
  await expect.poll(async () => (await painted(page)).all).toEqual(['دمشق', 'بدمشق', 'دمشق']);
  await expect(app.findStatus).toHaveText('1 of 3');

  await search(app, 'طوكبو');
  await expect(app.findStatus).toHaveText('Matches for “\u2068طوكيو\u2069” · 1 of 2');
  expect((await painted(page)).all).toEqual(['طوكيو', 'طوكيو']);

  // Words apart in one sentence come after the words side by side.
  await search(app, 'الاتفاق النووي');
  await expect(app.findStatus).toHaveText('1 of 1');
  expect((await painted(page)).all).toEqual(['الاتفاق', 'نووي']);
});
