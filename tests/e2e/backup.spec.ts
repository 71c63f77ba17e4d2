// Backups through the UI, in a real browser: export with progress to a downloaded file, restore
// by merging or (once confirmed) replacing, the automatic backups list, and files that must be
// refused — with a reason, in English and Arabic, and with the library left exactly as it was.

import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { TestHarness } from './models/TestHarness';

async function harnessBeside(page: Page, baseUrl: string): Promise<TestHarness> {
  return new TestHarness(await page.context().newPage(), baseUrl).open();
}

async function exportToFile(app: HamishApp, path: string): Promise<void> {
  const download = app.page.waitForEvent('download');
  await app.exportBackupButton.click();
  await (await download).saveAs(path);
  await expect(app.backupMessage).toHaveText('Backup saved.');
}

async function chooseBackup(
  app: HamishApp,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  button = app.restoreBackupButton,
): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

test('export writes the whole library to a file; merging it back changes nothing', async ({ app, page }, testInfo) => {
  const harness = await harnessBeside(page, app.baseUrl);
  await harness.call('seed', { articles: 5, highlights: 20, notes: 20 });
  await app.open('?lang=en#/');
  const before = await harness.call('digest');

  await app.openSettings();
  const download = page.waitForEvent('download');
  await app.exportBackupButton.click();
  expect((await download).suggestedFilename()).toMatch(/^hamish-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await (await download).saveAs(file);
  await expect(app.backupMessage).toHaveText('Backup saved.');

  const json = JSON.parse(await readFile(file, 'utf8'));
  expect(json.hamish).toMatchObject({ format: 'hamish-backup', formatVersion: 1, reason: 'manual' });
  const rowCounts = Object.fromEntries(
    json.data.tables.map((table: { name: string; rowCount: number }) => [table.name, table.rowCount]),
  );
  expect(rowCounts).toEqual({ articles: 5, bodies: 5, highlights: 20, notes: 20, settings: 0, images: 0 });

  await chooseBackup(app, file);
  await expect(
    app.settingsDialog.getByText(/^This backup, made .+, holds 5 articles, 20 highlights and 20 notes\.$/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Merge into my library' }).click();
  const summary = page.getByRole('dialog', { name: 'Restore summary' });
  await expect(summary).toContainText('Your library already holds everything in this backup, as new or newer.');
  await summary.getByRole('button', { name: 'Merge' }).click();
  await expect(summary).toBeHidden();
  await expect(app.backupMessage).toHaveText('Restored. Your library already held everything in this backup.');
  expect(await harness.call('digest')).toEqual(before);
});

/** The summary table's figures, row by row: outcome name → [articles, highlights, notes]. */
async function summaryFigures(summary: Locator): Promise<Record<string, number[]>> {
  const rows = await summary.locator('tbody tr').all();
  const figures: Record<string, number[]> = {};
  for (const row of rows) {
    const name = await row.getByRole('rowheader').innerText();
    figures[name] = (await row.getByRole('cell').allInnerTexts()).map((text) =>
      Number(text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))),
    );
  }
  return figures;
}

const restoreNames = {
  en: {
    remove: 'Delete',
    dismiss: 'Dismiss',
    settings: 'Settings',
    export: 'Export backup',
    saved: 'Backup saved.',
    restore: 'Restore backup',
    merge: 'Merge into my library',
    summary: 'Restore summary',
    bringBack: 'Bring back what was deleted since the backup',
    mergeButton: 'Merge',
    deletedRow: 'Deleted since the backup',
    newRow: 'New to your library',
    restored: 'Restored. 4 items were added, updated or brought back.',
    leftDeleted: 'Restored. Nothing was added or updated. 4 items deleted since the backup stay deleted, as you chose.',
  },
  ar: {
    remove: 'حذف',
    dismiss: 'إخفاء',
    settings: 'الإعدادات',
    export: 'تصدير نسخة احتياطية',
    saved: 'حُفظت النسخة الاحتياطية.',
    restore: 'استعادة نسخة احتياطية',
    merge: 'دمجها في مكتبتي',
    summary: 'ملخص الاستعادة',
    bringBack: 'استرجاع ما حُذف منذ النسخة الاحتياطية',
    mergeButton: 'دمج',
    deletedRow: 'محذوف منذ النسخة الاحتياطية',
    newRow: 'جديد على مكتبتك',
    restored: 'تمت الاستعادة. أُضيفت 4 عناصر أو حُدِّثت أو استُرجعت.',
    leftDeleted: 'تمت الاستعادة. لم يُضف شيء ولم يُحدَّث. 4 عناصر حُذفت منذ النسخة الاحتياطية تبقى محذوفة، كما اخترت.',
  },
};

for (const lang of ['en', 'ar'] as const) {
  const names = restoreNames[lang];
  test(`merge brings back the article, highlight and note deleted since the backup, and nothing else changes (${lang})`, async ({
    app,
    page,
  }, testInfo) => {
    const harness = await harnessBeside(page, app.baseUrl);
    await harness.call('seed', { articles: 3, highlights: 3, notes: 4 });
    await app.open(`?lang=${lang}#/`);
    await page.getByRole('button', { name: names.settings }).click();
    const file = testInfo.outputPath('before-deleting.json');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: names.export }).click();
    await (await download).saveAs(file);
    await expect(app.backupMessage).toHaveText(names.saved);
    await page.keyboard.press('Escape');
    const before = await harness.call('digest', ['updatedAt']);

    // An article deleted from the library, its undo bar let go; a highlight and a note deleted.
    const list = page.locator('.library-list');
    const firstRow = list.getByRole('listitem').first();
    const title = await firstRow.getByRole('heading').innerText();
    await firstRow.getByRole('button', { name: names.remove }).click();
    await page.getByRole('button', { name: names.dismiss }).click();
    await expect(list.getByRole('heading', { name: title })).toBeHidden();
    // The newest highlight has a note of its own: the note goes with it, as in the reader.
    expect(await harness.call('deleteHighlightsAndNotes')).toEqual({ highlights: 1, notes: 2 });
    expect(await harness.call('liveCounts')).toEqual({ articles: 2, highlights: 2, notes: 2 });

    // Unticked, the summary's choice leaves them deleted, and the result says so.
    await page.getByRole('button', { name: names.settings }).click();
    await chooseBackup(app, file, page.getByRole('button', { name: names.restore }));
    await page.getByRole('button', { name: names.merge }).click();
    let summary = page.getByRole('dialog', { name: names.summary });
    await expect
      .poll(() => summaryFigures(summary))
      .toMatchObject({ [names.deletedRow]: [1, 1, 2], [names.newRow]: [0, 0, 0] });
    await expect(summary.getByRole('checkbox', { name: names.bringBack })).toBeChecked();
    await summary.getByRole('checkbox', { name: names.bringBack }).uncheck();
    await summary.getByRole('button', { name: names.mergeButton, exact: true }).click();
    await expect(app.backupMessage).toHaveText(names.leftDeleted);
    expect(await harness.call('liveCounts')).toEqual({ articles: 2, highlights: 2, notes: 2 });

    // Ticked (the default), the same merge brings all of them back and changes nothing else.
    await chooseBackup(app, file, page.getByRole('button', { name: names.restore }));
    await page.getByRole('button', { name: names.merge }).click();
    summary = page.getByRole('dialog', { name: names.summary });
    await summary.getByRole('button', { name: names.mergeButton, exact: true }).click();
    await expect(app.backupMessage).toHaveText(names.restored);
    expect(await harness.call('digest', ['updatedAt'])).toEqual(before);
    await page.keyboard.press('Escape');
    await expect(list.getByRole('heading', { name: title })).toBeVisible();
  });
}

test('a backup that is not Hamish’s, damaged, or from a newer version is refused and nothing changes', async ({
  app,
  page,
}, testInfo) => {
  const harness = await harnessBeside(page, app.baseUrl);
  await harness.call('seed', { articles: 3, highlights: 6, notes: 6 });
  await app.open('?lang=en#/');
  await app.openSettings();
  const file = testInfo.outputPath('good.json');
  await exportToFile(app, file);
  const good = await readFile(file, 'utf8');
  const before = await harness.call('digest');

  const newer = JSON.parse(good);
  newer.hamish.schemaVersion = 99;
  newer.data.databaseVersion = 99;
  const cases = [
    {
      name: 'notes.txt',
      body: 'My reading list:\n- an article\n',
      message: 'This file is not a Hamish backup. Nothing was changed.',
    },
    {
      name: 'other.json',
      body: JSON.stringify({
        formatName: 'dexie',
        formatVersion: 1,
        data: { databaseName: 'todo-app', databaseVersion: 3, tables: [], data: [] },
      }),
      message: 'This file is not a Hamish backup. Nothing was changed.',
    },
    {
      name: 'cut.json',
      body: good.slice(0, Math.floor(good.length / 2)),
      message: 'This backup is damaged or incomplete, so it cannot be restored. Nothing was changed.',
    },
    {
      name: 'newer.json',
      body: JSON.stringify(newer),
      message: 'This backup was made by a newer version of Hamish. Update Hamish to restore it. Nothing was changed.',
    },
  ];
  for (const { name, body, message } of cases) {
    await chooseBackup(app, { name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.getByRole('alert').filter({ hasText: message }), name).toBeVisible();
    expect(await harness.call('digest'), name).toEqual(before);
  }
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('a damaged backup is refused with the reason in Arabic', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'الإعدادات' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'استعادة نسخة احتياطية' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hamish":{"format":"hamish-backup","formatVersion":1,'),
    });
    await expect(page.getByRole('alert')).toHaveText(
      'هذه النسخة الاحتياطية تالفة أو ناقصة، فلا يمكن استعادتها. لم يتغيّر شيء.',
    );
    await expect(page.getByRole('button', { name: 'تصدير نسخة احتياطية' })).toBeVisible();
    await expect(page.getByText('في متصفح الويب، تُحفظ آخر ١٠ نسخ احتياطية تلقائية', { exact: false })).toBeVisible();
  });
});

test('replacing asks first; it keeps a copy of the library in the automatic backups, and that copy restores it', async ({
  app,
  page,
}, testInfo) => {
  // Seeded before the app first runs, so it opens on the library: the reader, which saves the
  // reading position as it closes, never writes behind the digests' backs.
  const harness = await harnessBeside(page, app.baseUrl);
  await harness.call('seed', { articles: 1, highlights: 2, notes: 2 }, 3);
  await app.open('?lang=en#/');
  await app.openSettings();
  await expect(
    page.getByText('In a web browser, the last 10 automatic backups are kept in this browser’s storage', {
      exact: false,
    }),
  ).toBeVisible();
  const small = testInfo.outputPath('small.json');
  await exportToFile(app, small);

  await harness.call('seed', { articles: 3, highlights: 9, notes: 9 }, 4);
  const bigger = await harness.call('digest');

  await chooseBackup(app, small);
  await page.getByRole('button', { name: 'Replace my library…' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Replace everything? Your library will become exactly this backup',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await harness.call('digest')).toEqual(bigger);

  await chooseBackup(app, small);
  await page.getByRole('button', { name: 'Replace my library…' }).click();
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(app.backupMessage).toHaveText('Restored. Your library now matches the backup.');
  expect((await harness.call('digest')).counts).toMatchObject({ articles: 1, highlights: 2, notes: 2 });

  await expect(app.automaticBackups.getByRole('listitem')).toHaveCount(1);
  await expect(app.automaticBackups.getByRole('listitem')).toContainText('Before a restore');
  await app.automaticBackups.getByRole('button', { name: /^Restore the backup of / }).click();
  await expect(app.settingsDialog.getByText(/holds 4 articles, 11 highlights and 11 notes/)).toBeVisible();
  await page.getByRole('button', { name: 'Replace my library…' }).click();
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(app.backupMessage).toHaveText('Restored. Your library now matches the backup.');
  expect(await harness.call('digest')).toEqual(bigger);
  await expect(app.automaticBackups.getByRole('listitem')).toHaveCount(2);
});
