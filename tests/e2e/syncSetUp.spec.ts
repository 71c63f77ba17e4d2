// Settings → Sync before and after: the form says, before anything starts, that a lost
// passphrase makes the server's copy unreadable (in both languages) and refuses what it cannot
// use without a single request; "Stop syncing on this device" leaves the library as it is and
// the device goes offline for good: no request to the server after it, even after a reload.

import { expect, test } from '@playwright/test';
import { ar } from '../../renderer/i18n/catalogs/ar';
import { en } from '../../renderer/i18n/catalogs/en';
import type { Interception } from '../support/sync/syncAppServer';
import { SyncDevice } from './models/SyncDevice';
import { seedArticles, docOf } from './support/seedArticles';
import { rows, SENTENCE, useSyncSuite } from './support/syncSuite';

const suite = useSyncSuite();

// Key derivation (Argon2id, 64 MiB) and a first sync on a shared 2-core machine.
// A ceiling, not a measure: the slowest of these tests took 84 s on this 2-core machine at load
// 11-15 with the real key derivation (docs/sync.md, Tests); 240 s allows a machine three times slower.
test.setTimeout(240_000);

/** Records every request that reaches the server's address from now on. */
function recordRequests(): Interception[] {
  const seen: Interception[] = [];
  suite.appServer.setFault({
    answer: (request) => {
      seen.push(request);
      return null;
    },
  });
  return seen;
}

/** The server's documents and their revisions, read with the server's own credentials. */
async function serverDocuments(database: string): Promise<unknown> {
  const { origin, username, password } = suite.server;
  const response = await fetch(`${origin}/${database}/_all_docs`, {
    headers: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` },
  });
  expect(response.ok).toBe(true);
  return ((await response.json()) as { rows: unknown[] }).rows;
}

async function syncDatabases(device: SyncDevice): Promise<string[]> {
  return device.page.evaluate(async () =>
    (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.includes('-sync')),
  );
}

test('the form warns that a lost passphrase cannot be recovered, and refuses what it cannot use without asking the server', async ({
  browser,
}) => {
  const requests = recordRequests();
  const a = await suite.device(browser);
  await a.openSettings();
  await expect(a.section).toContainText(en.sync.passphraseWarning);
  await expect(a.section.getByRole('textbox', { name: 'Server address' })).toBeVisible();
  await expect(a.statusLine).toBeHidden();

  const good = suite.credentials(suite.server.databaseName('form'));
  const alert = a.section.getByRole('alert');
  await a.startSetUp({ ...good, username: ' ' });
  await expect(alert).toHaveText(en.sync.missingFields);
  await a.startSetUp(good, `${good.passphrase}!`);
  await expect(alert).toHaveText(en.sync.passphraseMismatch);
  await a.startSetUp({ ...good, passphrase: 'قصيرة' });
  await expect(alert).toHaveText(en.sync.passphraseTooShort);
  // The warning is still there beside the refusals, and nothing was sent anywhere.
  await expect(a.section).toContainText(en.sync.passphraseWarning);
  expect(requests).toEqual([]);
  expect(await syncDatabases(a)).toEqual([]);

  // The same warning in Arabic, in a mirrored form.
  const arabic = await SyncDevice.open(browser, suite.appServer, '?lang=ar');
  try {
    await arabic.page.getByRole('button', { name: ar.nav.settings }).click();
    const section = arabic.page.getByRole('region', { name: ar.sync.heading });
    await expect(section).toContainText(ar.sync.passphraseWarning);
    await expect(section.getByRole('textbox', { name: ar.sync.address })).toBeVisible();
    expect(await arabic.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(arabic.problems()).toEqual({ offMachine: [], policy: [] });
  } finally {
    await arabic.close();
  }
  expect(requests).toEqual([]);
});

test('"Stop syncing on this device" keeps the library and the server copy as they are, and nothing is sent afterwards', async ({
  browser,
}) => {
  const database = suite.server.databaseName('stop');
  const a = await suite.device(browser);
  await seedArticles(a.page, [{ title: 'مقالة تبقى', doc: docOf([{ kind: 'paragraph', text: SENTENCE }]) }]);
  await a.leaveReader();
  await a.setUp(suite.credentials(database));
  await expect(a.statusLine).toContainText(/Synced at/);
  const library = { articles: await rows.articles(a), notes: await rows.notes(a) };
  const onServer = await serverDocuments(database);
  expect(onServer).not.toEqual([]);
  expect(await syncDatabases(a)).not.toEqual([]);

  await a.openSettings();
  await a.stop.click();
  // A confirmation first; Cancel changes nothing.
  await expect(a.section.getByRole('alert')).toHaveText(en.sync.stopConfirm);
  await a.section.getByRole('button', { name: 'Cancel' }).click();
  await expect(a.liveSwitch).toBeVisible();
  await a.stop.click();
  await a.section.getByRole('button', { name: 'Stop syncing', exact: true }).click();

  await expect(a.section.getByRole('status')).toHaveText(en.sync.stopped);
  await expect(a.section.getByRole('textbox', { name: 'Server address' })).toBeVisible();
  await expect(a.statusLine).toBeHidden();
  await expect.poll(() => syncDatabases(a)).toEqual([]);
  expect(await rows.articles(a)).toEqual(library.articles);
  expect(await rows.notes(a)).toEqual(library.notes);

  // From now on the device is offline: a change and a reload send nothing.
  const requests = recordRequests();
  await a.closeSettings();
  const item = a.app.libraryItem('مقالة تبقى');
  await item.getByRole('textbox', { name: 'Tags' }).fill('محلي');
  await item.getByRole('textbox', { name: 'Tags' }).press('Enter');
  await expect
    .poll(async () => (await rows.articles(a)).find((row) => row.title === 'مقالة تبقى')?.tags)
    .toEqual(['محلي']);
  await a.page.reload();
  await a.app.gotoLibrary();
  await expect(a.app.libraryItem('مقالة تبقى').locator('.tag')).toHaveText(['محلي×']);
  await expect(a.statusLine).toBeHidden();
  expect(await syncDatabases(a)).toEqual([]);
  expect(requests).toEqual([]);
  // The server's copy is as it was.
  expect(await serverDocuments(database)).toEqual(onServer);
});
