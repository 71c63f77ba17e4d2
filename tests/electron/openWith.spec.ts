// What the operating system hands the app: documents on the command line ("Open with", as a
// path and, as Linux desktops pass `%U`, as a percent-encoded file:// URI with an Arabic name),
// and hamish:// links, at the first launch and from a second launch, which the single-instance
// lock hands to the running app. A malformed link opens nothing and says so.

import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SearchPanel } from '../e2e/models/SearchPanel';
import { electronBinary, environmentFor, launchHamish, root, type Launched } from './launch';

const PARAGRAPH = 'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين.';

let launched: Launched | null = null;

test.afterEach(async () => {
  await launched?.app.close();
  launched = null;
});

async function documentNamed(name: string, text: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'hamish-open-with-'));
  const file = path.join(folder, name);
  await writeFile(file, text);
  return file;
}

/** A second launch with these arguments, as the OS starts one; it hands them over and quits. */
function secondLaunch(home: string, args: readonly string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(electronBinary(), [root, ...args], { env: environmentFor(home), stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
}

test('a document passed as a path is imported', async () => {
  const file = await documentNamed('notes.txt', `An opened note\n${PARAGRAPH}`);
  launched = await launchHamish({ args: [file] });
  await expect(launched.hamish.importJob('notes.txt')).toContainText('Added: “An opened note”');
});

test('a document passed as a file:// URI with an Arabic name (Linux %U) is imported', async () => {
  const file = await documentNamed('مقالة محفوظة.md', `# عنوان من ملف\n\n${PARAGRAPH}\n`);
  const uri = pathToFileURL(file).href;
  expect(uri).toContain('%D9%85'); // percent-encoded, as a desktop passes it
  launched = await launchHamish({ args: [uri] });
  await expect(launched.hamish.importJob('مقالة محفوظة.md')).toContainText('Added: “عنوان من ملف”');
});

test('a second launch hands its document to the running app, which stays the only one', async () => {
  launched = await launchHamish();
  await expect(launched.hamish.article).toBeVisible();
  const file = await documentNamed('ثانية.txt', `Second launch\n${PARAGRAPH}`);
  expect(await secondLaunch(launched.home, [pathToFileURL(file).href])).toBe(0);
  await expect(launched.hamish.importJob('ثانية.txt')).toContainText('Added: “Second launch”');
  expect(launched.app.windows()).toHaveLength(1);
});

test('a hamish:// link opens the article at the highlight, at launch and from a second launch', async () => {
  launched = await launchHamish();
  const { page, hamish, home } = launched;
  await expect(hamish.article).toBeVisible();
  // Where a search hit leads is the same kind of address a link names: the article at a range.
  const search = new SearchPanel(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('المخابرات');
  await search.articles.getByRole('link').click();
  await expect(page).toHaveURL(/#\/read\/[^?]+\?at=\d+-\d+$/);
  const [, articleId, at] = /#\/read\/([^?]+)\?at=(\d+-\d+)$/.exec(page.url())!;
  const link = `hamish://read/${articleId}?at=${at}`;
  await hamish.gotoLibrary();

  expect(await secondLaunch(home, [link])).toBe(0);
  await expect(page).toHaveURL(new RegExp(`#/read/${articleId}\\?at=${at}$`));
  await expect.poll(() => search.paintedHit()).toEqual(['المُخابَرات']);
  await launched.app.close();

  launched = await launchHamish({ home, args: [link] });
  await expect(launched.page).toHaveURL(new RegExp(`#/read/${articleId}\\?at=${at}$`));
  await expect.poll(() => new SearchPanel(launched!.page).paintedHit()).toEqual(['المُخابَرات']);
});

test('a malformed hamish:// link opens nothing and says so', async () => {
  launched = await launchHamish();
  await expect(launched.hamish.article).toBeVisible();
  const before = launched.page.url();
  expect(await secondLaunch(launched.home, ['hamish://read/../../etc/passwd'])).toBe(0);
  await expect(launched.page.getByRole('alert')).toContainText(
    'This Hamish link is incomplete or damaged, so nothing was opened.',
  );
  expect(launched.page.url()).toBe(before);
});
