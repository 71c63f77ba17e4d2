// The one IPC contract between the renderer and the main process. Main validates every
// argument against electron/main/ipcSchemas.ts, which is type-checked against this file, and
// the preload exposes exactly the functions of `HamishBridge`. Pure types and constants only.

import type { FetchError, FetchedResource, ReadFileResult } from './importLimits';
import type { OpenedLink } from './hamishLink';
import type { AutomaticBackupInfo, AutomaticBackupReason } from './backups';
import type { Result } from './result';
import type {
  SyncRequest,
  SyncResponse,
  SyncServer,
  SyncServerWithPassword,
  SyncTransportError,
} from './syncTransport';
import type { UiLanguage } from './uiLanguage';

/** Why an IPC call failed, before or inside its handler. */
export type IpcError = 'forbidden-sender' | 'invalid-input' | 'failed';

export interface AppInfo {
  readonly version: string;
  /** The OS's preferred languages, most preferred first. */
  readonly systemLocales: readonly string[];
  readonly platform: string;
}

export type OpenExternalError = IpcError | 'not-http-url';

/** Why reading or writing a backup file failed. */
export type BackupFileError = IpcError | 'too-large' | 'unreadable' | 'write-failed' | 'not-found' | 'unsupported';

/** What became of a backup the user was asked where to save. */
export type SaveBackupOutcome = 'saved' | 'canceled';

/** Calls from the renderer, answered by main: channel → argument tuple and result. */
export interface InvokeChannels {
  'app:get-info': { args: []; result: Result<AppInfo, IpcError> };
  'app:set-ui-language': { args: [language: UiLanguage]; result: Result<null, IpcError> };
  'shell:open-external': { args: [url: string]; result: Result<null, OpenExternalError> };
  /**
   * Fetches a web page (limits in importLimits.ts). `jobId` groups a page with its images for
   * cancel and the image cap. `allowPrivateNetwork`: the user confirmed that the address they
   * typed, on their own network, may be saved (its host only, for this job).
   */
  'web:fetch-page': {
    args: [jobId: string, url: string, allowPrivateNetwork: boolean];
    result: Result<FetchedResource, IpcError | FetchError>;
  };
  'web:fetch-image': { args: [jobId: string, url: string]; result: Result<FetchedResource, IpcError | FetchError> };
  /** Aborts every request of a job and forgets it. */
  'web:end-job': { args: [jobId: string]; result: Result<null, IpcError> };
  /** Reads files main was given by "open with" or the command line; any other path is refused. */
  'files:read-opened': { args: [paths: string[]]; result: Result<ReadFileResult[], IpcError> };
  /** Asks where to save, then writes the bytes there. */
  'backup:save-file': {
    args: [data: Uint8Array, suggestedName: string];
    result: Result<SaveBackupOutcome, BackupFileError>;
  };
  /** Asks which backup to open and returns its bytes; null when the user cancels. */
  'backup:open-file': { args: []; result: Result<Uint8Array | null, BackupFileError> };
  /** Writes an automatic backup into the app's data folder and keeps the newest ten. */
  'backup:save-automatic': {
    args: [data: Uint8Array, reason: AutomaticBackupReason];
    result: Result<AutomaticBackupInfo, BackupFileError>;
  };
  'backup:list-automatic': { args: []; result: Result<readonly AutomaticBackupInfo[], BackupFileError> };
  'backup:read-automatic': { args: [id: string]; result: Result<Uint8Array, BackupFileError> };
  /** Keeps the sync server and its password (safeStorage); later requests go there only. */
  'sync:set-server': {
    args: [server: SyncServerWithPassword];
    result: Result<{ kept: boolean }, IpcError | SyncTransportError>;
  };
  'sync:get-server': { args: []; result: Result<(SyncServer & { hasPassword: boolean }) | null, IpcError> };
  'sync:forget-server': { args: []; result: Result<null, IpcError> };
  /** One HTTP request of the replication engine, to the configured database only. */
  'sync:request': {
    args: [requestId: string, request: SyncRequest];
    result: Result<SyncResponse, IpcError | SyncTransportError>;
  };
  'sync:abort': { args: [requestId: string]; result: Result<null, IpcError> };
}
export type InvokeChannel = keyof InvokeChannels;

/** Messages from main to the renderer: channel → payload. */
export interface EventChannels {
  /** Files named on the command line of this or a second launch ("open with"). */
  'app:open-paths': readonly string[];
  /** A hamish:// link the app was asked to open, already parsed by main (a malformed one as `ok: false`). */
  'app:open-link': OpenedLink;
}
export type EventChannel = keyof EventChannels;

/** What `window.hamish` holds, and nothing more. */
export interface HamishBridge {
  getAppInfo(): Promise<InvokeChannels['app:get-info']['result']>;
  setUiLanguage(language: UiLanguage): Promise<InvokeChannels['app:set-ui-language']['result']>;
  openExternal(url: string): Promise<InvokeChannels['shell:open-external']['result']>;
  /** Subscribes to paths passed by "open with"; returns the unsubscribe function. */
  onOpenPaths(listener: (paths: readonly string[]) => void): () => void;
  /** Subscribes to hamish:// links the app was asked to open; returns the unsubscribe function. */
  onOpenLink(listener: (link: OpenedLink) => void): () => void;
  fetchPage(
    jobId: string,
    url: string,
    allowPrivateNetwork: boolean,
  ): Promise<InvokeChannels['web:fetch-page']['result']>;
  fetchImage(jobId: string, url: string): Promise<InvokeChannels['web:fetch-image']['result']>;
  endWebJob(jobId: string): Promise<InvokeChannels['web:end-job']['result']>;
  readOpenedFiles(paths: readonly string[]): Promise<InvokeChannels['files:read-opened']['result']>;
  saveBackupFile(data: Uint8Array, suggestedName: string): Promise<InvokeChannels['backup:save-file']['result']>;
  openBackupFile(): Promise<InvokeChannels['backup:open-file']['result']>;
  saveAutomaticBackup(
    data: Uint8Array,
    reason: AutomaticBackupReason,
  ): Promise<InvokeChannels['backup:save-automatic']['result']>;
  listAutomaticBackups(): Promise<InvokeChannels['backup:list-automatic']['result']>;
  readAutomaticBackup(id: string): Promise<InvokeChannels['backup:read-automatic']['result']>;
  setSyncServer(server: SyncServerWithPassword): Promise<InvokeChannels['sync:set-server']['result']>;
  getSyncServer(): Promise<InvokeChannels['sync:get-server']['result']>;
  forgetSyncServer(): Promise<InvokeChannels['sync:forget-server']['result']>;
  syncRequest(requestId: string, request: SyncRequest): Promise<InvokeChannels['sync:request']['result']>;
  abortSyncRequest(requestId: string): Promise<InvokeChannels['sync:abort']['result']>;
}

/** The bridge's function names, in a fixed order; the Electron suite checks `window.hamish` against it. */
export const BRIDGE_FUNCTIONS = [
  'getAppInfo',
  'setUiLanguage',
  'openExternal',
  'onOpenPaths',
  'onOpenLink',
  'fetchPage',
  'fetchImage',
  'endWebJob',
  'readOpenedFiles',
  'saveBackupFile',
  'openBackupFile',
  'saveAutomaticBackup',
  'listAutomaticBackups',
  'readAutomaticBackup',
  'setSyncServer',
  'getSyncServer',
  'forgetSyncServer',
  'syncRequest',
  'abortSyncRequest',
] as const satisfies readonly (keyof HamishBridge)[];

/** The origin the renderer is served from in the app. Never change it: IndexedDB data is keyed by origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hamish';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
