// Hamish's main process: app lifecycle, the app:// protocol, the security switches and the
// IPC handlers. It only moves bytes and opens windows; the product lives in the renderer.

import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import * as fs from 'node:fs/promises';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { HAMISH_LINK_SCHEME, parseHamishLink, type OpenedLink } from '../common/hamishLink';
import { APP_ORIGIN, APP_SCHEME, type EventChannels } from '../common/ipc';
import {
  contentSecurityPolicyFor,
  developmentContentSecurityPolicy,
  EXTRACTION_FRAME_PATH,
  EXTRACTION_FRAME_POLICY,
} from '../common/csp';
import { ok, err } from '../common/result';
import { uiLanguageFromLocales, type UiLanguage } from '../common/uiLanguage';
import { createAppProtocolHandler } from './appProtocol';
import { separateDevelopmentData } from './appPaths';
import { BACKUP_DIALOG_LABELS } from './backupDialogLabels';
import {
  createAutomaticBackupStore,
  openBackupWithDialog,
  saveBackupWithDialog,
  type BackupDialogs,
} from './backupFiles';
import { parseExternalUrl } from './externalLinks';
import { documentPathsFromArgv, linksFromArgv, OPENABLE_EXTENSIONS } from './launchArgs';
import { startLifecycle } from './lifecycle';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import { isOwnPage, pageOrigins } from './navigationPolicy';
import { createOpenedDocuments } from './readDocuments';
import { lockDownSession } from './sessionLockdown';
import { registerSyncIpc } from './sync/registerSyncIpc';
import { createValidatedIpc } from './validatedIpc';
import { lazyWebFetcher } from './webFetcher';
import { boundsToRestore, readWindowStateSync, writeWindowStateSync, type WindowState } from './windowState';

// Set by electron-vite only under `npm run dev`; a packaged or previewed app never has it.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const isDevelopment = devServerUrl !== undefined;
const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');
const windowStatePath = () => path.join(app.getPath('userData'), 'window-state.json');
const isMac = process.platform === 'darwin';
const windowOrigins = pageOrigins(APP_ORIGIN, devServerUrl);

// Before anything reads the data folder (the single-instance lock lives there).
separateDevelopmentData(app);

// Must happen before `ready`: a standard, secure scheme gets a real origin, so IndexedDB,
// fetch and workers behave as on https.
// Imported pages are converted in a sandboxed frame (renderer/import/extraction/) that must run
// in a process of its own, so that a conversion that never ends leaves the window responsive
// and ends with its frame. Chromium does this by default for frames sandboxed without
// `allow-same-origin`; the switch keeps it so whatever the build's defaults.
app.commandLine.appendSwitch('enable-features', 'IsolateSandboxedIframes');

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
  },
]);

let mainWindow: BrowserWindow | null = null;
let menuLanguage: UiLanguage = 'en';
/** What the OS asked us to open before the page could take it, sent when it has loaded. */
const pendingPaths: string[] = [];
const pendingLinks: OpenedLink[] = [];
// Documents the OS handed us; the renderer may read these and nothing else.
const openedDocuments = createOpenedDocuments({ stat, readFile });

function send<K extends keyof EventChannels>(channel: K, payload: EventChannels[K]): void {
  mainWindow?.webContents.send(channel, payload);
}

function pageIsReady(): boolean {
  return mainWindow !== null && !mainWindow.webContents.isLoading();
}

/** Grants and delivers document paths from the OS, or keeps them until the page has loaded. */
function openPaths(paths: readonly string[]): void {
  if (paths.length === 0) return;
  openedDocuments.grant(paths);
  if (pageIsReady()) send('app:open-paths', paths);
  else pendingPaths.push(...paths);
}

/** Parses a hamish:// link from the OS and hands the result to the page (which says so if it is malformed). */
function openLink(text: string): void {
  const parsed = parseHamishLink(text);
  const link: OpenedLink = parsed.ok ? { ok: true, target: parsed.value } : { ok: false };
  if (pageIsReady()) send('app:open-link', link);
  else pendingLinks.push(link);
}

function sendPending(): void {
  if (pendingPaths.length > 0) send('app:open-paths', pendingPaths.splice(0));
  for (const link of pendingLinks.splice(0)) send('app:open-link', link);
}

function applyMenu(language: UiLanguage): void {
  menuLanguage = language;
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ language, isMac, isDevelopment })));
}

/** Synchronously: on quit, `close` is followed at once by the process ending (windowState.ts). */
function saveWindowState(window: BrowserWindow): void {
  const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  try {
    writeWindowStateSync(windowStatePath(), state);
  } catch (error) {
    console.warn(`Could not save the window state: ${String(error)}`);
  }
}

/** The policy of a response, by its path: the extraction frame's page has its own. */
function policyFor(pathname: string): string {
  if (devServerUrl === undefined) return contentSecurityPolicyFor(pathname);
  const devOrigin = new URL(devServerUrl).origin;
  return pathname === EXTRACTION_FRAME_PATH
    ? EXTRACTION_FRAME_POLICY.replace("script-src 'self'", `script-src 'self' ${devOrigin}`)
    : developmentContentSecurityPolicy(devOrigin);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function secureSessionAndProtocol(): void {
  lockDownSession(session.defaultSession, (url) => policyFor(pathOf(url)));
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererDir, (file) => readFile(file), policyFor),
  );
}

/** Save/open dialogs, modal to the main window when there is one. */
function backupDialogs(): BackupDialogs {
  return {
    showSaveDialog: (options) =>
      mainWindow === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options),
    showOpenDialog: (options) =>
      mainWindow === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(mainWindow, options),
  };
}

function registerIpcHandlers(): void {
  const trustedOrigins = devServerUrl === undefined ? [APP_ORIGIN] : [APP_ORIGIN, new URL(devServerUrl).origin];
  const ipc = createValidatedIpc(ipcMain, trustedOrigins);
  ipc.handle('app:get-info', () =>
    ok({ version: app.getVersion(), systemLocales: app.getPreferredSystemLanguages(), platform: process.platform }),
  );
  ipc.handle('app:set-ui-language', (language) => {
    if (language !== menuLanguage) applyMenu(language);
    return ok(null);
  });
  ipc.handle('shell:open-external', async (url) => {
    const external = parseExternalUrl(url);
    if (external === null) return err('not-http-url');
    await shell.openExternal(external.href);
    return ok(null);
  });
  // Pages are fetched through Chromium's network stack, past the address checks and the pinning
  // proxy (captureNetwork.ts), started with the first page saved.
  const webFetcher = lazyWebFetcher(app.userAgentFallback);
  ipc.handle('web:fetch-page', async (jobId, url, allowPrivateNetwork) =>
    (await webFetcher()).fetchPage(jobId, url, allowPrivateNetwork),
  );
  ipc.handle('web:fetch-image', async (jobId, url) => (await webFetcher()).fetchImage(jobId, url));
  ipc.handle('web:end-job', async (jobId) => {
    (await webFetcher()).endJob(jobId);
    return ok(null);
  });
  ipc.handle('files:read-opened', async (paths) => ok(await openedDocuments.read(paths)));
  const automaticBackups = createAutomaticBackupStore(path.join(app.getPath('userData'), 'backups'), fs);
  ipc.handle('backup:save-file', (data, suggestedName) =>
    saveBackupWithDialog(
      backupDialogs(),
      fs,
      data,
      path.join(app.getPath('documents'), suggestedName),
      BACKUP_DIALOG_LABELS[menuLanguage],
    ),
  );
  ipc.handle('backup:open-file', () => openBackupWithDialog(backupDialogs(), fs, BACKUP_DIALOG_LABELS[menuLanguage]));
  ipc.handle('backup:save-automatic', (data, reason) => automaticBackups.save(data, reason));
  ipc.handle('backup:list-automatic', () => automaticBackups.list());
  ipc.handle('backup:read-automatic', (id) => automaticBackups.read(id));
  // Sync: requests to the one configured database, with the system's proxy and certificates.
  registerSyncIpc(ipc, {
    userDataDir: app.getPath('userData'),
    fs,
    safeStorage,
    fetch: (url, init) => net.fetch(url, init),
  });
}

function openMainWindow(): void {
  const saved = readWindowStateSync(windowStatePath());
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    preloadPath,
    bounds: boundsToRestore(saved, workAreas),
    maximized: saved?.maximized ?? false,
    title: menuLanguage === 'ar' ? 'هامش' : 'Hamish',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d1c1a' : '#fbf8f1',
    pageOrigins: windowOrigins,
  });
  mainWindow = window;
  window.on('close', () => saveWindowState(window));
  window.on('closed', () => {
    mainWindow = null;
  });
  window.webContents.on('did-finish-load', sendPending);
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Documents and hamish:// links on a command line (Windows and Linux pass both that way). */
function openFromCommandLine(argv: readonly string[], workingDirectory: string): void {
  openPaths(documentPathsFromArgv(argv, workingDirectory));
  for (const link of linksFromArgv(argv)) openLink(link);
}

startLifecycle(
  app,
  {
    launched(argv, workingDirectory, isSecondLaunch) {
      if (isSecondLaunch) focusMainWindow();
      openFromCommandLine(argv, workingDirectory);
    },
    openFile(file) {
      if ((OPENABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase())) openPaths([file]);
    },
    openUrl: openLink,
    // Every web contents, including any we did not create, is kept on our page.
    webContentsCreated(contents) {
      contents.on('will-navigate', (event) => {
        if (!isOwnPage(event.url, windowOrigins)) event.preventDefault();
      });
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    },
    ready() {
      // Windows has no packaged registration of the scheme (macOS: Info.plist; Linux: the desktop
      // entry's MimeType), so the installed app claims it when it runs. A build from source does
      // not, or it would take the links away from the installed app.
      if (app.isPackaged && process.platform === 'win32') app.setAsDefaultProtocolClient(HAMISH_LINK_SCHEME);
      applyMenu(uiLanguageFromLocales(app.getPreferredSystemLanguages()));
      secureSessionAndProtocol();
      registerIpcHandlers();
      openMainWindow();
    },
    activate() {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    },
    quitWhenAllWindowsClosed: !isMac,
  },
  process.argv,
  process.cwd(),
);
