// The reader's rendering in a real browser: block directions and alignment for Arabic, English
// and mixed text, themes (with screenshots of a mixed paragraph in each, under docs/), links
// that leave only after a confirmation, images that never come from the network.

import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import {
  ARABIC_FIRST_ENGLISH,
  ARABIC_PARAGRAPH,
  bidiDoc,
  ENGLISH_PARAGRAPH,
  LATIN_FIRST_ARABIC,
  MIXED_PARAGRAPH,
} from './support/readerDocs';
import { docOf, seedArticles } from './support/seedArticles';
import { docsScreenshot } from './support/docsScreenshot';
import type { InlineMark } from '../../renderer/article/types';

// A 1×1 PNG, stored with the article as a data: URL.
const PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** An inline mark over the first occurrence of `word` in `text`. */
function markOn(text: string, word: string, type: InlineMark['type'], href?: string): InlineMark {
  const start = text.indexOf(word);
  if (start === -1) throw new Error(`${word} is not in ${text}`);
  return { type, start, end: start + word.length, ...(href === undefined ? {} : { href }) };
}

async function openSeeded(
  app: HamishApp,
  page: Page,
  title: string,
  doc = bidiDoc(),
  query = '?lang=en',
): Promise<void> {
  await app.open(query);
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title, doc }]);
  await app.read(id!, query);
}

/** Where the block's text sits horizontally: its leftmost and rightmost glyph edges. */
async function textEdges(block: Locator): Promise<{ text: [number, number]; box: [number, number] }> {
  return block.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = [...range.getClientRects()];
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const inset = (side: 'Left' | 'Right') =>
      parseFloat(style.getPropertyValue(`padding-${side.toLowerCase()}`)) +
      parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    return {
      text: [Math.min(...rects.map((rect) => rect.left)), Math.max(...rects.map((rect) => rect.right))] as [
        number,
        number,
      ],
      // The content box: where text starts and ends.
      box: [box.left + inset('Left'), box.right - inset('Right')] as [number, number],
    };
  });
}

async function expectAligned(block: Locator, side: 'right' | 'left'): Promise<void> {
  const { text, box } = await textEdges(block);
  if (side === 'right') {
    expect(Math.abs(text[1] - box[1])).toBeLessThan(2);
    expect(text[0] - box[0]).toBeGreaterThan(40);
  } else {
    expect(Math.abs(text[0] - box[0])).toBeLessThan(2);
    expect(box[1] - text[1]).toBeGreaterThan(40);
  }
}

for (const locale of ['en-US', 'ar-EG']) {
  test.describe(`directions with a ${locale} interface`, () => {
    test.use({ locale });

    test('Arabic, English and mixed paragraphs each take their own direction and align to their start', async ({
      app,
      page,
    }) => {
      await openSeeded(app, page, 'اتجاه الفقرات', bidiDoc(), '');
      await expect(app.article).toHaveAttribute('dir', 'rtl');
      await expect(app.article).toHaveAttribute('lang', 'ar');
      const expected: [string, 'rtl' | 'ltr'][] = [
        [ARABIC_PARAGRAPH, 'rtl'],
        [ENGLISH_PARAGRAPH, 'ltr'],
        [MIXED_PARAGRAPH, 'rtl'],
        [LATIN_FIRST_ARABIC, 'rtl'],
        [ARABIC_FIRST_ENGLISH, 'ltr'],
      ];
      for (const [index, [text, direction]] of expected.entries()) {
        const block = app.block(index);
        await expect(block).toHaveText(text);
        await expect(block).toHaveCSS('direction', direction);
        await expect(block).toHaveCSS('text-align', 'start');
        if (index !== 2) await expectAligned(block, direction === 'rtl' ? 'right' : 'left');
      }
    });
  });
}

test('an English article is left-to-right as a whole, with an Arabic quotation inside right-to-left', async ({
  app,
  page,
}) => {
  const doc = docOf(
    [
      { kind: 'paragraph', text: 'An English article about Arabic typography.', dir: 'auto' },
      { kind: 'quote', text: 'الخط العربي فن قديم.', dir: 'auto' },
    ],
    'en',
    'ltr',
  );
  await openSeeded(app, page, 'On typography', doc);
  await expect(app.article).toHaveCSS('direction', 'ltr');
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveCSS('direction', 'ltr');
  await expect(app.block(1)).toHaveCSS('direction', 'rtl');
  await expectAligned(app.block(1), 'right');
});

const MARKED = 'نص فيه تأكيد وخط عريض و code ورابط.';

test('every block kind renders, with inline marks, and only stored images are shown', async ({ app, page }) => {
  const doc = docOf([
    { kind: 'heading', level: 1, text: 'عنوان القسم', dir: 'auto' },
    {
      kind: 'paragraph',
      text: MARKED,
      marks: [
        markOn(MARKED, 'تأكيد', 'em'),
        markOn(MARKED, 'خط عريض', 'strong'),
        markOn(MARKED, 'code', 'code'),
        markOn(MARKED, 'رابط', 'link', 'https://example.org/'),
      ],
    },
    { kind: 'quote', text: 'اقتباس قصير.' },
    { kind: 'listItem', ordered: true, depth: 0, text: 'أولًا' },
    { kind: 'listItem', ordered: true, depth: 1, text: 'أولًا من أولًا' },
    { kind: 'listItem', ordered: true, depth: 0, text: 'ثانيًا' },
    { kind: 'preformatted', text: 'let x = 1;\nx += 2;' },
    { kind: 'rule', text: '' },
    { kind: 'image', text: 'صورة محفوظة', src: PIXEL_PNG, alt: 'نقطة' },
    { kind: 'image', text: '', src: 'https://images.example.com/remote.png', alt: 'صورة بعيدة' },
  ]);
  await openSeeded(app, page, 'كل الأنواع', doc);
  await expect(app.article.getByRole('heading', { level: 2, name: 'عنوان القسم' })).toBeVisible();
  await expect(app.block(1).locator('em')).toHaveText('تأكيد');
  await expect(app.block(1).locator('strong')).toHaveText('خط عريض');
  await expect(app.block(1).locator('code')).toHaveAttribute('dir', 'ltr');
  await expect(app.block(1).getByRole('link', { name: 'رابط' })).toBeVisible();
  await expect(app.article.locator('blockquote')).toHaveText('اقتباس قصير.');
  await expect(app.article.locator('ol > li')).toHaveText(['أولًا', 'أولًا من أولًا', 'ثانيًا']);
  expect(
    await app.article.locator('ol > li').evaluateAll((items) => items.map((item) => (item as HTMLLIElement).value)),
  ).toEqual([1, 1, 2]);
  await expect(app.article.locator('pre')).toHaveText('let x = 1;\nx += 2;');
  await expect(app.article.locator('hr')).toHaveCount(1);
  const stored = app.article.getByRole('img', { name: 'نقطة' });
  await expect(stored).toHaveAttribute('src', PIXEL_PNG);
  await expect(app.block(8).locator('figcaption')).toHaveText('صورة محفوظة');
  // The remote image is a placeholder named by its alt text, never an <img> that would fetch.
  await expect(app.article.getByRole('img', { name: 'صورة بعيدة' })).toBeVisible();
  await expect(app.article.locator('img')).toHaveCount(1);
  expect(app.offMachineRequests()).toEqual([]);
});

test.describe('themes', () => {
  test.use({ locale: 'ar-EG' });

  const themes = [
    { value: 'light', background: 'rgb(251, 248, 241)' },
    { value: 'sepia', background: 'rgb(244, 236, 216)' },
    { value: 'dark', background: 'rgb(29, 28, 26)' },
  ] as const;

  test('light, sepia and dark apply to the article and the chrome; a screenshot of each is kept', async ({
    app,
    page,
  }) => {
    const doc = docOf([
      { kind: 'paragraph', text: MIXED_PARAGRAPH, dir: 'auto' },
      { kind: 'paragraph', text: LATIN_FIRST_ARABIC, dir: 'auto' },
    ]);
    await openSeeded(app, page, 'العربية واللاتينية في سطر واحد', doc, '');
    for (const theme of themes) {
      await page.getByRole('button', { name: 'الإعدادات' }).click();
      await page.getByRole('dialog').getByLabel('المظهر', { exact: true }).selectOption(theme.value);
      await page.getByRole('button', { name: 'إغلاق', exact: true }).click();
      await expect(page.locator('html')).toHaveCSS('background-color', theme.background);
      await expect(page.locator('.reader-toolbar')).toHaveCSS('background-color', theme.background);
      await expect(page.locator('.app-bar')).toHaveCSS('background-color', theme.background);
      await docsScreenshot(page, test.info(), `reader-bidi-${theme.value}.png`, {
        clip: { x: 0, y: 0, width: 1100, height: 420 },
      });
    }
  });

  test('"follow the system" follows the system colour scheme', async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openSeeded(app, page, 'مظهر النظام', bidiDoc(), '');
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(29, 28, 26)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(251, 248, 241)');
  });
});

test.describe('links', () => {
  test('a link opens in the browser only after a confirmation showing its address', async ({ app, page }) => {
    // A web address on this machine, answered by the test, stands in for a site on the web.
    const target = `${app.baseUrl}/elsewhere?from=hamish`;
    await page
      .context()
      .route(target, (route) => route.fulfill({ contentType: 'text/html', body: '<title>elsewhere</title>' }));
    const text = 'اقرأ المصدر هنا.';
    const doc = docOf([{ kind: 'paragraph', text, marks: [markOn(text, 'المصدر', 'link', target)] }]);
    await openSeeded(app, page, 'رابط', doc);
    const link = app.block(0).getByRole('link', { name: 'المصدر' });
    await link.click();
    const dialog = page.getByRole('dialog', { name: 'Open this link in your web browser?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(target);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(page.context().pages()).toHaveLength(1);

    await link.click();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(app.article).toBeVisible();

    await link.click();
    const popup = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    const opened = await popup;
    await opened.waitForLoadState();
    expect(opened.url()).toBe(target);
    await expect(dialog).toBeHidden();
  });

  test('a link that is not a web address is explained, not followed, in Arabic too', async ({ app, page }) => {
    const text = 'راسلنا عبر البريد.';
    const doc = docOf([
      { kind: 'paragraph', text, marks: [markOn(text, 'راسلنا', 'link', 'mailto:someone@example.com')] },
    ]);
    await openSeeded(app, page, 'بريد', doc, '?lang=ar');
    await app.block(0).getByRole('link', { name: 'راسلنا' }).click();
    const dialog = page.getByRole('dialog', { name: 'لا يمكن فتح هذا الرابط' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('mailto:someone@example.com');
    await expect(dialog.getByRole('button', { name: 'افتحه في المتصفح' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await expect(dialog).toBeHidden();
    expect(page.context().pages()).toHaveLength(1);
  });
});
