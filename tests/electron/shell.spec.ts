// The Electron shell, for real: it needs an Electron binary (see run.ts).

import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/csp';
import { BRIDGE_FUNCTIONS, type HamishBridge } from '../../electron/common/ipc';
import { launchHamish } from './launch';

declare global {
  interface Window {
    hamish?: HamishBridge;
  }
}

let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  ({ app, page } = await launchHamish());
});

test.afterEach(async () => {
  await app.close();
});

test('the window loads the renderer from app://hamish', async () => {
  expect(page.url()).toMatch(/^app:\/\/hamish\/index\.html/);
  await expect(page.locator('article')).toBeVisible();
});

test('responses carry the CSP', async () => {
  const header = await page.evaluate(async () =>
    (await fetch('app://hamish/index.html')).headers.get('content-security-policy'),
  );
  expect(header).toBe(CONTENT_SECURITY_POLICY);
});

test('the page has no Node: isolated, sandboxed, no node integration', async () => {
  const reach = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
  }));
  expect(reach).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('navigation to an outside address is blocked', async () => {
  // Electron cancels a navigation refused in will-navigate: it ends as a provisional load that
  // failed with ERR_ABORTED (-3). Allowed, it would commit, or fail otherwise (no such host here).
  await app.evaluate(({ BrowserWindow }) => {
    const outcomes: { url: string; code: number | null }[] = [];
    (globalThis as unknown as { outcomes: typeof outcomes }).outcomes = outcomes;
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    contents.on('did-fail-provisional-load', (_event, code, _description, url, isMainFrame) => {
      if (isMainFrame) outcomes.push({ url, code });
    });
    contents.on('did-navigate', (_event, url) => outcomes.push({ url, code: null }));
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { outcomes: unknown[] }).outcomes))
    .toEqual([{ url: 'https://example.org/', code: -3 }]);
  expect(page.url()).toMatch(/^app:\/\/hamish\//);
});

test('new windows are denied; http(s) links go to the system browser, others nowhere', async () => {
  // window.open waits for the main process's answer (a synchronous call in Chromium), so the
  // handler has decided both when this returns: a denied window is null.
  const windows = await page.evaluate(() => [
    window.open('https://example.org/page') === null,
    window.open('file:///etc/passwd') === null,
  ]);
  expect(windows).toEqual([true, true]);
  expect(app.windows()).toHaveLength(1);
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened))
    .toEqual(['https://example.org/page']);
});

test('a reload is not blocked by will-navigate (the Reload buttons call location.reload)', async () => {
  await page.evaluate(() => {
    (window as unknown as { beforeReload?: boolean }).beforeReload = true;
  });
  await Promise.all([page.waitForEvent('load'), page.evaluate(() => location.reload())]);
  expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
  expect(page.url()).toMatch(/^app:\/\/hamish\/index\.html/);
  await expect(page.locator('article')).toBeVisible();
});

test('the spellchecker is off, and typing fetches no dictionary', async () => {
  const userData = await app.evaluate(({ app: electronApp, session }) => ({
    folder: electronApp.getPath('userData'),
    spellchecking: session.defaultSession.isSpellCheckerEnabled(),
  }));
  expect(userData.spellchecking).toBe(false);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const paste = page.getByRole('dialog', { name: 'Add articles' }).getByRole('textbox', { name: 'Paste text' });
  await paste.pressSequentially('Ths is mispeled text, typd in the app. ');
  await expect(paste).toHaveValue(/typd in the app/);
  // Chromium would create this folder as it starts downloading a Hunspell dictionary.
  expect(existsSync(path.join(userData.folder, 'Dictionaries'))).toBe(false);
});

test('window.hamish has only the contract functions, and IPC validates input', async () => {
  expect(await page.evaluate(() => Object.keys(window.hamish ?? {}).sort())).toEqual([...BRIDGE_FUNCTIONS].sort());
  expect(await page.evaluate(() => window.hamish!.setUiLanguage('fr' as 'ar'))).toMatchObject({
    ok: false,
    error: 'invalid-input',
  });
  expect(await page.evaluate(() => window.hamish!.openExternal('javascript:alert(1)'))).toEqual({
    ok: false,
    error: 'not-http-url',
  });
  expect(await page.evaluate(() => window.hamish!.getAppInfo())).toMatchObject({ ok: true });
});

test('permission requests are denied', async () => {
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
});

test('the application menu follows the UI language', async () => {
  await page.evaluate(() => window.hamish!.setUiLanguage('ar'));
  const arabic = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((item) => item.label));
  expect(arabic).toContain('تحرير');
  await page.evaluate(() => window.hamish!.setUiLanguage('en'));
  const english = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((item) => item.label));
  expect(english).toContain('Edit');
});
