// The library: sorting, filters, tags, archive, delete with undo, reading progress, titles
// and excerpts in their own direction, and a list that stays light with 10,000 articles.

import type { Locator, Page } from '@playwright/test';
import { putArticles, seedLibrary, type ArticleSeed } from '../support/seedLibrary';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { ArabicKeyboard } from './support/arabicKeyboard';

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 10);

const SEEDS: ArticleSeed[] = [
  {
    id: 'a',
    title: 'بيروت في الخريف',
    createdAt: BASE - 1 * DAY,
    openedAt: BASE - 10 * DAY,
    progress: 0.5,
    tags: ['سفر'],
  },
  {
    id: 'b',
    title: 'Electron under the hood',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A tour of the main process.',
    sourceUrl: 'https://www.electronjs.org/docs/latest',
    wordCount: 1000,
    createdAt: BASE - 2 * DAY,
    openedAt: BASE - 1 * DAY,
    progress: 1,
  },
  { id: 'c', title: 'تاريخ القاهرة', siteName: 'الجزيرة', createdAt: BASE - 3 * DAY, progress: 0 },
  { id: 'd', title: 'أسواق حلب', createdAt: BASE - 4 * DAY, openedAt: BASE - 5 * DAY, progress: 0.2, archivedAt: BASE },
];

/** A fresh library holding only SEEDS (the welcome article is deleted first). */
async function openSeededLibrary(app: HamishApp, page: Page): Promise<void> {
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  await app.gotoLibrary();
  await app.libraryList.getByRole('button', { name: 'Delete' }).click();
  await putArticles(page, SEEDS);
  await page.reload();
  await expect(app.libraryList.getByRole('listitem')).toHaveCount(3);
}

function titles(app: HamishApp) {
  return app.libraryList.locator('.library-item-title');
}

test('sorts by date added, last opened and title', async ({ app, page }) => {
  await openSeededLibrary(app, page);
  await expect(titles(app)).toHaveText(['بيروت في الخريف', 'Electron under the hood', 'تاريخ القاهرة']);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Last opened' });
  await expect(titles(app)).toHaveText(['Electron under the hood', 'بيروت في الخريف', 'تاريخ القاهرة']);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title' });
  // Collated for the UI language: in English, Latin script before Arabic.
  await expect(titles(app)).toHaveText(['Electron under the hood', 'بيروت في الخريف', 'تاريخ القاهرة']);
});

test('filters unread, in progress and archived, and shows progress on each item', async ({ app, page }) => {
  await openSeededLibrary(app, page);
  await expect(app.libraryItem('بيروت في الخريف')).toContainText('50% read');
  await expect(app.libraryItem('تاريخ القاهرة')).toContainText('Unread');
  const show = page.getByRole('combobox', { name: 'Show' });
  await show.selectOption({ label: 'Unread' });
  await expect(titles(app)).toHaveText(['تاريخ القاهرة']);
  await show.selectOption({ label: 'In progress' });
  await expect(titles(app)).toHaveText(['بيروت في الخريف']);
  await show.selectOption({ label: 'Archived' });
  await expect(titles(app)).toHaveText(['أسواق حلب']);
  await expect(page.getByText('1 article', { exact: true })).toBeVisible();
});

test('archives and unarchives', async ({ app, page }) => {
  await openSeededLibrary(app, page);
  await app.libraryItem('تاريخ القاهرة').getByRole('button', { name: 'Archive' }).click();
  await expect(titles(app)).toHaveText(['بيروت في الخريف', 'Electron under the hood']);
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Archived' });
  await expect(titles(app)).toHaveText(['تاريخ القاهرة', 'أسواق حلب']);
  await app.libraryItem('أسواق حلب').getByRole('button', { name: 'Unarchive' }).click();
  await expect(titles(app)).toHaveText(['تاريخ القاهرة']);
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'All articles' });
  await expect(titles(app)).toHaveText(['بيروت في الخريف', 'Electron under the hood', 'أسواق حلب']);
});

test('adds, filters by and removes tags', async ({ app, page }) => {
  await openSeededLibrary(app, page);
  const cairo = app.libraryItem('تاريخ القاهرة');
  await cairo.getByRole('textbox', { name: 'Tags' }).fill('تاريخ، مدن');
  await cairo.getByRole('textbox', { name: 'Tags' }).press('Enter');
  await expect(cairo.locator('.tag')).toHaveText(['تاريخ×', 'مدن×']);
  await expect(cairo.getByRole('textbox', { name: 'Tags' })).toHaveValue('');

  const tagFilter = page.getByRole('combobox', { name: 'Tag' });
  await tagFilter.selectOption('سفر');
  await expect(titles(app)).toHaveText(['بيروت في الخريف']);
  await tagFilter.selectOption('مدن');
  await expect(titles(app)).toHaveText(['تاريخ القاهرة']);

  await cairo.getByRole('button', { name: 'Remove tag مدن' }).click();
  // The filter's tag is gone from the library: the filter falls back to all tags.
  await expect(titles(app)).toHaveText(['بيروت في الخريف', 'Electron under the hood', 'تاريخ القاهرة']);
  await expect(cairo.locator('.tag')).toHaveText(['تاريخ×']);
  await page.reload();
  await expect(app.libraryItem('تاريخ القاهرة').locator('.tag')).toHaveText(['تاريخ×']);
});

test('a tag that is empty, only spaces or over 50 characters is refused with a message, in both languages', async ({
  app,
  page,
}) => {
  await openSeededLibrary(app, page);
  const cairo = app.libraryItem('تاريخ القاهرة');
  const box = cairo.getByRole('textbox', { name: 'Tags' });
  await box.press('Enter');
  await expect(cairo.getByRole('alert')).toHaveText('A tag cannot be empty or only spaces. Type a tag, or press Esc.');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await box.fill('   ');
  await box.press('Enter');
  await expect(cairo.getByRole('alert')).toContainText('cannot be empty or only spaces');
  const long = 'ت'.repeat(51);
  await box.fill(`مدن، ${long}`);
  await box.press('Enter');
  await expect(cairo.getByRole('alert')).toHaveText('A tag can be at most 50 characters long; this one has 51.');
  // Nothing is cut and nothing stored: the entry stays for the user to mend.
  await expect(box).toHaveValue(`مدن، ${long}`);
  await expect(cairo.locator('.tag')).toHaveCount(0);
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(cairo.getByRole('alert')).toHaveCount(0);
  await box.fill('ت'.repeat(50));
  await box.press('Enter');
  await expect(cairo.locator('.tag')).toHaveText([`${'ت'.repeat(50)}×`]);

  await page.goto(`${app.baseUrl}/index.html?lang=ar#/`);
  const beirut = page.locator('.library-item').filter({ hasText: 'بيروت في الخريف' });
  const arabicBox = beirut.getByRole('textbox', { name: 'الوسوم: بيروت في الخريف' });
  await arabicBox.fill(' ، ');
  await arabicBox.press('Enter');
  await expect(beirut.getByRole('alert')).toHaveText('لا يكون الوسم فارغًا ولا مسافاتٍ فقط. اكتب وسمًا، أو اضغط Esc.');
  await arabicBox.fill('x'.repeat(60));
  await arabicBox.blur();
  await expect(beirut.getByRole('alert')).toHaveText('لا يزيد الوسم على 50 حرفًا، وطول هذا 60.');
  await expect(beirut.locator('.tag')).toHaveText(['سفر×']);
});

test('delete can be undone, and a deletion not undone stays after a reload', async ({ app, page }) => {
  await openSeededLibrary(app, page);
  await app.libraryItem('بيروت في الخريف').getByRole('button', { name: 'Delete' }).click();
  await expect(titles(app)).toHaveText(['Electron under the hood', 'تاريخ القاهرة']);
  const status = page.getByRole('status').filter({ hasText: 'was deleted' });
  await expect(status).toHaveText(/“بيروت في الخريف” was deleted\./);
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(titles(app)).toHaveText(['بيروت في الخريف', 'Electron under the hood', 'تاريخ القاهرة']);
  await expect(app.libraryItem('بيروت في الخريف').locator('.tag')).toHaveText(['سفر×']);

  await app.libraryItem('تاريخ القاهرة').getByRole('button', { name: 'Delete' }).click();
  await expect(titles(app)).toHaveCount(2);
  await page.reload();
  await expect(titles(app)).toHaveText(['بيروت في الخريف', 'Electron under the hood']);
});

test('arrow keys move between rows, Delete deletes the focused row, Ctrl+Z (on its physical key) undoes it, Enter opens', async ({
  app,
  page,
}) => {
  await openSeededLibrary(app, page);
  const rows = app.libraryList.getByRole('listitem');
  // Nothing focused: ↓ starts at the first row.
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // The last row stays the last.
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(1)).toHaveText(/Electron under the hood/);
  await expect(rows.nth(1)).toBeFocused();

  await page.keyboard.press('Delete');
  await expect(titles(app)).toHaveText(['بيروت في الخريف', 'تاريخ القاهرة']);
  await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toHaveText(
    /“Electron under the hood” was deleted\./,
  );
  // The focus goes to the row that took the deleted one's place.
  await expect(app.libraryItem('تاريخ القاهرة')).toBeFocused();
  // Ctrl+Z as an Arabic keyboard sends it (the key types ئ): the physical key is what counts.
  const arabic = await ArabicKeyboard.attach(page);
  await arabic.press('KeyZ', 'ctrl');
  await expect(titles(app)).toHaveText(['بيروت في الخريف', 'Electron under the hood', 'تاريخ القاهرة']);
  await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toHaveCount(0);

  // Keys typed in a text field stay there: Delete in the filter box deletes no article.
  const filter = page.getByRole('searchbox', { name: 'Filter library' });
  await filter.fill('x');
  await filter.press('Home');
  await filter.press('Delete');
  await expect(filter).toHaveValue('');
  await expect(titles(app)).toHaveCount(3);

  await app.libraryItem('بيروت في الخريف').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/read\/a$/);
});

test('the library keys under the Arabic UI: ↓ and ↑ move between rows, Delete deletes, Ctrl+Z on its physical key undoes it', async ({
  app,
  page,
}) => {
  await openSeededLibrary(app, page);
  await page.goto(`${app.baseUrl}/index.html?lang=ar#/`);
  const list = page.getByRole('list', { name: 'المكتبة' });
  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(3);
  const arabicTitles = list.locator('.library-item-title');
  // Rows run top to bottom in either direction, so ↓ is the next row in the Arabic UI too.
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toContainText('Electron under the hood');
  await page.keyboard.press('Delete');
  await expect(arabicTitles).toHaveText(['بيروت في الخريف', 'تاريخ القاهرة']);
  const status = page.getByRole('status').filter({ hasText: 'حُذفت' });
  await expect(status).toHaveText(/حُذفت «Electron under the hood»\./);
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1)).toContainText('تاريخ القاهرة');
  const arabic = await ArabicKeyboard.attach(page);
  await arabic.press('KeyZ', 'ctrl');
  await expect(arabicTitles).toHaveText(['بيروت في الخريف', 'Electron under the hood', 'تاريخ القاهرة']);
  await expect(status).toHaveCount(0);
  // Ctrl+Z with no deletion to undo takes nothing back and deletes nothing.
  await arabic.press('KeyZ', 'ctrl');
  await expect(arabicTitles).toHaveCount(3);
  await page.reload();
  await expect(arabicTitles).toHaveText(['بيروت في الخريف', 'Electron under the hood', 'تاريخ القاهرة']);
});

test('titles and excerpts take their own direction in either UI language', async ({ app, page }) => {
  await openSeededLibrary(app, page);
  const arabic = app.libraryItem('بيروت في الخريف');
  await expect(arabic.getByRole('link')).toHaveCSS('direction', 'rtl');
  await expect(arabic.locator('.library-item-excerpt')).toHaveCSS('direction', 'rtl');
  const english = app.libraryItem('Electron under the hood');
  await expect(english.getByRole('heading', { name: 'Electron under the hood' })).toHaveAttribute('lang', 'en');
  await expect(english.getByRole('link')).toHaveCSS('direction', 'ltr');
  await page.goto(`${app.baseUrl}/index.html?lang=ar#/`);
  const list = page.getByRole('list', { name: 'المكتبة' });
  await expect(list.getByRole('link', { name: 'Electron under the hood' })).toHaveCSS('direction', 'ltr');
  await expect(list.getByRole('link', { name: 'بيروت في الخريف' })).toHaveCSS('direction', 'rtl');
});

test('rows show reading time and site; each control is named with its article’s title', async ({ app, page }) => {
  await openSeededLibrary(app, page);
  const electron = app.libraryItem('Electron under the hood');
  // 1,000 English words at the default 230 words a minute (docs/reader.md, "Reading time").
  await expect(electron).toContainText('4 min read');
  await expect(electron).toContainText('electronjs.org');
  await expect(app.libraryItem('تاريخ القاهرة')).toContainText('الجزيرة');
  await expect(app.libraryItem('بيروت في الخريف')).toContainText('1 min read');
  // No two buttons share a name: "Archive: <title>", not three identical "Archive".
  const names = await app.libraryList
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent));
  expect(new Set(names).size).toBe(names.length);
  await expect(app.libraryList.getByRole('button', { name: 'Archive: تاريخ القاهرة', exact: true })).toBeVisible();
  await expect(
    app.libraryList.getByRole('button', { name: 'Delete: Electron under the hood', exact: true }),
  ).toBeVisible();
  await expect(app.libraryList.getByRole('textbox', { name: 'Tags: بيروت في الخريف', exact: true })).toBeVisible();
  await expect(
    app.libraryList.getByRole('button', { name: 'Remove tag سفر from بيروت في الخريف', exact: true }),
  ).toBeVisible();
  await page.goto(`${app.baseUrl}/index.html?lang=ar#/`);
  await expect(page.getByRole('button', { name: 'أرشفة: تاريخ القاهرة', exact: true })).toBeVisible();
  await expect(page.locator('.library-item').filter({ hasText: 'Electron under the hood' })).toContainText(
    '4 دقائق قراءة',
  );
});

test('the filter box narrows the list by title, site, tag and excerpt, folding Arabic as search does', async ({
  app,
  page,
}) => {
  await openSeededLibrary(app, page);
  const filterBox = page.getByRole('searchbox', { name: 'Filter library' });
  await filterBox.fill('القاهره'); // ة typed as ه
  await expect(titles(app)).toHaveText(['تاريخ القاهرة']);
  await filterBox.fill('electronjs');
  await expect(titles(app)).toHaveText(['Electron under the hood']);
  await filterBox.fill('سفر'); // a tag
  await expect(titles(app)).toHaveText(['بيروت في الخريف']);
  await filterBox.fill('MAIN process'); // the excerpt, any case
  await expect(titles(app)).toHaveText(['Electron under the hood']);
  await filterBox.fill('الجزيره تاريخ');
  await expect(titles(app)).toHaveText(['تاريخ القاهرة']);
  await filterBox.fill('لا شيء يطابق هذا');
  await expect(page.getByText('No articles match.')).toBeVisible();
  await filterBox.press('Escape');
  await expect(filterBox).toHaveValue('');
  await expect(titles(app)).toHaveCount(3);
  // The archived article is found under "Archived", as the filters combine.
  await page.getByRole('combobox', { name: 'Show' }).selectOption('archived');
  await filterBox.fill('اسواق'); // أ typed as ا
  await expect(titles(app)).toHaveText(['أسواق حلب']);
});

/** Where a row's title and excerpt text sit (a Range over each), against the row's content box. */
async function sides(row: Locator) {
  // The text itself, not the elements' boxes, which span the whole line whatever the alignment.
  const textBox = (locator: Locator) =>
    locator.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const rect = range.getBoundingClientRect();
      return { left: rect.left, right: rect.right };
    });
  const content = await row.locator('.library-item-heading').evaluate((heading) => {
    const rect = heading.getBoundingClientRect();
    return { left: rect.left, right: rect.right };
  });
  return {
    content,
    title: await textBox(row.locator('.library-item-title')),
    excerpt: await textBox(row.locator('.library-item-excerpt')),
  };
}

for (const lang of ['en', 'ar'] as const) {
  test(`an Arabic title sits at the right like its excerpt, an English one at the left (${lang} UI, by bounding boxes)`, async ({
    app,
    page,
  }) => {
    await openSeededLibrary(app, page);
    await page.goto(`${app.baseUrl}/index.html?lang=${lang}#/`);
    const list = page.locator('.library-list');
    await expect(list.getByRole('listitem')).toHaveCount(3);
    const arabicRow = list.getByRole('listitem').filter({ hasText: 'بيروت في الخريف' });
    const arabic = await sides(arabicRow);
    // Right-aligned: the title ends where the row's content ends, as the excerpt's text does.
    expect(Math.abs(arabic.title.right - arabic.content.right)).toBeLessThan(2);
    expect(arabic.title.left - arabic.content.left).toBeGreaterThan(100);
    expect(Math.abs(arabic.excerpt.right - arabic.content.right)).toBeLessThan(2);
    expect(arabic.excerpt.left - arabic.content.left).toBeGreaterThan(100);
    const englishRow = list.getByRole('listitem').filter({ hasText: 'Electron under the hood' });
    const english = await sides(englishRow);
    expect(Math.abs(english.title.left - english.content.left)).toBeLessThan(2);
    expect(english.content.right - english.title.right).toBeGreaterThan(100);
  });
}

test('a cold load paints the list without writing a scroll position, with the fonts and the first rows asked for up front', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  await seedLibrary(page, { count: 60 });
  // Counts the page's scroll writes: the virtualizer's write-back on mount forced a layout.
  await page.addInitScript(() => {
    const counted = window as unknown as { scrollWrites: number };
    counted.scrollWrites = 0;
    const scrollTo = window.scrollTo.bind(window) as (...args: unknown[]) => void;
    window.scrollTo = ((...args: unknown[]) => {
      counted.scrollWrites += 1;
      scrollTo(...args);
    }) as typeof window.scrollTo;
  });
  await page.goto(`${app.baseUrl}/index.html?lang=en#/`);
  // Only the hash changed: load the page afresh, as a cold start on the library.
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('hamish:library-painted').length > 0);
  expect(await page.evaluate(() => (window as unknown as { scrollWrites: number }).scrollWrites)).toBe(0);

  // Noto Sans Arabic and Noto Sans, regular and semibold, fetched from the page head.
  const preloaded = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => ({
      file: link.href
        .split('/')
        .pop()!
        .replace(/-[\w-]{8}\.woff2$/, ''),
      fetchedByLink: performance
        .getEntriesByName(link.href)
        .some((entry) => (entry as PerformanceResourceTiming).initiatorType === 'link'),
    })),
  );
  expect(preloaded).toEqual(
    [
      'noto-sans-arabic-arabic-400-normal',
      'noto-sans-arabic-arabic-600-normal',
      'noto-sans-latin-400-normal',
      'noto-sans-latin-600-normal',
    ].map((file) => ({ file, fetchedByLink: true })),
  );

  // The first rows are read by a script of its own that runs ahead of the app's entry, while
  // the app's chunk is still being compiled (renderer/startup/earlyRead.ts).
  const moduleScripts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((script) =>
      script.src
        .split('/')
        .pop()!
        .replace(/-[\w-]{8}\.js$/, ''),
    ),
  );
  expect(moduleScripts).toEqual(['earlyRead', 'index']);

  // The list still follows the page when the user scrolls.
  const oldestSeed = app.libraryList.locator('.library-item-title').filter({ hasText: / 59$/ });
  await expect(oldestSeed).toHaveCount(0);
  await page.mouse.move(500, 400);
  for (let step = 0; step < 50; step += 1) await page.mouse.wheel(0, 500);
  await expect(oldestSeed).toHaveCount(1);
});

test('10,000 articles: only the rows on screen are in the page, and the end of the list is reachable', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  await seedLibrary(page, { count: 10_000 });
  await page.goto(`${app.baseUrl}/index.html?lang=en#/`);
  await expect(page.getByText('10,001 articles')).toBeVisible();
  const rows = app.libraryList.getByRole('listitem');
  expect(await rows.count()).toBeLessThan(40);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '10001');
  // Jumping anywhere in the list shows rows there within two frames, and only a screenful of
  // them exists at a time. (How fast is for the benchmarks, not for a test on a shared machine.)
  const jumps = await page.evaluate(async () => {
    const seen: { rows: number; centre: number | null }[] = [];
    for (let step = 1; step <= 20; step += 1) {
      window.scrollTo(0, (document.documentElement.scrollHeight * step) / 20 - window.innerHeight / 2);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const centre = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2)?.closest('.library-item');
      seen.push({
        rows: document.querySelectorAll('.library-item').length,
        centre: centre === null || centre === undefined ? null : Number(centre.getAttribute('aria-posinset')),
      });
    }
    return seen;
  });
  for (const [i, jump] of jumps.entries()) {
    expect(jump.rows, `rows in the page after jump ${i + 1}`).toBeLessThan(40);
    // The row at the middle of the window is the one that belongs at that point of the list.
    expect(jump.centre, `row at the centre after jump ${i + 1}`).not.toBeNull();
    expect(Math.abs(jump.centre! - ((i + 1) * 10_001) / 20), `row at the centre after jump ${i + 1}`).toBeLessThan(20);
  }
  // The oldest seeded article closes the list.
  await expect(app.libraryList.locator('.library-item-title').last()).toHaveText(/ 9999$/);
  await expect(rows.last()).toHaveAttribute('aria-posinset', '10001');
  expect(await rows.count()).toBeLessThan(40);
});
