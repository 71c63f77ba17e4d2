// The app's lifecycle events, wired in one place with the app passed in (a unit test drives it
// with a recorder). What each event does is the caller's: index.ts passes the hooks.

import type { App, WebContents } from 'electron';

export type LifecycleApp = Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady'>;

export interface LifecycleHooks {
  /** The command line of this launch, or of a later one handed over by the single-instance lock. */
  launched(argv: readonly string[], workingDirectory: string, isSecondLaunch: boolean): void;
  /** macOS: "open with", or a file dropped on the Dock icon. */
  openFile(file: string): void;
  /** macOS: a hamish:// link (Windows and Linux pass links on the command line). */
  openUrl(url: string): void;
  webContentsCreated(contents: WebContents): void;
  /** After `ready`: lock the session down, register IPC, open the window. */
  ready(): void;
  /** macOS: the Dock icon was clicked; open a window if there is none. */
  activate(): void;
  /** Quit when the last window closes (everywhere but macOS). */
  readonly quitWhenAllWindowsClosed: boolean;
}

/** Returns false when another instance already runs (this one then quits). */
export function startLifecycle(
  app: LifecycleApp,
  hooks: LifecycleHooks,
  argv: readonly string[],
  workingDirectory: string,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  hooks.launched(argv, workingDirectory, false);
  app.on('second-instance', (_event, secondArgv, secondDirectory) => hooks.launched(secondArgv, secondDirectory, true));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    hooks.openFile(file);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    hooks.openUrl(url);
  });
  app.on('web-contents-created', (_event, contents) => hooks.webContentsCreated(contents));
  app.on('window-all-closed', () => {
    if (hooks.quitWhenAllWindowsClosed) app.quit();
  });
  void app.whenReady().then(() => {
    hooks.ready();
    // Only now: macOS can emit `activate` before `ready` (the app launched from the Dock), and a
    // window cannot be created before `ready` (Electron throws). As in Electron's tutorial.
    app.on('activate', () => hooks.activate());
  });
  return true;
}
