// Starting the real app for the Electron suite: the built app in out/ on the Electron binary
// run.ts found (HAMISH_ELECTRON_BINARY), in a home folder of its own so that every test starts
// with an empty library unless it passes the home of an earlier launch (a relaunch).

import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HamishApp } from '../e2e/models/HamishApp';

export const root = path.resolve(import.meta.dirname, '../..');

export function electronBinary(): string {
  const executablePath = process.env['HAMISH_ELECTRON_BINARY'];
  if (executablePath === undefined)
    throw new Error('HAMISH_ELECTRON_BINARY is not set: start this suite with `npm run test:electron`');
  return executablePath;
}

export const newHome = () => mkdtemp(path.join(tmpdir(), 'hamish-electron-'));

/** HOME and XDG_CONFIG_HOME: the app's data folder (userData) lives under them. */
export function environmentFor(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  return { ...env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home, LANG: 'en_US.UTF-8' };
}

export interface Launched {
  readonly app: ElectronApplication;
  readonly page: Page;
  readonly hamish: HamishApp;
  readonly home: string;
}

export interface LaunchOptions {
  /** The home of an earlier launch: the same data folder, so the same library. */
  readonly home?: string;
  /** Command-line arguments after the app folder: documents, hamish:// links. */
  readonly args?: readonly string[];
  /** Another executable than Electron with the app folder (a packaged build, which has its app inside). */
  readonly executablePath?: string;
}

export async function launchHamish(options: LaunchOptions = {}): Promise<Launched> {
  const home = options.home ?? (await newHome());
  const packaged = options.executablePath !== undefined;
  const app = await electron.launch({
    executablePath: options.executablePath ?? electronBinary(),
    args: [...(packaged ? [] : [root]), ...(options.args ?? [])],
    env: environmentFor(home),
  });
  // Keep the system browser out of the test: record what the app hands to it instead.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { opened: string[] }).opened = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, hamish: new HamishApp(page, 'app://hamish'), home };
}
