// Backups through the UI, in a real browser: export with progress to a downloaded file, restore
// by merging or (once confirmed) replacing, the automatic backups list, and files that must be
// refused — with a reason, in English and Arabic, and with the library left exactly as it was.

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
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
  await expect(app.backupMessage).toHaveText(
    'Restored. 0 items were added or updated; the rest was already up to date.',
  );
  expect(await harness.call('digest')).toEqual(before);
});

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
