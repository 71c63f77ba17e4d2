// Several library rows at once: selecting them (checkbox, Shift-click, Shift+↓/↑, Space,
// Ctrl/⌘+A on its physical key), the count announced, archive / delete / tag of the selection,
// a bulk deletion undone as one action (undo bar and Ctrl/⌘+Z), a write that fails leaving
// stored data as it was, the Arabic UI mirrored, and 10,000 rows deleted and brought back.

import type { Page } from '@playwright/test';
import { putArticles, seedLibrary, type ArticleSeed } from '../support/seedLibrary';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { ArabicKeyboard } from './support/arabicKeyboard';

// Tall enough for the virtualized list to render all six rows at once.
test.use({ viewport: { width: 1100, height: 2000 } });

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 10);
const TITLES = [
  'بيروت في الخريف',
  'Electron under the hood',
  'تاريخ القاهرة',
  'أسواق حلب',
  'A walk along the Nile',
  'شعر المتنبي',
];
const SEEDS: ArticleSeed[] = TITLES.map((title, i) => ({
  id: `s${i}`,
  title,
  createdAt: BASE - i * DAY,
  ...(/[A-Za-z]/.test(title) ? { lang: 'en', dir: 'ltr' as const, excerpt: `About ${title}.` } : {}),
}));

/** A fresh library holding only SEEDS (the welcome article deleted first), in `lang`. */
async function openSeeded(app: HamishApp, page: Page, lang: 'en' | 'ar' = 'en'): Promise<void> {
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  await app.gotoLibrary();
  await app.libraryList.getByRole('button', { name: 'Delete' }).click();
  await putArticles(page, SEEDS);
  await page.goto(`${app.baseUrl}/index.html?lang=${lang}#/`);
  await page.reload();
  await expect(page.locator('.library-item')).toHaveCount(TITLES.length);
}

const titles = (page: Page) => page.locator('.library-item-title');
const checkbox = (page: Page, title: string) => page.getByRole('checkbox', { name: `Select ${title}`, exact: true });

/** Which articles the database holds as not deleted, and which of them are archived (read through IndexedDB). */
async function stored(page: Page): Promise<{ live: string[]; archived: string[]; tags: Record<string, string[]> }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => {
            const rows = (
              all.result as { title: string; deletedAt: number | null; archivedAt: number | null; tags: string[] }[]
            ).filter((row) => row.deletedAt === null);
            request.result.close();
            resolve({
              live: rows.map((row) => row.title).sort(),
              archived: rows
                .filter((row) => row.archivedAt !== null)
                .map((row) => row.title)
                .sort(),
              tags: Object.fromEntries(rows.map((row) => [row.title, row.tags])),
            });
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('rows are selected by checkbox, Shift-click, Shift+arrows, Space and Ctrl+A, and the count is announced', async ({
  app,
  page,
}) => {
  await openSeeded(app, page);
  const count = page.locator('.library-selected-count');
  await expect(count).toHaveAttribute('role', 'status');
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toHaveCount(0);

  await checkbox(page, TITLES[1]!).click();
  await expect(count).toHaveText('1 article selected');
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await expect(toolbar.getByRole('button')).toHaveText([
    'Archive selected',
    'Delete selected',
    'Tag selected',
    'Clear selection',
  ]);
  // Shift-click: everything from the anchor to here.
  await checkbox(page, TITLES[3]!).click({ modifiers: ['Shift'] });
  await expect(count).toHaveText('3 articles selected');
  for (const [i, title] of TITLES.entries())
    await expect(checkbox(page, title)).toBeChecked({ checked: i >= 1 && i <= 3 });
  // A second Shift-click moves the far end of the range.
  await checkbox(page, TITLES[0]!).click({ modifiers: ['Shift'] });
  await expect(count).toHaveText('2 articles selected');
  await expect(checkbox(page, TITLES[0]!)).toBeChecked();
  await expect(checkbox(page, TITLES[3]!)).not.toBeChecked();

  // Escape clears; Ctrl+A (the key typing ش on an Arabic layout) selects every row shown.
  await page.keyboard.press('Escape');
  await expect(count).toHaveText('');
  await expect(toolbar).toHaveCount(0);
  const arabic = await ArabicKeyboard.attach(page);
  await arabic.press('KeyA', 'ctrl');
  await expect(count).toHaveText('6 articles selected');
  await toolbar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(count).toHaveText('');

  // Ctrl+A in the filter box selects its text, not the rows.
  const filter = page.getByRole('searchbox', { name: 'Filter library' });
  await filter.fill('حلب');
  await filter.press('ControlOrMeta+KeyA');
  await expect(count).toHaveText('');
  await filter.press('Escape');

  // Shift+↓ from the focused row selects it and the next; Shift+↑ takes one back.
  const rows = app.libraryList.getByRole('listitem');
  await rows.nth(1).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(rows.nth(3)).toBeFocused();
  await expect(count).toHaveText('3 articles selected');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(count).toHaveText('2 articles selected');
  await expect(checkbox(page, TITLES[3]!)).not.toBeChecked();
  // Space on a row turns it on or off.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(4)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(count).toHaveText('3 articles selected');
  await expect(checkbox(page, TITLES[4]!)).toBeChecked();
  await page.keyboard.press('Space');
  await expect(count).toHaveText('2 articles selected');
  // Shift-click on a row's free space selects a range too.
  await checkbox(page, TITLES[5]!).click();
  await rows
    .nth(3)
    .locator('.library-item-meta')
    .click({ modifiers: ['Shift'] });
  await expect(count).toHaveText('5 articles selected');
});

test('the selection is deleted as one action: the undo bar and Ctrl+Z each bring it all back', async ({
  app,
  page,
}) => {
  await openSeeded(app, page);
  await checkbox(page, TITLES[0]!).click();
  await checkbox(page, TITLES[2]!).click({ modifiers: ['Shift'] });
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Delete selected' }).click();
  await expect(titles(page)).toHaveText(TITLES.slice(3));
  const bar = page.getByRole('status').filter({ hasText: 'were deleted' });
  await expect(bar).toHaveText(/3 articles were deleted\./);
  await expect(page.locator('.library-selected-count')).toHaveText('');
  await bar.getByRole('button', { name: 'Undo' }).click();
  await expect(titles(page)).toHaveText(TITLES);
  await expect(bar).toHaveCount(0);
  // They come back selected, as they were.
  await expect(page.locator('.library-selected-count')).toHaveText('3 articles selected');

  // Delete in a selected row deletes the whole selection; Ctrl+Z, on its physical key, undoes it.
  await app.libraryList.getByRole('listitem').nth(1).focus();
  await page.keyboard.press('Delete');
  await expect(titles(page)).toHaveText(TITLES.slice(3));
  await expect(bar).toHaveText(/3 articles were deleted\./);
  await expect(app.libraryList.getByRole('listitem').nth(0)).toBeFocused();
  const arabic = await ArabicKeyboard.attach(page);
  await arabic.press('KeyZ', 'ctrl');
  await expect(titles(page)).toHaveText(TITLES);
  expect((await stored(page)).live).toEqual([...TITLES].sort());

  // Not undone: gone after a reload, the others untouched.
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Delete selected' }).click();
  await expect(titles(page)).toHaveText(TITLES.slice(3));
  await page.reload();
  await expect(titles(page)).toHaveText(TITLES.slice(3));
  expect((await stored(page)).live).toEqual(TITLES.slice(3).sort());
});

test('the selection is archived, unarchived and tagged together; a bad tag is refused with nothing stored', async ({
  app,
  page,
}) => {
  await openSeeded(app, page);
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await checkbox(page, TITLES[1]!).click();
  await checkbox(page, TITLES[2]!).click();
  await toolbar.getByRole('button', { name: 'Tag selected' }).click();
  const box = toolbar.getByRole('textbox', { name: 'Tags to add to the selected articles' });
  await expect(box).toBeFocused();
  await box.press('Enter');
  await expect(toolbar.getByRole('alert')).toHaveText(
    'A tag cannot be empty or only spaces. Type a tag, or press Esc.',
  );
  await box.fill('ت'.repeat(51));
  await box.press('Enter');
  await expect(toolbar.getByRole('alert')).toHaveText('A tag can be at most 50 characters long; this one has 51.');
  expect(Object.values((await stored(page)).tags).flat()).toEqual([]);
  await box.fill('مدن، travel');
  await box.press('Enter');
  for (const title of [TITLES[1]!, TITLES[2]!])
    await expect(app.libraryItem(title).locator('.tag')).toHaveText(['مدن×', 'travel×']);
  await expect(app.libraryItem(TITLES[0]!).locator('.tag')).toHaveCount(0);

  await toolbar.getByRole('button', { name: 'Archive selected' }).click();
  await expect(titles(page)).toHaveText([TITLES[0]!, ...TITLES.slice(3)]);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('archived');
  await expect(titles(page)).toHaveText([TITLES[1]!, TITLES[2]!]);
  expect((await stored(page)).archived).toEqual([TITLES[1]!, TITLES[2]!].sort());
  await page.keyboard.press('ControlOrMeta+KeyA');
  await toolbar.getByRole('button', { name: 'Unarchive selected' }).click();
  await expect(page.getByText('No articles match.')).toBeVisible();
  expect((await stored(page)).archived).toEqual([]);
});

test('a bulk action whose write fails leaves stored data as it was and says so, in English and in Arabic', async ({
  app,
  page,
}) => {
  // The disk fills in the middle of each write: every second article written is refused.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'articles' && (window as unknown as { failArticleWrites?: boolean }).failArticleWrites) {
        puts += 1;
        if (puts % 2 === 0) throw new DOMException('The disk is full', 'QuotaExceededError');
      }
      return put.apply(this, args);
    } as typeof put;
  });
  await openSeeded(app, page);
  const before = await stored(page);
  await page.evaluate(() => ((window as unknown as { failArticleWrites: boolean }).failArticleWrites = true));
  await page.keyboard.press('ControlOrMeta+KeyA');
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await toolbar.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'There is no space left to save that for the selected articles; nothing was changed. Free some disk space and try again.',
  );
  await expect(titles(page)).toHaveText(TITLES);
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toHaveCount(0);
  // Still selected, to try again.
  await expect(page.locator('.library-selected-count')).toHaveText('6 articles selected');
  await toolbar.getByRole('button', { name: 'Archive selected' }).click();
  await expect(page.getByRole('alert')).toContainText('nothing was changed');
  expect(await stored(page)).toEqual(before);

  await page.goto(`${app.baseUrl}/index.html?lang=ar#/`);
  await expect(page.locator('.library-item')).toHaveCount(TITLES.length);
  await page.evaluate(() => ((window as unknown as { failArticleWrites: boolean }).failArticleWrites = true));
  await page.keyboard.press('ControlOrMeta+KeyA');
  await page.getByRole('toolbar', { name: 'التحديد' }).getByRole('button', { name: 'وسم المحدَّد' }).click();
  await page.getByRole('textbox', { name: 'وسوم تُضاف إلى المقالات المحدَّدة' }).fill('مدن');
  await page.getByRole('textbox', { name: 'وسوم تُضاف إلى المقالات المحدَّدة' }).press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'لا توجد مساحة كافية لحفظ ذلك للمقالات المحدَّدة؛ لم يتغيّر شيء. حرّر بعض مساحة القرص ثم أعد المحاولة.',
  );
  await page.reload();
  await expect(page.locator('.library-item')).toHaveCount(TITLES.length);
  expect(await stored(page)).toEqual(before);
});

test('bulk work still running after a second shows its progress, and the page goes on answering', async ({
  app,
  page,
}) => {
  await openSeeded(app, page);
  await page.keyboard.press('ControlOrMeta+KeyA');
  // Another connection holds a write transaction on the articles, so the deletion waits behind it
  // (IndexedDB runs overlapping write transactions in turn) for as long as the test wants.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hamish');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('articles', 'readwrite').objectStore('articles');
          const holder = window as unknown as { releaseArticles?: boolean };
          const keepBusy = () => {
            if (holder.releaseArticles === true) db.close();
            else store.get('s0').onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
  );
  await page.getByRole('button', { name: 'Delete selected' }).click();
  const progress = page.getByRole('progressbar', { name: 'Deleting: 0 of 6' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '6');
  // Meanwhile the page answers: the filter box still filters.
  const filter = page.getByRole('searchbox', { name: 'Filter library' });
  await filter.fill('حلب');
  await expect(titles(page)).toHaveText(['أسواق حلب']);
  await filter.press('Escape');
  await expect(page.getByRole('button', { name: 'Delete selected' })).toBeDisabled();
  await page.evaluate(() => ((window as unknown as { releaseArticles: boolean }).releaseArticles = true));
  await expect(page.getByRole('status').filter({ hasText: 'were deleted' })).toHaveText(/6 articles were deleted\./);
  await expect(progress).toHaveCount(0);
  await expect(page.locator('.library-item')).toHaveCount(0);
});

test('in the Arabic UI the checkboxes sit at the right, the count is announced in Arabic, and a bulk deletion is undone', async ({
  app,
  page,
}) => {
  await openSeeded(app, page, 'ar');
  const list = page.getByRole('list', { name: 'المكتبة' });
  const row = list.getByRole('listitem').first();
  const box = row.getByRole('checkbox', { name: `تحديد ${TITLES[0]}`, exact: true });
  const [rowBox, checkBox] = [await row.boundingBox(), await box.boundingBox()];
  // At the row's start, which is its right edge in a right-to-left page.
  expect(rowBox!.x + rowBox!.width - (checkBox!.x + checkBox!.width)).toBeLessThan(20);
  expect(checkBox!.x - rowBox!.x).toBeGreaterThan(rowBox!.width / 2);

  await box.click();
  const count = page.locator('.library-selected-count');
  await expect(count).toHaveText('حُدِّدت مقالة واحدة');
  await list.getByRole('checkbox', { name: `تحديد ${TITLES[1]}`, exact: true }).click();
  await expect(count).toHaveText('حُدِّدت مقالتان');
  await list.getByRole('checkbox', { name: `تحديد ${TITLES[4]}`, exact: true }).click({ modifiers: ['Shift'] });
  await expect(count).toHaveText('حُدِّدت 5 مقالات');
  const toolbar = page.getByRole('toolbar', { name: 'التحديد' });
  await expect(toolbar.getByRole('button')).toHaveText(['أرشفة المحدَّد', 'حذف المحدَّد', 'وسم المحدَّد', 'إلغاء التحديد']);
  await toolbar.getByRole('button', { name: 'حذف المحدَّد' }).click();
  await expect(list.locator('.library-item-title')).toHaveText([TITLES[5]!]);
  const bar = page.getByRole('status').filter({ hasText: 'حُذفت' });
  await expect(bar).toHaveText(/حُذفت 5 مقالات\./);
  const arabic = await ArabicKeyboard.attach(page);
  await arabic.press('KeyZ', 'ctrl');
  await expect(list.locator('.library-item-title')).toHaveText(TITLES);
  await expect(bar).toHaveCount(0);
});

test('10,000 selected articles are deleted as one action and brought back by one undo', async ({ app, page }) => {
  test.setTimeout(300_000);
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  await seedLibrary(page, { count: 10_000 });
  await page.goto(`${app.baseUrl}/index.html?lang=en#/`);
  await page.reload();
  const listed = page.locator('.library-count');
  await expect(listed).toHaveText('10,001 articles', { timeout: 60_000 });
  await page.keyboard.press('ControlOrMeta+KeyA');
  await expect(page.locator('.library-selected-count')).toHaveText('10,001 articles selected');
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByText('Your library is empty.', { exact: false })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('status').filter({ hasText: 'were deleted' })).toHaveText(
    /10,001 articles were deleted\./,
  );
  await page.getByRole('status').filter({ hasText: 'were deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(listed).toHaveText('10,001 articles', { timeout: 120_000 });
  await expect(page.locator('.library-selected-count')).toHaveText('10,001 articles selected');
  await page.reload();
  await expect(listed).toHaveText('10,001 articles', { timeout: 60_000 });
});
