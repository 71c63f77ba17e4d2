// Fault tests in a real browser with real IndexedDB: a reload in the middle of a burst of
// writes, a full disk, another tab holding or upgrading the database, and a large library
// taken through backup → wipe → restore. Seeding and inspection go through the test harness
// (tests/harness), which runs the app's own modules on the app's origin.

import { writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { HamishApp } from './models/HamishApp';
import { TestHarness } from './models/TestHarness';

async function harnessIn(context: BrowserContext, baseUrl: string): Promise<TestHarness> {
  return new TestHarness(await context.newPage(), baseUrl).open();
}

async function expectLibraryOpensNormally(app: HamishApp, page: Page): Promise<void> {
  await app.open('?lang=en#/');
  await expect(app.libraryList).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('a reload in the middle of 1,000 rapid writes leaves every action whole or absent', async ({
  app,
  page,
  context,
}) => {
  await app.open('?lang=en');
  await expect(app.article).toBeVisible();
  const harness = await harnessIn(context, app.baseUrl);
  const articleId = await harness.call('firstArticleId');

  await harness.call('startRapidWrites', articleId, 1000);
  await expect
    .poll(async () => (await harness.call('rapidProgress'))?.committed ?? 0, { intervals: [5] })
    .toBeGreaterThan(150);
  const atReload = await harness.call('rapidProgress');
  await harness.page.reload();
  await harness.page.waitForFunction(() => document.body.dataset['ready'] === 'true');
  expect(atReload!.committed, 'the reload came before the burst ended').toBeLessThan(1000);

  expect(await harness.call('invalidRows')).toEqual([]);
  const { highlights, notes } = await harness.call('highlightsAndNotes');
  expect(highlights.length + notes.length).toBeGreaterThan(0);
  const notesByHighlight = new Map<string, typeof notes>();
  for (const note of notes)
    if (note.highlightId !== null)
      notesByHighlight.set(note.highlightId, [...(notesByHighlight.get(note.highlightId) ?? []), note]);
  for (const highlight of highlights) {
    // Made together: a highlight never lacks its note, and a deletion took its notes along.
    const own = notesByHighlight.get(highlight.id) ?? [];
    expect(own, highlight.exact).toHaveLength(1);
    expect(own[0]!.text.startsWith(`note for ${highlight.exact} `)).toBe(true);
    expect(own[0]!.deletedAt).toBe(highlight.deletedAt);
  }
  const highlightIds = new Set(highlights.map((highlight) => highlight.id));
  for (const note of notes)
    if (note.highlightId !== null) expect(highlightIds.has(note.highlightId), note.text).toBe(true);

  await expectLibraryOpensNormally(app, page);
});

test('with the disk full, import and note-taking fail with a clear message, nothing is lost, and work resumes when space returns', async ({
  app,
  page,
  context,
  browser,
}, testInfo) => {
  // Two profiles, a seeded library, storage filled twice and two restores: on a busy machine
  // this takes well over the default 30 s.
  test.setTimeout(120_000);
  // A small quota for this origin, set before it first stores anything (Chromium fixes an
  // origin's quota when its storage first opens); other data then fills it up.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.baseUrl).origin, quotaSize: 5_000_000 });

  // A backup made in another profile, to restore while the disk is full.
  const other = await browser.newContext();
  const otherHarness = await harnessIn(other, app.baseUrl);
  // Large enough (about 1 MB) that space the database hands back by compacting cannot hold it.
  await otherHarness.call('seed', { articles: 5, highlights: 10, notes: 10, articleChars: 100_000 }, 7);
  await otherHarness.call('exportAndKeep');
  const foreignBackup = testInfo.outputPath('other-library.json');
  await writeFile(foreignBackup, await otherHarness.call('keptBackupText'));
  await other.close();

  const harness = await harnessIn(context, app.baseUrl);
  await harness.call('seed', { articles: 10, highlights: 30, notes: 30 });
  await app.open('?lang=en#/');
  await expect(app.libraryList).toBeVisible();
  const before = await harness.call('digest');
  expect(await harness.call('fillStorage')).toBeGreaterThan(1_000_000);

  const full = {
    ok: false,
    failure: 'storage-full',
    messages: {
      en: 'There is not enough storage space to save this. Nothing was changed; free some space and try again.',
      ar: 'لا توجد مساحة تخزين كافية لحفظ هذا. لم يتغيّر شيء؛ حرّر بعض المساحة ثم أعد المحاولة.',
    },
  };
  expect(await harness.call('tryAddArticle', 200_000), 'import (addArticle)').toEqual(full);
  // The database's own compaction gives space back when it runs, and on a busy machine it ran
  // after the filling often enough for a note to fit: each small write meets a disk filled
  // again right before it, as the restore below does.
  await harness.call('fillStorage');
  expect(await harness.call('tryAddHighlightWithNote'), 'a highlight with its note').toEqual(full);
  await harness.call('fillStorage');
  expect(await harness.call('tryAddNote'), 'a note').toEqual(full);

  await app.openSettings();
  const chooser = page.waitForEvent('filechooser');
  await app.restoreBackupButton.click();
  await (await chooser).setFiles(foreignBackup);
  await page.getByRole('button', { name: 'Merge into my library' }).click();
  // A merge first says what it will do; its Merge button writes.
  const summary = page.getByRole('dialog', { name: 'Restore summary' });
  const merge = summary.getByRole('button', { name: 'Merge', exact: true });
  await expect(merge).toBeVisible();
  // The failed writes above and the database's own compaction give some space back: fill
  // it again right before the restore, so the restore meets a full disk every time.
  await harness.call('fillStorage');
  await merge.click();
  await expect(app.backupMessage).toHaveText(
    'There is not enough storage space to restore this backup. Nothing was changed; free some space and try again.',
  );
  await expect(app.backupMessage).toHaveAttribute('role', 'alert');
  expect(await harness.call('digest')).toEqual(before);
  expect(await harness.call('invalidRows')).toEqual([]);

  await harness.call('freeStorage');
  expect(await harness.call('tryAddArticle', 200_000)).toEqual({ ok: true });
  expect(await harness.call('tryAddHighlightWithNote')).toEqual({ ok: true });
  expect(await harness.call('tryAddNote')).toEqual({ ok: true });
  const chooserAgain = page.waitForEvent('filechooser');
  await app.restoreBackupButton.click();
  await (await chooserAgain).setFiles(foreignBackup);
  await page.getByRole('button', { name: 'Merge into my library' }).click();
  await summary.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(app.backupMessage).toHaveText(
    // 5 articles, 10 highlights and 10 notes, as the summary counted them.
    'Restored. 25 items were added, updated or brought back.',
  );
  expect(await harness.call('invalidRows')).toEqual([]);
  await expectLibraryOpensNormally(app, page);
});

test('an upgrade from another tab: this tab stops with a clear prompt, and no data is lost', async ({
  app,
  page,
  context,
}) => {
  await app.open('?lang=en#/');
  const harness = await harnessIn(context, app.baseUrl);
  await harness.call('seed', { articles: 4, highlights: 12, notes: 12 });
  const before = await harness.call('digest');
  await harness.call('close');

  const counts = await harness.call('upgradeAsNewerApp');
  expect(counts).toEqual(before.counts);
  const prompt = page.getByRole('alertdialog', { name: 'Hamish was updated in another window' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('this window has stopped saving changes');
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeVisible();
  // Reloaded, this (older) app refuses the newer library instead of writing into it.
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of Hamish');
});

test('an upgrade held up by another tab waits with a clear prompt, backs up the old library first, and loses nothing', async ({
  app,
  page,
  context,
}) => {
  const harness = await harnessIn(context, app.baseUrl);
  await harness.call('createOldLibrary', 1, {
    articles: [
      {
        id: 'a1',
        title: 'From version one',
        lang: 'en',
        dir: 'ltr',
        excerpt: 'Old text.',
        wordCount: 2,
        contentHash: 'h',
        extractionVersion: 1,
        source: 'paste',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    bodies: [
      {
        articleId: 'a1',
        doc: { extractionVersion: 1, lang: 'en', dir: 'ltr', blocks: [{ kind: 'paragraph', text: 'Old text.' }] },
        updatedAt: 1,
      },
    ],
    highlights: [
      {
        id: 'h1',
        articleId: 'a1',
        start: 0,
        end: 3,
        exact: 'Old',
        prefix: '',
        suffix: ' text.',
        color: 'pink',
        contentHash: 'h',
        extractionVersion: 1,
        createdAt: 2,
        updatedAt: 2,
      },
    ],
    notes: [{ id: 'n1', articleId: 'a1', highlightId: 'h1', text: 'A note from long ago', createdAt: 3, updatedAt: 3 }],
  });
  expect(await harness.call('holdConnection')).toBe(10);

  await app.open('?lang=en#/');
  await expect(page.getByRole('alert')).toHaveText(
    'Hamish needs to update your library, but another Hamish window or tab is still using it. Close the others; this window will continue by itself.',
  );
  await harness.call('releaseConnection');
  await expect(app.libraryList.getByRole('link', { name: 'From version one' })).toBeVisible();
  const upgraded = await harness.call('highlightsAndNotes');
  expect(upgraded.notes).toEqual([
    {
      id: 'n1',
      articleId: 'a1',
      highlightId: 'h1',
      text: 'A note from long ago',
      createdAt: 3,
      updatedAt: 3,
      deletedAt: null,
    },
  ]);

  await app.openSettings();
  await expect(app.automaticBackups.getByRole('listitem')).toHaveCount(1);
  await expect(app.automaticBackups.getByRole('listitem')).toContainText('Before an upgrade');
  await app.automaticBackups.getByRole('button', { name: /^Restore the backup of / }).click();
  await expect(app.settingsDialog.getByText(/holds 1 article, 1 highlight and 1 note\./)).toBeVisible();
});

test('backup → wipe → restore of 1,000 articles, 10,000 highlights and 10,000 notes gives identical rows', async ({
  app,
  page,
  context,
}, testInfo) => {
  test.setTimeout(240_000);
  // Seeded before the app first runs, so it opens on the library and the reader (which saves
  // the reading position as it closes) never writes behind the digest's back.
  const harness = await harnessIn(context, app.baseUrl);
  await harness.call('seed', { articles: 1000, highlights: 10_000, notes: 10_000 });
  const before = await harness.call('digest');
  expect(before.counts).toMatchObject({ articles: 1000, highlights: 10_000, notes: 10_000 });

  await app.open('?lang=en#/');
  await app.openSettings();
  const file = testInfo.outputPath('big-backup.json');
  const download = page.waitForEvent('download');
  await app.exportBackupButton.click();
  await (await download).saveAs(file);
  await expect(app.backupMessage).toHaveText('Backup saved.', { timeout: 60_000 });

  await page.goto('about:blank');
  await harness.call('deleteLibrary');
  expect((await harness.call('digest')).counts).toMatchObject({ articles: 0, highlights: 0, notes: 0 });

  await app.open('?lang=en#/');
  await app.openSettings();
  const chooser = page.waitForEvent('filechooser');
  await app.restoreBackupButton.click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Replace my library…' }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(app.backupMessage).toHaveText('Restored. Your library now matches the backup.', { timeout: 120_000 });
  expect(await harness.call('digest')).toEqual(before);
});
