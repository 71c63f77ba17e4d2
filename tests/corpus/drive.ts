// Drives the app's own import, as a user would, in the English UI: files through the import
// dialog's file chooser (one at a time, or many at once), formatted text through a paste into
// the dialog's text box. Each job's outcome is read from its line in the Imports panel, and
// what was stored is read back from IndexedDB and opened in the reader.

import type { Page } from '@playwright/test';

export interface FileInput {
  readonly name: string;
  readonly html: string;
}

export interface JobOutcome {
  readonly label: string;
  /** done, failed, duplicate, cancelled — or 'unsettled' when the check gave up waiting. */
  readonly status: string;
  readonly error: string | null;
  readonly articleId: string | null;
}

export async function openApp(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/index.html?lang=en`);
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor({ timeout: 120_000 });
}

const importButton = (page: Page) => page.getByRole('button', { name: 'Import', exact: true });

export async function chooseFiles(page: Page, files: readonly FileInput[]): Promise<void> {
  await importButton(page).click();
  await page
    .getByLabel('Choose files')
    .setInputFiles(files.map((file) => ({ name: file.name, mimeType: 'text/html', buffer: Buffer.from(file.html) })));
}

/**
 * Pastes `html` (with `plain` as its plain-text flavour) into the dialog and adds it; null when
 * the dialog took it, else the dialog's message refusing it.
 */
export async function pasteHtml(page: Page, html: string, plain: string, title: string): Promise<string | null> {
  await importButton(page).click();
  const box = page.getByRole('textbox', { name: 'Paste text' });
  await box.focus();
  await box.evaluate(
    (element, data) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/html', data.html);
      clipboard.setData('text/plain', data.plain);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Add to library' }).click();
  // A paste the dialog itself refuses (nothing but markup, say) keeps the dialog open with its
  // message: that is the refusal, and the dialog is closed for the next one.
  const dialog = page.locator('dialog.import-dialog');
  const refusal = dialog.getByRole('alert');
  await Promise.race([
    dialog.waitFor({ state: 'hidden', timeout: 60_000 }),
    refusal.waitFor({ state: 'visible', timeout: 60_000 }),
  ]);
  if (!(await dialog.isVisible())) return null;
  const message = (await refusal.textContent()) ?? '';
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return message;
}

/**
 * In the page: how many imports are queued or working once they are fewer than `before`, else
 * null (not yet). Counted from the panel's progress bar, there while any are, not from its
 * lines: folded, the panel shows five lines, finished ones first, and the unfinished may all be
 * out of sight.
 */
function fewerUnfinished(before: number): { left: number } | null {
  const bar = document.querySelector<HTMLProgressElement>('section.imports progress');
  const left = bar === null ? 0 : bar.max - bar.value;
  return left < before ? { left } : null;
}

/**
 * True once no import is queued or working. A batch of hundreds of files takes as long as it
 * takes: what counts as hung is a batch where nothing finishes for `stallMs` (beyond the app's
 * own time budget per page), not one that is merely slow on a busy machine.
 */
export async function settled(page: Page, stallMs: number): Promise<boolean> {
  try {
    await page.locator('li.import-job').first().waitFor({ timeout: stallMs });
    let left = Number.POSITIVE_INFINITY;
    while (left > 0) {
      const fewer = await page.waitForFunction(fewerUnfinished, left, { timeout: stallMs, polling: 250 });
      left = (await fewer.jsonValue())!.left;
    }
    return true;
  } catch {
    return false;
  }
}

/** Every line of the Imports panel, in order (unfolding it first: it shows five lines at most). */
export async function outcomes(page: Page): Promise<JobOutcome[]> {
  const showAll = page.getByRole('region', { name: 'Imports' }).getByRole('button', { name: /^Show all/ });
  if (await showAll.isVisible()) await showAll.click();
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('li.import-job'), (line) => {
      const status = line.dataset['status'] ?? '';
      const link = line.querySelector<HTMLAnchorElement>('a.import-job-action')?.getAttribute('href') ?? null;
      const id = link === null ? null : /#\/read\/([^?]+)/.exec(link)?.[1];
      return {
        label: line.querySelector('.import-job-label')?.textContent ?? '',
        status: status === 'queued' || status === 'working' ? 'unsettled' : status,
        error: line.dataset['error'] ?? null,
        articleId: id === undefined || id === null ? null : decodeURIComponent(id),
      };
    }),
  );
}

/** Keeps a duplicate as a new article (the corpus holds two pages with the same text). */
export async function keepBoth(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Imports' }).getByRole('button', { name: 'Keep both' }).click();
}

/** Dismisses the finished lines (nothing may be running). */
export async function dismissFinished(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Imports' }).getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('region', { name: 'Imports' }).waitFor({ state: 'detached' });
}

/** When the last import started and when the last article was stored (performance marks). */
export async function importMarks(page: Page): Promise<{ start: number | null; stored: number | null }> {
  return page.evaluate(() => ({
    start: performance.getEntriesByName('hamish:import-start').at(-1)?.startTime ?? null,
    stored: performance.getEntriesByName('hamish:import-stored').at(-1)?.startTime ?? null,
  }));
}

export interface StoredBody {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

/** Every stored article's title and text (its blocks' text, one line each), read with raw IndexedDB. */
export async function storedBodies(page: Page): Promise<Map<string, StoredBody>> {
  const rows = await page.evaluate(
    () =>
      new Promise<StoredBody[]>((resolve, reject) => {
        const request = indexedDB.open('hamish');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['articles', 'bodies']);
          const articles = tx.objectStore('articles').getAll();
          const bodies = tx.objectStore('bodies').getAll();
          tx.oncomplete = () => {
            db.close();
            const titles = new Map(
              (articles.result as { id: string; title: string }[]).map((row) => [row.id, row.title]),
            );
            resolve(
              (bodies.result as { articleId: string; doc: { blocks: { text: string }[] } }[]).map((row) => ({
                id: row.articleId,
                title: titles.get(row.articleId) ?? '',
                text: row.doc.blocks.map((block) => block.text).join('\n'),
              })),
            );
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Opens each article in the reader and waits for its first block; the ids that did not show. */
export async function readBack(page: Page, ids: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    await page.evaluate((hash) => (location.hash = hash), `#/read/${encodeURIComponent(id)}`);
    try {
      await page.locator('article .article-body [data-block]').first().waitFor({ timeout: 30_000 });
    } catch {
      failed.push(id);
    }
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('article .article-body').waitFor({ state: 'detached', timeout: 30_000 });
  }
  return failed;
}
