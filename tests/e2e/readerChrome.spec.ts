// The reader's one visual language: every toolbar button shows a bundled icon beside its
// accessible name, the popovers share the theme's colours, and the back arrow points back in
// both directions. It also keeps the docs' screenshots of the reader's chrome — Arabic and
// English UI, light and dark, with the Text settings popover open — which `npm run screenshots`
// writes into docs/ (every run takes them, into the test's output folder).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block } from '../../renderer/article/types';
import { expect, test } from './fixtures';
import { docsScreenshot } from './support/docsScreenshot';
import { docOf, seedArticles } from './support/seedArticles';

function newsDoc() {
  const file = path.resolve(import.meta.dirname, '../fixtures/search/real/articles.json');
  const { articles } = JSON.parse(readFileSync(file, 'utf8')) as { articles: { title: string; blocks: string[] }[] };
  const article = articles[0]!;
  return { title: article.title, doc: docOf(article.blocks.map((text): Block => ({ kind: 'paragraph', text }))) };
}

const UI = {
  ar: { textSettings: 'إعدادات النص', back: 'العودة إلى المكتبة' },
  en: { textSettings: 'Text settings', back: 'Back to library' },
} as const;

for (const lang of ['ar', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the reader's toolbar and Text settings, ${lang} UI, ${theme}`, async ({ app, page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: theme });
      await app.open(`?lang=${lang}`);
      await app.article.waitFor();
      const { title, doc } = newsDoc();
      const [id] = await seedArticles(page, [{ title, doc }]);
      await app.read(id!, `?lang=${lang}`);

      // Every button of the toolbar row has an icon and a name that is not the icon.
      const buttons = page.locator('.reader-toolbar-row > button, .reader-toolbar-row > * > button');
      await expect.poll(() => buttons.count()).toBeGreaterThanOrEqual(4);
      for (const button of await buttons.all()) {
        await expect(button.locator('svg.icon[aria-hidden="true"]')).toHaveCount(1);
        expect((await button.textContent())?.trim()).not.toBe('');
      }
      // The back arrow points to the inline start: mirrored in the Arabic UI.
      const arrow = page.getByRole('button', { name: UI[lang].back }).locator('svg');
      await expect(arrow).toHaveCSS('transform', lang === 'ar' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');

      await page.getByRole('button', { name: UI[lang].textSettings }).click();
      const popover = page.getByRole('dialog', { name: UI[lang].textSettings });
      await expect(popover).toBeVisible();
      // The popover's paper is the theme's surface colour, as the dialogs'.
      const surface = theme === 'dark' ? 'rgb(38, 36, 33)' : 'rgb(255, 255, 255)';
      await expect(popover).toHaveCSS('background-color', surface);
      await docsScreenshot(page, test.info(), `reader-${lang}-${theme}.png`, {
        clip: { x: 0, y: 0, width: 1280, height: 640 },
      });
    });
  }
}
