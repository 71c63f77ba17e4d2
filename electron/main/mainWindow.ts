// Creates the one main window with the locked-down web preferences, and keeps it from going
// anywhere but our own page: navigation is refused (a reload of the page itself excepted), new
// windows are refused, and http(s) links are handed to the system browser.

import { BrowserWindow, shell } from 'electron';
import { parseExternalUrl } from './externalLinks';
import { isOwnPage } from './navigationPolicy';
import type { Rect } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  bounds: Partial<Rect> & { width: number; height: number };
  maximized: boolean;
  title: string;
  backgroundColor: string;
  /** Origins the page comes from (navigationPolicy.pageOrigins); its reloads are allowed. */
  pageOrigins: readonly string[];
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.bounds,
    minWidth: 400,
    minHeight: 300,
    show: false,
    title: options.title,
    backgroundColor: options.backgroundColor,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Off: Chromium's spellchecker fetches Hunspell dictionaries from Google's CDN on Windows
      // and Linux, and Hamish goes online only to save a page the user asked for. The session's
      // spellchecker is switched off too (sessionLockdown.ts): this flag alone does not stop the
      // download (electron/electron#22995).
      spellcheck: false,
    },
  });
  if (options.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  contents.on('will-navigate', (event) => {
    if (!isOwnPage(event.url, options.pageOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = parseExternalUrl(url);
    if (external !== null) void shell.openExternal(external.href);
    return { action: 'deny' };
  });
  return window;
}
