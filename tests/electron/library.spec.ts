// The library in the real app: the search worker starts from app:// (its own module file, under
// the app's CSP) and answers; what is written to IndexedDB in the data folder is there after the
// app quits and starts again.

import { expect, test } from '@playwright/test';
import { SearchPanel } from '../e2e/models/SearchPanel';
import { launchHamish, type Launched } from './launch';

let launched: Launched | null = null;

test.afterEach(async () => {
  await launched?.app.close();
  launched = null;
});

test('the search worker starts over app:// and finds a word of the welcome article', async () => {
  launched = await launchHamish();
  const { page, hamish } = launched;
  await expect(hamish.article).toBeVisible();
  const search = new SearchPanel(page);
  await page.keyboard.press('Control+k');
  await expect(search.box).toBeFocused();
  await page.keyboard.type('المخابرات');
  const result = search.articles.getByRole('link');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Welcome to Hamish');
  // The worker that answered is the app's own module file, not a blob: (the CSP allows neither).
  const workers = page.workers().map((worker) => worker.url());
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((url) => url.startsWith('app://hamish/'))).toBe(true);
});

test('an article written to IndexedDB is there after the app quits and starts again', async () => {
  launched = await launchHamish();
  const title = 'باقٍ بعد إعادة التشغيل';
  await launched.hamish.pasteAndAdd(
    'هذه فقرة تُحفظ في المكتبة ثم يُغلق التطبيق ويُفتح من جديد، ويجب أن تبقى كما هي.',
    title,
  );
  await expect(launched.hamish.importJob('Pasted text')).toContainText(`Added: “${title}”`);
  const { home } = launched;
  await launched.app.close();

  launched = await launchHamish({ home });
  await launched.hamish.gotoLibrary();
  await expect(launched.hamish.libraryItem(title)).toBeVisible();
  await launched.hamish.libraryItem(title).getByRole('link', { name: title }).click();
  await expect(launched.hamish.article.getByRole('heading', { level: 1 })).toHaveText(title);
});
