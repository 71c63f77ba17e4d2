// What the renderer needs from the machine it runs on. Two implementations: over the Electron
// preload bridge, and over plain browser APIs, so every feature also runs (and is tested) in
// an ordinary Chromium tab.

import type { AutomaticBackupInfo, AutomaticBackupReason } from '../../electron/common/backups';
import type { FetchError, FetchedResource, ReadFileResult } from '../../electron/common/importLimits';
import type { OpenedLink } from '../../electron/common/hamishLink';
import type { BackupFileError, OpenExternalError, SaveBackupOutcome } from '../../electron/common/ipc';
import type { Result } from '../../electron/common/result';
import type {
  SyncRequest,
  SyncResponse,
  SyncServer,
  SyncServerWithPassword,
  SyncTransportError,
} from '../../electron/common/syncTransport';
import type { UiLanguage } from '../../electron/common/uiLanguage';

/**
 * One "Save for offline": a page and its images, fetched within IMPORT_LIMITS, and cancelled
 * together when the signal given to `startWebCapture` aborts.
 */
export interface WebCapture {
  /**
   * `allowPrivateNetwork`: the user confirmed that this address, which is on their own network,
   * may be saved (after a first answer of 'private-address'). Only the desktop app asks: the
   * browser build fetches from its own site only.
   */
  fetchPage(
    url: string,
    options?: { readonly allowPrivateNetwork?: boolean },
  ): Promise<Result<FetchedResource, FetchError | 'failed'>>;
  fetchImage(url: string): Promise<Result<FetchedResource, FetchError | 'failed'>>;
  /** Releases the capture (and aborts anything still in flight). */
  end(): void;
}

/**
 * Sync's way to the user's server (renderer/sync). The desktop app sends every request through
 * main, which keeps the password with Electron's safeStorage and reaches only the configured
 * database; a browser tab keeps the password for the session only and, under the app's CSP,
 * reaches only a server on its own origin.
 */
export interface SyncTransport {
  /** Whether the password outlives this session (safeStorage), or must be typed again after a restart. */
  readonly keepsPassword: boolean;
  /** Remembers the server and its credentials; every later request goes there and only there. */
  setServer(server: SyncServerWithPassword): Promise<Result<{ kept: boolean }, SyncTransportError | 'failed'>>;
  /** The configured server, and whether its password is at hand (it is not, in a tab after a reload). */
  server(): Promise<(SyncServer & { hasPassword: boolean }) | null>;
  forgetServer(): Promise<void>;
  request(request: SyncRequest, signal?: AbortSignal): Promise<Result<SyncResponse, SyncTransportError | 'failed'>>;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** The system's preferred languages, most preferred first. */
  systemLocales(): Promise<readonly string[]>;
  /** Tells the shell the UI language (Electron relabels its menu; the web has nothing to do). */
  setUiLanguage(language: UiLanguage): Promise<void>;
  /** Opens an http(s) address in the system browser. */
  openExternal(url: string): Promise<Result<null, OpenExternalError>>;
  /** Documents passed by "open with" or a second launch; returns the unsubscribe function. */
  onOpenPaths(listener: (paths: readonly string[]) => void): () => void;
  /** hamish:// links the app was asked to open (Electron only); returns the unsubscribe function. */
  onOpenLink(listener: (link: OpenedLink) => void): () => void;
  /** Reads documents named by `onOpenPaths` (only those). */
  readOpenedFiles(paths: readonly string[]): Promise<ReadFileResult[]>;
  /** Starts fetching a web page and its images: through main in Electron, `fetch` on the web. */
  startWebCapture(signal: AbortSignal): WebCapture;

  /** Saves a backup where the user chooses: a save dialog (Electron) or a download (web). */
  saveBackupFile(data: Blob, suggestedName: string): Promise<Result<SaveBackupOutcome, BackupFileError>>;
  /**
   * Asks the user for a backup file; null when they cancel. Call it straight from a click: the
   * web platform opens a file picker, which browsers allow only during a user gesture.
   */
  openBackupFile(): Promise<Result<Blob | null, BackupFileError>>;
  /**
   * Where automatic backups are kept: the app's data folder (Electron), or the browser's private
   * storage for this site (web), which the browser may clear together with the library.
   */
  readonly automaticBackupPlace: 'app-data-folder' | 'browser-storage';
  /** Keeps a backup among the automatic ones (the newest ten are kept). */
  saveAutomaticBackup(data: Blob, reason: AutomaticBackupReason): Promise<Result<AutomaticBackupInfo, BackupFileError>>;
  /** The automatic backups, newest first. */
  listAutomaticBackups(): Promise<Result<readonly AutomaticBackupInfo[], BackupFileError>>;
  readAutomaticBackup(id: string): Promise<Result<Blob, BackupFileError>>;

  readonly sync: SyncTransport;
}
