// Re-importing an edited article: a page saved again from the same address with other text can
// update the saved article in place. Its highlights, made in the reader, are placed again in the
// new text (one exactly, one fuzzily) or listed as orphans; the update can be undone; and bad
// input on that path — an unreadable page, an article deleted meanwhile — changes nothing.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import type { ArticleRow, BodyRow } from '../../renderer/db/types';
import { dragSelect, paintedTexts, readHighlights, readRows } from './support/highlightRows';

const TITLE = 'أسواق حلب القديمة تستعيد نبضها';
const KEPT = 'وفي السوق المسقوف عاد صانعو الصابون إلى ورشهم القديمة بعد سنوات من الإغلاق.';
const FUZZY_BEFORE = 'وقال أحد التجار إن الزبائن بدأوا يعودون ببطء إلى الأزقة الضيقة.';
const FUZZY_AFTER = 'وقال أحد التجار إن الزبائن بدأوا يرجعون ببطء إلى الأزقة الضيقة.';
const REWRITTEN_BEFORE = 'ويأمل الحرفيون أن يكتمل الترميم قبل نهاية العام المقبل.';
const REWRITTEN_AFTER = 'ولم تعلن البلدية موعدًا لنهاية أعمال الصيانة حتى الآن.';

function page(...paragraphs: string[]): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><h1>${TITLE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
}

const FIRST = page(KEPT, FUZZY_BEFORE, REWRITTEN_BEFORE);
const EDITED = page('مقدمة أضيفت إلى المقالة بعد نشرها، فتغيّرت مواضع كل ما بعدها.', KEPT, FUZZY_AFTER, REWRITTEN_AFTER);

async function storedBodyText(page: Page, id: string): Promise<string> {
  const body = (await readRows<BodyRow>(page, 'bodies')).find((row) => row.articleId === id);
  return body!.doc.blocks.map((block) => block.text).join('\n\n');
}

async function articleIds(page: Page): Promise<string[]> {
  return (await readRows<ArticleRow>(page, 'articles'))
    .filter((row) => row.source === 'web' && row.deletedAt === null)
    .map((row) => row.id);
}

/** Serves `url` with whatever `content.html` holds at the time of each request. */
async function servePage(app: HamishApp, url: string, content: { html: string }): Promise<void> {
  await app.page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: content.html }));
}

async function highlight(page: Page, text: string): Promise<void> {
  await dragSelect(page, text);
  await page.getByRole('button', { name: 'Highlight yellow' }).click();
}

test('an edited page updates the saved article: highlights re-anchored or kept as orphans, and undo restores the old text', async ({
  app,
  page,
}) => {
  // Two saves, three highlights by mouse and two openings of the reader: on a busy machine this
  // takes longer than the default 30 s.
  test.setTimeout(90_000);
  await app.open('?lang=en');
  const url = `${app.baseUrl}/fixtures/web/edited-article.html`;
  const content = { html: FIRST };
  await servePage(app, url, content);
  await app.saveWebPage(url);
  const job = app.importJob(url);
  await expect(job).toContainText(`Added: “${TITLE}”`);
  const [id] = await articleIds(page);

  // Three highlights made in the reader with the mouse.
  await job.getByRole('link', { name: 'Open' }).click();
  await app.article.getByText('السوق المسقوف').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await highlight(page, 'صانعو الصابون');
  await highlight(page, 'بدأوا يعودون ببطء');
  await highlight(page, 'يكتمل الترميم');
  await expect.poll(async () => (await readHighlights(page)).length).toBe(3);

  // The same address again, edited: the user is offered the update.
  content.html = EDITED;
  await app.gotoLibrary();
  await app.saveWebPage(url);
  const duplicate = app.imports.locator('[data-status="duplicate"]');
  await expect(duplicate).toContainText(
    `Already in your library as “${TITLE}”, saved from this address; the text has changed since.`,
  );
  await duplicate.getByRole('button', { name: 'Update existing' }).click();
  const updated = app.imports.locator('[data-status="updated"]');
  await expect(updated).toContainText(`Updated: “${TITLE}”.`);
  expect(await articleIds(page)).toEqual([id]);
  expect(await storedBodyText(page, id!)).toContain('مقدمة أضيفت');

  // Opened: one highlight placed exactly, one fuzzily in the changed wording, one an orphan.
  await updated.getByRole('link', { name: 'Open' }).click();
  await app.article.getByText('مقدمة أضيفت').first().waitFor();
  await expect
    .poll(async () => (await paintedTexts(page, 'hamish-yellow')).sort())
    .toEqual(['بدأوا يرجعون ببطء', 'صانعو الصابون'].sort());
  await page.getByRole('button', { name: 'Highlights and notes' }).click();
  const panel = page.getByRole('complementary', { name: 'Highlights' });
  await expect(panel).toContainText('1 highlight could not be placed in the changed text:');
  await expect(panel.locator('blockquote')).toHaveText('يكتمل الترميم');
  const rows = await readHighlights(page);
  expect(rows.filter((row) => row.deletedAt === null)).toHaveLength(3);

  // Undo puts the previous text back in the same article.
  await app.gotoLibrary();
  await app.imports.locator('[data-status="updated"]').getByRole('button', { name: 'Undo update' }).click();
  await expect(app.imports.locator('[data-status="reverted"]')).toContainText(
    `Update undone: “${TITLE}” is as it was.`,
  );
  expect(await articleIds(page)).toEqual([id]);
  const restored = await storedBodyText(page, id!);
  expect(restored).toContain(REWRITTEN_BEFORE);
  expect(restored).not.toContain('مقدمة أضيفت');
});

test('bad input on the update path changes nothing: an unreadable page, and an article deleted before the update was chosen', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  const url = `${app.baseUrl}/fixtures/web/edited-article.html`;
  const content = { html: FIRST };
  await servePage(app, url, content);
  await app.gotoLibrary();
  await app.saveWebPage(url);
  await expect(app.importJob(url)).toContainText('Added');
  const [id] = await articleIds(page);
  const before = await storedBodyText(page, id!);

  // The page now holds nothing readable: refused, and the saved article is as it was.
  content.html =
    '<!doctype html><html><head><title>x</title><script>window.__hamishPwned = 1</script></head><body><nav></nav></body></html>';
  await app.saveWebPage(url);
  await expect(app.imports.locator('[data-status="failed"]')).toContainText(
    'Not added: Nothing readable was found in it.',
  );
  expect(await storedBodyText(page, id!)).toBe(before);

  // An edited version is offered as an update, but the article is deleted before the user chooses.
  content.html = EDITED;
  await app.saveWebPage(url);
  const duplicate = app.imports.locator('[data-status="duplicate"]');
  await expect(duplicate.getByRole('button', { name: 'Update existing' })).toBeVisible();
  await app.libraryItem(TITLE).getByRole('button', { name: 'Delete' }).click();
  await expect(app.libraryItem(TITLE)).toHaveCount(0);
  await duplicate.getByRole('button', { name: 'Update existing' }).click();
  await expect(app.imports.locator('[data-status="failed"]').last()).toContainText(
    'The article to update is no longer in your library; nothing was changed.',
  );
  expect(await articleIds(page)).toEqual([]);
  expect(await storedBodyText(page, id!)).toBe(before);
  expect(await page.evaluate(() => (window as { __hamishPwned?: unknown }).__hamishPwned)).toBeUndefined();
});

test.describe('Arabic UI', () => {
  test.use({ locale: 'ar-EG' });

  test('the update is offered and refused in Arabic, changing nothing', async ({ app, page }) => {
    await app.open('?lang=ar');
    const url = `${app.baseUrl}/fixtures/web/edited-article.html`;
    const content = { html: FIRST };
    await servePage(app, url, content);
    await page.getByRole('navigation', { name: 'الرئيسية' }).getByRole('link', { name: 'المكتبة' }).click();
    await page.getByRole('button', { name: 'استيراد', exact: true }).click();
    await page.getByRole('textbox', { name: 'عنوان الويب' }).fill(url);
    await page.getByRole('button', { name: 'احفظ للقراءة دون اتصال' }).click();
    const imports = page.getByRole('region', { name: 'عمليات الاستيراد' });
    await expect(imports.locator('[data-status="done"]')).toContainText(`أُضيفت: «${TITLE}»`);
    const [id] = await articleIds(page);
    const before = await storedBodyText(page, id!);

    content.html = EDITED;
    await page.getByRole('button', { name: 'استيراد', exact: true }).click();
    await page.getByRole('textbox', { name: 'عنوان الويب' }).fill(url);
    await page.getByRole('button', { name: 'احفظ للقراءة دون اتصال' }).click();
    const duplicate = imports.locator('[data-status="duplicate"]');
    await expect(duplicate).toContainText('وقد تغيّر نصها منذ ذلك الحين');
    const item = page
      .getByRole('list', { name: 'المكتبة' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: TITLE, exact: true }) });
    await item.getByRole('button', { name: 'حذف' }).click();
    await expect(item).toHaveCount(0);
    await duplicate.getByRole('button', { name: 'حدّث الموجودة' }).click();
    await expect(imports.locator('[data-status="failed"]')).toContainText(
      'المقالة المراد تحديثها لم تعد في مكتبتك؛ لم يتغيّر شيء.',
    );
    expect(await storedBodyText(page, id!)).toBe(before);
  });
});
