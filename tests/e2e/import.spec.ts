// Every way an article gets in — paste (plain and formatted), files (dialog and drag-and-drop)
// and "Save for offline" — and duplicates and cancelling, each in a real browser with real
// IndexedDB. The `app` fixture fails any test whose page sends a request off 127.0.0.1 or
// breaks the CSP. Refused input is in bad-input.spec.ts; the hostile corpus in hostile.spec.ts.

import type { Page } from '@playwright/test';
import { encodeLegacy, encodeUtf16WithBom, utf8WithBom } from '../support/encodings';
import { expect, test } from './fixtures';
import { readRows } from './support/highlightRows';

const AR_PARAGRAPH =
  'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين خلال العام المقبل، مشيراً إلى أن الخطة تشمل قطاعات التعليم والصحة والنقل.';
const SECOND_PARAGRAPH = 'وأضاف أن هناك تحديات كبيرة تواجه البلاد، وأن الحكومة ستنشر تقريراً مفصلاً في الأسابيع المقبلة.';

function textFile(name: string, buffer: Buffer, mimeType = 'text/plain') {
  return { name, mimeType, buffer };
}

/** Rows the app stored, read straight from IndexedDB. */
const storedArticles = (page: Page) =>
  readRows<{ title: string; sourceUrl: string | null; source: string; deletedAt: number | null }>(page, 'articles');

async function storedImageCount(page: Page): Promise<number> {
  return (await readRows(page, 'images')).length;
}

test.describe('paste', () => {
  test('pasted Arabic text becomes an article, titled by the user, read right-to-left', async ({ app, page }) => {
    await app.open('?lang=en');
    await app.pasteAndAdd(`${AR_PARAGRAPH}\nالاقتصاد والتنمية\n${SECOND_PARAGRAPH}`, 'خطة الحكومة');
    await expect(app.importDialog).toBeHidden();
    await expect(app.importJob('Pasted text')).toContainText('Added: “خطة الحكومة”');
    await app.gotoLibrary();
    const item = app.libraryItem('خطة الحكومة');
    await expect(item).toBeVisible();
    await expect(item.locator('.library-item-excerpt')).toHaveAttribute('dir', 'auto');
    await item.getByRole('link', { name: 'خطة الحكومة' }).click();
    await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('خطة الحكومة');
    await expect(app.article).toHaveAttribute('dir', 'rtl');
    await expect(app.article.getByRole('heading', { name: 'الاقتصاد والتنمية' })).toBeVisible();
    await expect(app.article.locator('p')).toHaveCount(2);
    await expect(page.locator('article p').first()).toHaveCSS('direction', 'rtl');
  });

  test('without a title, the first line of pasted text is the title', async ({ app }) => {
    await app.open('?lang=en');
    await app.pasteAndAdd(`عنوان من السطر الأول\n${AR_PARAGRAPH}`);
    await expect(app.importJob('Pasted text')).toContainText('Added: “عنوان من السطر الأول”');
  });

  test('a first line that reads as a sentence stays in the body; the title is its first words', async ({ app }) => {
    await app.open('?lang=en');
    await app.pasteAndAdd(`${AR_PARAGRAPH}\n${SECOND_PARAGRAPH}`);
    const arabicTitle = 'قال الرئيس في مؤتمر صحفي عقده اليوم إن…';
    await expect(app.importJob('Pasted text')).toContainText(`Added: “${arabicTitle}”`);
    await app.importJob('Pasted text').getByRole('link', { name: 'Open' }).click();
    await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(arabicTitle);
    await expect(app.article.locator('p')).toHaveText([AR_PARAGRAPH, SECOND_PARAGRAPH]);

    await app.gotoLibrary();
    await app.pasteAndAdd('Did the council meet on Monday?\nIt did, and it voted on the budget.');
    const englishJob = app.importJob('Added: “Did the council meet on Monday?”');
    await expect(englishJob).toBeVisible();
    await englishJob.getByRole('link', { name: 'Open' }).click();
    await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('Did the council meet on Monday?');
    await expect(app.article.locator('p')).toHaveText([
      'Did the council meet on Monday?',
      'It did, and it voted on the budget.',
    ]);
  });

  test('HTML on the clipboard is taken as HTML: structure and links kept, scripts gone', async ({ app, page }) => {
    await app.open('?lang=en');
    await app.importButton.click();
    const html = `<h2>عنوان فرعي</h2><p>${AR_PARAGRAPH} <a href="https://example.org/x">رابط</a> <strong>مهم</strong></p><ul><li>أول</li><li>ثان</li></ul><script>window.__hamishPwned = 1</script><img src="x" onerror="window.__hamishPwned = 1">`;
    const plain = `عنوان فرعي\n${AR_PARAGRAPH} رابط مهم\nأول\nثان`;
    await app.pasteText.focus();
    await app.pasteText.evaluate(
      (box, data) => {
        const clipboard = new DataTransfer();
        clipboard.setData('text/html', data.html);
        clipboard.setData('text/plain', data.plain);
        box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
      },
      { html, plain },
    );
    await expect(app.pasteText).toHaveValue(plain);
    await expect(app.importDialog).toContainText('The formatting will be kept');
    await app.titleBox.fill('نص منسق');
    await app.addToLibrary.click();
    await expect(app.importJob('Pasted text')).toContainText('Added: “نص منسق”');
    await app.importJob('Pasted text').getByRole('link', { name: 'Open' }).click();
    await expect(app.article.getByRole('link', { name: 'رابط' })).toHaveAttribute('href', 'https://example.org/x');
    await expect(app.article.locator('strong')).toHaveText('مهم');
    await expect(app.article.getByRole('listitem')).toHaveText(['أول', 'ثان']);
    expect(await page.evaluate(() => (window as { __hamishPwned?: unknown }).__hamishPwned)).toBeUndefined();
  });
});

test.describe('files', () => {
  test('the panel sums up a batch, never says only "finished" when all failed, and unfolds without cutting a line', async ({
    app,
  }) => {
    await app.open('?lang=en');
    const binary = (name: string) => ({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from([0, 1, 2, 0, 255, 0, 7, 0]),
    });
    const long = 'عنوان طويل جدًا يملأ السطر ويزيد عليه '.repeat(6);
    await app.importFiles([
      ...Array.from({ length: 7 }, (_, i) =>
        textFile(`${i}-${long.slice(0, 40)}.txt`, Buffer.from(`${long} ${i}\n${AR_PARAGRAPH}`)),
      ),
      binary('broken-1.txt'),
      binary('broken-2.txt'),
    ]);
    await app.importsSettled();
    const summary = app.imports.getByRole('status');
    await expect(summary).toHaveText('9 files: 7 added, 2 failed');
    // Folded: five rows, the two failures among them, none cut by the panel's edge.
    const rows = app.imports.getByRole('listitem');
    await expect(rows).toHaveCount(5);
    await expect(app.importJob('broken-1.txt')).toContainText('Not added');
    await expect(app.importJob('broken-2.txt')).toContainText('Not added');
    const expand = app.imports.getByRole('button', { name: 'Show all 9' });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await expand.click();
    await expect(rows).toHaveCount(9);
    await expect(app.imports.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
    const list = app.imports.locator('.import-jobs');
    // Nothing scrolls inside the panel, so no row is cut mid-line.
    expect(await list.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
    await app.imports.getByRole('button', { name: 'Dismiss' }).click();

    await app.importFiles([binary('only-broken-1.txt'), binary('only-broken-2.txt')]);
    await app.importsSettled();
    await expect(summary).toHaveText('2 files: 2 failed');
  });

  test('in Arabic, a batch that all failed says so', async ({ app, page }) => {
    await app.open('?lang=ar');
    await page.getByRole('button', { name: 'استيراد', exact: true }).click();
    await page.getByLabel('اختر ملفات').setInputFiles([
      { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 0, 255, 0]) },
      { name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 0, 255, 0]) },
    ]);
    await expect(page.getByRole('region', { name: 'عمليات الاستيراد' }).getByRole('status')).toHaveText(
      'ملفان: تعذّر اثنان',
    );
  });

  test('several files at once, in every supported encoding, become articles', async ({ app, page }) => {
    // Eight imports (the first waits for the extraction frame to start) and two readers: on a
    // busy machine this takes longer than the default 30 s.
    test.setTimeout(60_000);
    await app.open('?lang=en');
    const text = (n: number) => `${AR_PARAGRAPH}\n${SECOND_PARAGRAPH} ${n}`;
    await app.importFiles([
      textFile('utf8.txt', Buffer.from(`مقالة UTF-8\n${text(1)}`, 'utf8')),
      textFile('utf8-bom.txt', utf8WithBom(`مقالة UTF-8 مع علامة\n${text(2)}`)),
      textFile('utf16le.txt', encodeUtf16WithBom(`مقالة UTF-16LE\n${text(3)}`, 'le')),
      textFile('utf16be.txt', encodeUtf16WithBom(`مقالة UTF-16BE\n${text(4)}`, 'be')),
      textFile('cp1256.txt', encodeLegacy(`مقالة ويندوز\n${text(5)}`, 'windows-1256')),
      textFile('iso.txt', encodeLegacy(`مقالة آيزو\n${text(6)}`, 'iso-8859-6')),
      textFile(
        'notes.md',
        Buffer.from(`# ملاحظات ماركداون\n\n${AR_PARAGRAPH}\n\n## قسم\n\n- بند *أول*\n- بند ثان\n`),
        'text/markdown',
      ),
      textFile(
        'page.html',
        encodeLegacy(
          `<html><head><meta charset="windows-1256"><title>صفحة محفوظة</title></head><body><p>${AR_PARAGRAPH}</p></body></html>`,
          'windows-1256',
        ),
        'text/html',
      ),
    ]);
    await expect(app.importDialog).toBeHidden();
    await app.importsSettled();
    await expect(app.imports.getByRole('status')).toHaveText('8 files: 8 added');
    // Folded, the panel shows five whole rows; "Show all 8" shows the rest.
    await expect(app.imports.getByRole('listitem')).toHaveCount(5);
    await app.imports.getByRole('button', { name: 'Show all 8' }).click();
    await expect(app.imports.getByRole('listitem')).toHaveCount(8);
    const titles = [
      'مقالة UTF-8',
      'مقالة UTF-8 مع علامة',
      'مقالة UTF-16LE',
      'مقالة UTF-16BE',
      'مقالة ويندوز',
      'مقالة آيزو',
      'ملاحظات ماركداون',
      'صفحة محفوظة',
    ];
    for (const title of titles) await expect(app.imports).toContainText(`Added: “${title}”`);
    await app.imports.getByRole('button', { name: 'Dismiss' }).click();
    await expect(app.imports).toBeHidden();
    await app.gotoLibrary();
    // Newest first.
    await expect(app.libraryList.getByRole('link').first()).toHaveText('صفحة محفوظة');
    for (const title of titles.slice(-4)) await expect(app.libraryItem(title)).toBeVisible();
    // Every one decoded to the same Arabic text.
    await app.libraryItem('مقالة آيزو').getByRole('link').click();
    await expect(app.article.locator('p').first()).toHaveText(AR_PARAGRAPH);
    await app.gotoLibrary();
    await app.libraryItem('ملاحظات ماركداون').getByRole('link').click();
    await expect(app.article.getByRole('heading', { name: 'قسم' })).toBeVisible();
    await expect(app.article.locator('li em')).toHaveText('أول');
    expect((await storedArticles(page)).filter((row) => row.source === 'file')).toHaveLength(8);
  });

  test('a failing file is reported on its own while the others import', async ({ app, page }) => {
    await app.open('?lang=en');
    await app.importFiles([
      textFile('first.txt', Buffer.from(`الأول\n${AR_PARAGRAPH}`)),
      textFile('empty.txt', Buffer.alloc(0)),
      textFile('second.txt', Buffer.from(`الثاني\n${SECOND_PARAGRAPH}`)),
    ]);
    await app.importsSettled();
    await expect(app.importJob('first.txt')).toContainText('Added: “الأول”');
    await expect(app.importJob('empty.txt')).toContainText('Not added: It is empty: there is nothing to import.');
    await expect(app.importJob('second.txt')).toContainText('Added: “الثاني”');
    expect((await storedArticles(page)).map((row) => row.title).sort()).toEqual(
      ['Welcome to Hamish', 'الأول', 'الثاني'].sort(),
    );
  });

  test("in Arabic the file chooser is an Arabic button: the browser's own English control stays out of sight", async ({
    app,
    page,
  }) => {
    await app.open('?lang=ar#/');
    await page.getByRole('button', { name: 'استيراد', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'إضافة مقالات' });
    const control = dialog.getByLabel('اختر ملفات');
    await expect(control).toHaveAttribute('type', 'file');
    const shown = dialog.locator('label', { hasText: 'اختر ملفات' });
    await expect(shown).toBeVisible();
    const box = await control.boundingBox();
    expect(box!.width * box!.height, 'the native control takes no visible room').toBeLessThanOrEqual(1);
    // Reached by keyboard, its label shows the focus ring; clicked, its label opens the chooser.
    await control.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
    await expect(shown).toHaveCSS('outline-style', 'solid');
    const chooser = page.waitForEvent('filechooser');
    await shown.click();
    await (await chooser).setFiles([textFile('مقالة.txt', Buffer.from(`عنوان من ملف\n${AR_PARAGRAPH}`))]);
    await expect(page.getByRole('region', { name: 'عمليات الاستيراد' })).toContainText('أُضيفت: «عنوان من ملف»');
  });

  test('files dropped onto the window are imported', async ({ app, page }) => {
    await app.open('?lang=en');
    // The app is running (and listening for drops) once the welcome article shows.
    await expect(app.article).toBeVisible();
    const dataTransfer = await page.evaluateHandle(
      ({ first, second }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([first], 'dropped.txt', { type: 'text/plain' }));
        transfer.items.add(new File([new Uint8Array(second)], 'dropped-1256.txt', { type: 'text/plain' }));
        return transfer;
      },
      {
        first: `مقالة مسحوبة\n${AR_PARAGRAPH}`,
        second: [...encodeLegacy(`مقالة مسحوبة ثانية\n${SECOND_PARAGRAPH}`, 'windows-1256')],
      },
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop files to add them to your library')).toBeVisible();
    await page.dispatchEvent('body', 'dragover', { dataTransfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(page.getByText('Drop files to add them to your library')).toBeHidden();
    await app.importsSettled();
    await expect(app.importJob('dropped.txt')).toContainText('Added: “مقالة مسحوبة”');
    await expect(app.importJob('dropped-1256.txt')).toContainText('Added: “مقالة مسحوبة ثانية”');
    await app.gotoLibrary();
    await expect(app.libraryItem('مقالة مسحوبة ثانية')).toBeVisible();
  });
});

test.describe('duplicates', () => {
  test('the same text again: the user is told, and can open the existing one or keep both', async ({ app, page }) => {
    await app.open('?lang=en');
    const file = textFile('twice.txt', Buffer.from(`مقالة مكررة\n${AR_PARAGRAPH}`));
    await app.importFiles([file]);
    await expect(app.importJob('twice.txt')).toContainText('Added');
    await app.importFiles([file]);
    const duplicate = app.imports.locator('[data-status="duplicate"]');
    await expect(duplicate).toContainText('Already in your library as “مقالة مكررة”.');
    await duplicate.getByRole('button', { name: 'Keep both' }).click();
    await expect(app.imports.locator('[data-status="duplicate"]')).toHaveCount(0);
    expect((await storedArticles(page)).filter((row) => row.title === 'مقالة مكررة')).toHaveLength(2);

    await app.importFiles([file]);
    await app.imports.locator('[data-status="duplicate"]').getByRole('button', { name: 'Open existing' }).click();
    await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('مقالة مكررة');
    expect((await storedArticles(page)).filter((row) => row.title === 'مقالة مكررة')).toHaveLength(2);
  });

  test('a page saved again from the same address is a duplicate too', async ({ app }) => {
    await app.open('?lang=en');
    const url = `${app.baseUrl}/fixtures/web/arabic-article.html`;
    await app.saveWebPage(url);
    await expect(app.importJob(url)).toContainText('Added');
    await app.saveWebPage(url);
    await expect(app.imports.locator('[data-status="duplicate"]')).toContainText(
      'Already in your library as “أسواق حلب القديمة تستعيد نبضها”.',
    );
  });
});

test.describe('save for offline', () => {
  test('an Arabic page is saved with its images, keeps its address, and reads with no network', async ({
    app,
    page,
    context,
  }) => {
    const dialogs: string[] = [];
    const markers: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.text().includes('HAMISH-PWNED')) markers.push(message.text());
    });
    await app.open('?lang=en');
    const url = `${app.baseUrl}/fixtures/web/arabic-article.html`;
    await app.saveWebPage(url);
    const job = app.importJob(url);
    // The remote image (another site) and the SVG are left out; four raster images are kept.
    await expect(job).toContainText('Added: “أسواق حلب القديمة تستعيد نبضها” 2 images could not be saved.');
    expect(await storedImageCount(page)).toBe(4);
    const stored = (await storedArticles(page)).find((row) => row.source === 'web');
    expect(stored).toMatchObject({ title: 'أسواق حلب القديمة تستعيد نبضها', sourceUrl: url });

    // Offline from here on, and nothing may be requested while the article is opened and read
    // but the app's own bundled files (fonts it had not needed yet; local in the desktop app).
    await context.setOffline(true);
    const requests: string[] = [];
    page.on('request', (request) => {
      const address = request.url();
      if (!address.startsWith('blob:') && !address.startsWith('data:') && !address.startsWith(`${app.baseUrl}/assets/`))
        requests.push(address);
    });
    await app.gotoLibrary();
    await app.libraryItem('أسواق حلب القديمة تستعيد نبضها').getByRole('link').click();
    await expect(app.article).toHaveAttribute('dir', 'rtl');
    await expect(app.article.getByRole('heading', { name: 'حرفيون يعودون إلى ورشهم' })).toBeVisible();
    await expect(app.article.locator('blockquote')).toContainText('المدينة لا تُبنى بالحجر وحده');
    await expect(app.article.getByRole('link', { name: 'اقرأ التقرير الكامل' })).toHaveAttribute(
      'href',
      'https://example.org/aleppo-report',
    );
    const images = app.article.locator('img');
    await expect(images).toHaveCount(4);
    await expect(images.first()).toHaveAttribute('alt', 'سوق المدينة المسقوف عند الصباح');
    await expect(app.article.locator('figcaption').first()).toHaveText(
      'سوق المدينة المسقوف، حيث عاد التجار إلى محالهم بعد سنوات من الإغلاق.',
    );
    await expect
      .poll(() =>
        images.evaluateAll((all) =>
          all.map(
            (img) => (img as HTMLImageElement).naturalWidth > 0 && (img as HTMLImageElement).src.startsWith('blob:'),
          ),
        ),
      )
      .toEqual([true, true, true, true]);
    // Navigation, footer and the site's scripts stayed behind; nothing ran.
    await expect(app.article).not.toContainText('جميع الحقوق محفوظة');
    await expect(app.article).not.toContainText('الرئيسية');
    expect(await page.evaluate(() => (window as { __hamishPwned?: unknown }).__hamishPwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(markers).toEqual([]);
    expect(requests).toEqual([]);
  });

  test('saving shows progress and can be cancelled, storing nothing — queued files included', async ({ app, page }) => {
    await app.open('?lang=en');
    const slow = `${app.baseUrl}/fixtures/web/slow-page.html`;
    let release: () => void = () => {};
    await page.route(slow, async (route) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      await route.fulfill({ contentType: 'text/html', body: `<p>${AR_PARAGRAPH}</p>` }).catch(() => undefined);
    });
    await app.saveWebPage(slow);
    await expect(app.importJob(slow)).toContainText('Fetching the page…');
    await app.importFiles([
      textFile('queued-1.txt', Buffer.from(`ملف أول\n${AR_PARAGRAPH}`)),
      textFile('queued-2.txt', Buffer.from(`ملف ثان\n${SECOND_PARAGRAPH}`)),
    ]);
    await expect(app.imports.getByRole('status')).toHaveText('Importing: 0 of 3 done');
    await expect(app.imports.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
    await app.imports.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.importJob(slow)).toContainText('Cancelled; nothing was stored.');
    await expect(app.importJob('queued-1.txt')).toContainText('Cancelled; nothing was stored.');
    await expect(app.importJob('queued-2.txt')).toContainText('Cancelled; nothing was stored.');
    release();
    await expect(app.imports.getByRole('status')).toHaveText('3 imports: 3 cancelled');
    expect((await storedArticles(page)).map((row) => row.title)).toEqual(['Welcome to Hamish']);
  });

  test('an address typed without a scheme is saved from the app’s own site, or refused with the real reason', async ({
    app,
    page,
  }) => {
    await app.open('?lang=en');
    const own = new URL(app.baseUrl);
    expect(own.protocol).toBe('http:');
    // "127.0.0.1:PORT/…" beside an app served from http://127.0.0.1:PORT means that site.
    await app.saveWebPage(`${own.host}/fixtures/web/plain.txt`);
    await expect(app.importJob(`${app.baseUrl}/fixtures/web/plain.txt`)).toContainText('Added: “نص عادي من الويب”');
    // Another host without a scheme is taken as https; the refusal says so, with the address tried.
    const other = `localhost:${own.port}/fixtures/web/plain.txt`;
    await app.saveWebPage(other);
    await expect(app.importJob(`https://${other}`)).toContainText(
      `Not added: In the browser version, Hamish can save pages from its own site only. Use the desktop app to save any page. The address was typed without http:// or https://, so Hamish tried \u2068https://${other}\u2069. If the site uses plain http, type the address with http:// in front.`,
    );
    await page.goto(`${app.baseUrl}/index.html?lang=ar#/`);
    await page.getByRole('button', { name: 'استيراد', exact: true }).click();
    await page.getByRole('textbox', { name: 'عنوان الويب' }).fill(other);
    await page.getByRole('button', { name: 'احفظ للقراءة دون اتصال' }).click();
    await expect(page.getByRole('region', { name: 'عمليات الاستيراد' })).toContainText(
      'كُتب العنوان بلا http:// أو https://، فجرّب هامش',
    );
  });

  test('a plain-text page is saved as text', async ({ app }) => {
    await app.open('?lang=en');
    const url = `${app.baseUrl}/fixtures/web/plain.txt`;
    await app.saveWebPage(url);
    await expect(app.importJob(url)).toContainText('Added: “نص عادي من الويب”');
  });
});
