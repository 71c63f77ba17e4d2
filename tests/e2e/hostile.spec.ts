// The hostile-HTML corpus (tests/fixtures/hostile/, 68 documents: scripts, event handlers,
// javascript: and data: links, SVG and MathML tricks, frames, objects, meta refresh, <base>,
// forms, remote images, CSS and fonts, mXSS shapes, DOM clobbering, deep nesting); a huge and
// an extremely deep document are in hostileSize.spec.ts. Each is imported as a file and opened; the
// test proves nothing ran (no dialog, no console marker, no window flag), that no request was
// made but for the app's own files (none to another host, none to the trackers the corpus
// points at on this one), that the page's CSP saw nothing to block, and that the rendered
// article holds only the block model's elements and local images.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNothingRan, watch } from './hostileWatch';
import type { HamishApp } from './models/HamishApp';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../fixtures/hostile');
const CORPUS = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.html'))
  .sort();
const CHUNKS = 4;

const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, object, embed, svg, math, form, input, button, textarea, select, style, link, meta, base, video, audio, source, template, noscript, portal, fencedframe';

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
        handlers: elements.flatMap((element) =>
          element.getAttributeNames().filter((attribute) => attribute.toLowerCase().startsWith('on')),
        ),
        images: [...article.querySelectorAll('img')]
          .map((img) => img.getAttribute('src') ?? '')
          .filter((src) => !src.startsWith('blob:') && !src.startsWith('data:image/')),
        links: [...article.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href') ?? '')
          .filter((href) => !/^(https?|mailto):/i.test(href)),
      };
    }, FORBIDDEN_ELEMENTS);
    expect(report, name).toEqual({ forbidden: [], handlers: [], images: [], links: [] });
    await page.keyboard.press('Escape');
    await expect(app.article).toBeHidden();
  }
}

test.describe.configure({ mode: 'parallel' });

test('the corpus has at least 50 hostile documents', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(50);
});

for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
  const names = CORPUS.filter((_, index) => index % CHUNKS === chunk);
  test(`hostile corpus, part ${chunk + 1} of ${CHUNKS}: imported and read, nothing runs or loads`, async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    await app.open('?lang=en');
    await expect(app.article).toBeVisible();
    const seen = watch(page, app);
    await app.importFiles(names.map((name) => path.join(CORPUS_DIR, name)));
    await app.importsSettled();
    await app.showAllImports();
    await openEachAndInspect(app, page, names);
    await expectNothingRan(page, seen);
  });
}
