// Shortcuts follow the physical key (KeyboardEvent.code), so they work under an Arabic keyboard
// layout, where the H, N and / keys type ا, ى and ظ (commands/commands.ts).

import type { Page } from '@playwright/test';
import { canonicalText } from '../../renderer/article/canonicalText';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { ArabicKeyboard } from './support/arabicKeyboard';
import { dragSelect, readHighlights, readNotes } from './support/highlightRows';
import { docOf, seedArticles } from './support/seedArticles';

const doc = docOf([
  { kind: 'paragraph', text: 'قال المتحدث باسم الوزارة إن التقرير نُشر هذا الأسبوع.' },
  { kind: 'paragraph', text: 'وفي بيروت قال مسؤول آخر إن الوضع هادئ تمامًا.' },
]);

async function openArticle(app: HamishApp, page: Page, lang = 'en'): Promise<void> {
  await app.open(`?lang=${lang}`);
  await app.article.waitFor();
  const [id] = await seedArticles(page, [{ title: 'لوحة مفاتيح عربية', doc }]);
  await app.read(id!, `?lang=${lang}`);
  await app.article.getByText('الوضع هادئ').waitFor();
}

test('H highlights the selection and N adds a note, typed as ا and ى', async ({ app, page }) => {
  await openArticle(app, page);
  const keyboard = await ArabicKeyboard.attach(page);
  await dragSelect(page, 'الوضع هادئ');
  await keyboard.press('KeyH');
  await expect
    .poll(async () => (await readHighlights(page)).map((row) => [row.exact, row.start]))
    .toEqual([['الوضع هادئ', canonicalText(doc).indexOf('الوضع هادئ')]]);

  await dragSelect(page, 'باسم الوزارة');
  await keyboard.press('KeyN');
  const note = page.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await note.fill('مصدر');
  await note.blur();
  await expect.poll(async () => (await readNotes(page)).map((row) => row.text)).toEqual(['مصدر']);
  expect((await readHighlights(page)).map((row) => row.exact).sort()).toEqual(['الوضع هادئ', 'باسم الوزارة']);
});

test('/ (typed as ظ) focuses search, in the library and in the reader; Ctrl+K too', async ({ app, page }) => {
  await openArticle(app, page, 'ar');
  const keyboard = await ArabicKeyboard.attach(page);
  const search = page.getByRole('searchbox', { name: 'بحث' });
  await keyboard.press('Slash');
  await expect(search).toBeFocused();
  // The key went to the command, not into the box.
  await expect(search).toHaveValue('');

  await page.getByRole('navigation', { name: 'الرئيسية' }).getByRole('link', { name: 'المكتبة' }).click();
  await page.getByRole('heading', { level: 1, name: 'المكتبة' }).waitFor();
  await search.blur();
  await keyboard.press('Slash');
  await expect(search).toBeFocused();
  await search.blur();
  await keyboard.press('KeyK', 'ctrl');
  await expect(search).toBeFocused();
});

test('+, - and Ctrl+F work on the same keys under the Arabic layout', async ({ app, page }) => {
  await openArticle(app, page);
  const keyboard = await ArabicKeyboard.attach(page);
  const size = () => app.article.evaluate((article) => getComputedStyle(article).fontSize);
  await expect.poll(size).toBe('20px');
  await keyboard.press('Equal', 'shift');
  await expect.poll(size).toBe('21px');
  await keyboard.press('Minus');
  await keyboard.press('Minus');
  await expect.poll(size).toBe('19px');
  await keyboard.press('KeyF', 'ctrl');
  await expect(page.getByRole('searchbox', { name: 'Find in article' })).toBeFocused();
});
