// Moving through an article: keyboard scrolling, the table of contents, focus that is always
// visible, and the reading position kept across a reload and shown in the library.

import type { Page } from '@playwright/test';
import { blockStartOffsets } from '../../renderer/article/canonicalText';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { longDoc } from './support/readerDocs';
import { readArticleRow, seedArticles } from './support/seedArticles';

const doc = longDoc(300);

async function openLong(app: HamishApp, page: Page, query = '?lang=en'): Promise<string> {
  await app.open(query);
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'مقالة طويلة', doc }]);
  await app.read(id!, query);
  return id!;
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** How far block `index`'s top is below the bottom of the reader's toolbar, in pixels. */
function blockOffsetBelowToolbar(page: Page, index: number): Promise<number> {
  return page.evaluate((index) => {
    const toolbar = document.querySelector('.reader-toolbar')!.getBoundingClientRect();
    const block = document.querySelector(`[data-block="${index}"]`)!.getBoundingClientRect();
    return block.top - toolbar.bottom;
  }, index);
}

test('arrows, Page Up/Down, Space and Home/End scroll the article', async ({ app, page }) => {
  await openLong(app, page);
  const viewport = page.viewportSize()!.height;
  await page.keyboard.press('ArrowDown');
  const line = await scrollY(page);
  expect(line).toBeGreaterThan(20);
  expect(line).toBeLessThan(60);
  await page.keyboard.press('PageDown');
  const afterPage = await scrollY(page);
  expect(afterPage - line).toBeGreaterThan(viewport * 0.6);
  expect(afterPage - line).toBeLessThan(viewport);
  await page.keyboard.press('Space');
  expect(await scrollY(page)).toBeGreaterThan(afterPage + viewport * 0.6);
  await page.keyboard.press('Shift+Space');
  expect(await scrollY(page)).toBeCloseTo(afterPage, -1);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowUp');
  expect(await scrollY(page)).toBe(0);
  await page.keyboard.press('End');
  await expect(app.block(doc.blocks.length - 1)).toBeInViewport();
  await page.keyboard.press('Home');
  expect(await scrollY(page)).toBe(0);
});

test('focus is visible on every control of the reader, reached with Tab', async ({ app, page }) => {
  await openLong(app, page);
  const names: string[] = [];
  // Skip link, Library, Notes, Search, Import, Keyboard shortcuts, Settings, then the reader's
  // toolbar: Back, Contents, Find, Text settings, Highlights and notes.
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return {
        name: element.getAttribute('aria-label') ?? element.textContent ?? '',
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    expect(focused.outline, `focus ring on ${focused.name}`).toBe('solid 3px');
    names.push(focused.name.trim());
  }
  expect(names).toEqual(
    expect.arrayContaining([
      'Notes',
      'Search',
      'Back to library',
      'Contents',
      'Find',
      'Text settings',
      'Highlights and notes',
      'Keyboard shortcuts',
      'Settings',
    ]),
  );
});

test('Ctrl+F opens find, Escape closes it and a second Escape returns to the library', async ({ app, page }) => {
  await openLong(app, page);
  await page.keyboard.press('Control+f');
  await expect(app.findBox).toBeFocused();
  // Keys typed into the box are text, not commands.
  await page.keyboard.type('+-');
  await expect(app.findBox).toHaveValue('+-');
  await expect(app.article).toHaveCSS('font-size', '20px');
  await page.keyboard.press('Escape');
  await expect(app.findBox).toBeHidden();
  await expect(page.getByRole('button', { name: 'Find', exact: true })).toBeFocused();
  await expect(app.article).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.libraryList).toBeVisible();
});

test('the table of contents lists the headings and takes the reader to one', async ({ app, page }) => {
  await openLong(app, page);
  await app.contentsButton.click();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('button')).toHaveCount(30);
  await expect(contents.getByRole('button').first()).toHaveAttribute('aria-current', 'location');
  await contents.getByRole('button', { name: 'الفصل 12', exact: true }).click();
  await expect(contents).toBeHidden();
  const heading = app.article.getByRole('heading', { name: 'الفصل 12', exact: true });
  await expect(heading).toBeFocused();
  expect(Math.abs(await blockOffsetBelowToolbar(page, 11 * 11))).toBeLessThan(2);

  // The section being read is marked when the contents open again; Escape closes them.
  await app.contentsButton.click();
  await expect(contents.getByRole('button', { name: 'الفصل 12', exact: true })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await page.keyboard.press('Escape');
  await expect(contents).toBeHidden();
  await expect(app.contentsButton).toBeFocused();
  await expect(app.article).toBeVisible();
});

test('the reading position is saved while reading, restored after a reload, and shown in the library', async ({
  app,
  page,
}) => {
  const id = await openLong(app, page);
  const target = 150;
  // Bring block 150 to the top of the text area. It can take a few passes: the app bar scrolls
  // away on the way, and content-visibility replaces estimated heights as blocks come into view.
  for (let pass = 0; pass < 8; pass += 1) {
    const below = await blockOffsetBelowToolbar(page, target);
    if (Math.abs(below) < 1) break;
    await page.evaluate((by) => window.scrollBy(0, by), below);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  const expectedOffset = blockStartOffsets(doc)[target]!;
  await expect.poll(async () => (await readArticleRow(page, id))?.progressOffset).toBe(expectedOffset);
  const stored = (await readArticleRow(page, id))!;
  expect(stored.progress).toBeGreaterThan(0.4);
  expect(stored.progress).toBeLessThan(0.7);

  await page.reload();
  await app.block(target).waitFor();
  await expect.poll(() => blockOffsetBelowToolbar(page, target).then(Math.abs)).toBeLessThan(2);

  await app.backToLibrary.click();
  const percent = Math.round(stored.progress * 100);
  await expect(app.libraryList.getByRole('listitem').filter({ hasText: 'مقالة طويلة' })).toContainText(
    `${percent}% read`,
  );
});

test('a short article seen whole counts as read', async ({ app, page }) => {
  await app.open('?lang=en');
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'قصيرة', doc: longDoc(1) }]);
  await app.read(id!);
  await expect.poll(async () => (await readArticleRow(page, id!))?.progress).toBe(1);
});
