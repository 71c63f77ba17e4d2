// A huge (over 8 MB, 8,000 hostile paragraphs) and a very deep (2,000 levels, four times
// Chromium's parser cap of 512 and eight times the import's own cap of 256) HTML document: both
// import without hanging the app, read, and nothing in them runs or loads. Deeper still, the
// parse itself grows with the square of the depth in Chromium (measured here: 5,000 levels
// 1.4 s, 20,000 levels 12.7 s, 50,000 levels 81 s); such a page ends with the import's time
// budget and its "could not be read in time" message, the path importRunaway.spec.ts tests.
// Untraced: a trace snapshots the whole DOM at every step, which with 16,000 blocks on the
// page takes minutes; the checks here do not need one.

import { expect, test } from './fixtures';
import { expectNothingRan, watch } from './hostileWatch';

test.use({ trace: 'off' });

const DEEP = 2_000;

test('a huge document and an extremely deep one are imported without hanging, and nothing runs', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  const seen = watch(page, app);
  const filler = 'نص طويل يملأ المستند ويجعله كبيرًا جدًا دون أن يزيد عدد فقراته كثيرًا، '.repeat(8);
  const paragraph = (i: number) =>
    `<p onclick="window.__hamishPwned=1">فقرة رقم ${i} من مستند ضخم، فيها <b>نص</b> و<a href="javascript:alert(1)">رابط</a> و<img src="https://evil.example/${i}.png" onerror="alert('HAMISH-PWNED')"> ${filler}</p>`;
  const huge = `<!doctype html><html lang="ar"><head><title>مستند ضخم</title></head><body>${Array.from({ length: 8_000 }, (_, i) => paragraph(i)).join('\n')}</body></html>`;
  const deep = `<!doctype html><html><head><title>مستند عميق جدًا</title></head><body>${'<div><span>'.repeat(DEEP)}<p>نص في القاع</p>${'</span></div>'.repeat(DEEP)}<svg onload="alert('HAMISH-PWNED')"></svg></body></html>`;
  expect(Buffer.byteLength(huge)).toBeGreaterThan(8_000_000);
  await app.importFiles([
    { name: 'huge.html', mimeType: 'text/html', buffer: Buffer.from(huge) },
    { name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from(deep) },
  ]);
  await expect(app.imports.getByRole('status')).toHaveText('2 files: 2 added', { timeout: 60_000 });
  await expect(app.importJob('huge.html')).toContainText('Added: “مستند ضخم”');
  await expect(app.importJob('deep.html')).toContainText('Added: “مستند عميق جدًا”');
  await app.importJob('deep.html').getByRole('link', { name: 'Open' }).click();
  await expect(app.article).toContainText('نص في القاع');
  await page.keyboard.press('Escape');
  await app.importJob('huge.html').getByRole('link', { name: 'Open' }).click();
  // 8,000 long paragraphs take the reader a while to lay out.
  await expect(app.article.locator('p').first()).toContainText('فقرة رقم 0 من مستند ضخم', { timeout: 60_000 });
  await expect(app.article.locator('img')).toHaveCount(0);
  await expectNothingRan(page, seen);
});
