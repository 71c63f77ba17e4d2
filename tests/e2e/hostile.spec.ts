// The hostile-HTML corpus (tests/fixtures/hostile/, 68 documents: scripts, event handlers,
// javascript: and data: links, SVG and MathML tricks, frames, objects, meta refresh, <base>,
// forms, remote images, CSS and fonts, mXSS shapes, DOM clobbering, deep nesting), plus a huge
// and an extremely deep document made here. Each is imported as a file and then opened; the
// test proves nothing ran (no dialog, no console marker, no window flag), that no request was
// made but for the app's own files (none to another host, none to the trackers the corpus
// points at on this one), that the page's CSP saw nothing to block, and that the rendered
// article holds only the block model's elements and local images.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../fixtures/hostile');
const CORPUS = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.html'))
  .sort();
const CHUNKS = 4;

const FORBIDDEN_ELEMENTS = 'script, iframe, frame, object, embed, svg, math, form, input, button, textarea, select, style, link, meta, base, video, audio, source, template, noscript, portal, fencedframe';

interface Watch {
  dialogs: string[];
  markers: string[];
  requests: string[];
}

function watch(page: Page, app: HamishApp): Watch {
  const seen: Watch = { dialogs: [], markers: [], requests: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes('HAMISH-PWNED')) seen.markers.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    const appFile = url.startsWith(`${app.baseUrl}/assets/`) || url.startsWith(`${app.baseUrl}/index.html`);
    if (!appFile && !url.startsWith('blob:') && !url.startsWith('data:')) seen.requests.push(url);
  });
  return seen;
}

/** Opens each imported article from the imports panel and checks what the reader shows. */
async function openEachAndInspect(app: HamishApp, page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const job = app.importJob(name);
    await expect(job, name).toContainText('Added');
    await job.getByRole('link', { name: 'Open' }).click();
    await expect(app.article.locator('p').first(), name).toBeVisible();
    const report = await app.article.evaluate((article, forbidden) => {
      const elements = [...article.querySelectorAll('*')];
      return {
        forbidden: [...article.querySelectorAll(forbidden)].map((element) => element.localName),
        handlers: elements.flatMap((element) => element.getAttributeNames().filter((attribute) => attribute.toLowerCase().startsWith('on'))),
        images: [...article.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '').filter((src) => !src.startsWith('blob:') && !src.startsWith('data:image/')),
        links: [...article.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((href) => !/^(https?|mailto):/i.test(href)),
      };
    }, FORBIDDEN_ELEMENTS);
    expect(report, name).toEqual({ forbidden: [], handlers: [], images: [], links: [] });
    await page.keyboard.press('Escape');
    await expect(app.article).toBeHidden();
  }
}

async function expectNothingRan(page: Page, seen: Watch): Promise<void> {
  // Give anything deferred (timers, image errors, refreshes) a chance to show itself.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __hamishPwned?: unknown }).__hamishPwned), 'window flag').toBeUndefined();
  expect(await page.evaluate(() => document.title)).toBe('Hamish');
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.markers, 'console markers').toEqual([]);
  expect(seen.requests, 'requests other than the app’s own files').toEqual([]);
}

test.describe.configure({ mode: 'parallel' });

test('the corpus has at least 50 hostile documents', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(50);
});

for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
  const names = CORPUS.filter((_, index) => index % CHUNKS === chunk);
  test(`hostile corpus, part ${chunk + 1} of ${CHUNKS}: imported and read, nothing runs or loads`, async ({ app, page }) => {
    test.setTimeout(120_000);
    await app.open('?lang=en');
    await expect(app.article).toBeVisible();
    const seen = watch(page, app);
    await app.importFiles(names.map((name) => path.join(CORPUS_DIR, name)));
    await app.importsSettled();
    await openEachAndInspect(app, page, names);
    await expectNothingRan(page, seen);
  });
}

test('a huge document and an extremely deep one are imported without hanging, and nothing runs', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  const seen = watch(page, app);
  const paragraph = (i: number) =>
    `<p onclick="window.__hamishPwned=1">فقرة رقم ${i} من مستند ضخم، فيها <b>نص</b> و<a href="javascript:alert(1)">رابط</a> و<img src="https://evil.example/${i}.png" onerror="alert('HAMISH-PWNED')">.</p>`;
  const huge = `<!doctype html><html lang="ar"><head><title>مستند ضخم</title></head><body>${Array.from({ length: 40_000 }, (_, i) => paragraph(i)).join('\n')}</body></html>`;
  const deep = `<!doctype html><html><head><title>مستند عميق جدًا</title></head><body>${'<div><span>'.repeat(50_000)}<p>نص في القاع</p>${'</span></div>'.repeat(50_000)}<svg onload="alert('HAMISH-PWNED')"></svg></body></html>`;
  expect(huge.length).toBeGreaterThan(8_000_000);
  await app.importFiles([
    { name: 'huge.html', mimeType: 'text/html', buffer: Buffer.from(huge) },
    { name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from(deep) },
  ]);
  await expect(app.imports.getByRole('status')).toHaveText('Imports finished.', { timeout: 60_000 });
  await expect(app.importJob('huge.html')).toContainText('Added: “مستند ضخم”');
  await expect(app.importJob('deep.html')).toContainText('Added: “مستند عميق جدًا”');
  await app.importJob('deep.html').getByRole('link', { name: 'Open' }).click();
  await expect(app.article).toContainText('نص في القاع');
  await page.keyboard.press('Escape');
  await app.importJob('huge.html').getByRole('link', { name: 'Open' }).click();
  // 40,000 paragraphs take the reader a while to lay out.
  await expect(app.article.locator('p').first()).toContainText('فقرة رقم 0 من مستند ضخم', { timeout: 60_000 });
  await expect(app.article.locator('img')).toHaveCount(0);
  await expectNothingRan(page, seen);
});
