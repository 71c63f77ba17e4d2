// The Electron shell, for real: it needs an Electron binary (see run.ts).

import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/csp';
import { BRIDGE_FUNCTIONS, type HamishBridge } from '../../electron/common/ipc';

declare global {
  interface Window {
    hamish?: HamishBridge;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  const executablePath = process.env['HAMISH_ELECTRON_BINARY'];
  if (executablePath === undefined)
    throw new Error('HAMISH_ELECTRON_BINARY is not set: start this suite with `npm run test:electron`');
  const home = await mkdtemp(path.join(tmpdir(), 'hamish-electron-'));
  app = await electron.launch({
    executablePath,
    args: [root],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, LANG: 'en_US.UTF-8' },
  });
  // Keep the system browser out of the test: record what the app hands to it instead.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { opened: string[] }).opened = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
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
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/hamish\//);
});

test('new windows are denied; http(s) links go to the system browser, others nowhere', async () => {
  await page.evaluate(() => {
    window.open('https://example.org/page');
    window.open('file:///etc/passwd');
  });
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
  expect(await app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened)).toEqual([
    'https://example.org/page',
  ]);
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
