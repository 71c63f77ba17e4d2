// Platform over the preload bridge (`window.hamish`). Blobs cross IPC as bytes.

import type { HamishBridge } from '../../electron/common/ipc';
import type { FetchError, FetchedResource } from '../../electron/common/importLimits';
import { err, ok, type Result } from '../../electron/common/result';
import type { SyncTransportError } from '../../electron/common/syncTransport';
import type { Platform, SyncTransport, WebCapture } from './Platform';

type BridgeFetchResult = Awaited<ReturnType<HamishBridge['fetchPage']>>;

/** IPC-level failures (a refused sender, bad input) are reported as a plain failure. */
function narrow(result: BridgeFetchResult): Result<FetchedResource, FetchError | 'failed'> {
  if (result.ok) return result;
  const error = result.error;
  return error === 'forbidden-sender' || error === 'invalid-input'
    ? err('failed', result.detail)
    : result.detail === undefined
      ? err(error)
      : err(error, result.detail);
}

async function bytesOf(data: Blob): Promise<Uint8Array> {
  return new Uint8Array(await data.arrayBuffer());
}

function jsonBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' });
}

/** An IPC refusal is a plain failure; the transport's own errors pass through. */
function narrowSync<T>(result: Result<T, string>): Result<T, SyncTransportError | 'failed'> {
  if (result.ok) return result;
  const error = result.error;
  return error === 'forbidden-sender' || error === 'invalid-input' || error === 'failed'
    ? err('failed', result.detail)
    : (result as Result<never, SyncTransportError>);
}

function createElectronSyncTransport(bridge: HamishBridge): SyncTransport {
  return {
    keepsPassword: true,
    setServer: async (server) => narrowSync(await bridge.setSyncServer(server)),
    async server() {
      const result = await bridge.getSyncServer();
      return result.ok ? result.value : null;
    },
    async forgetServer() {
      await bridge.forgetSyncServer();
    },
    async request(request, signal) {
      if (signal?.aborted === true) return err('cancelled');
      const requestId = crypto.randomUUID();
      const abort = () => void bridge.abortSyncRequest(requestId);
      signal?.addEventListener('abort', abort);
      try {
        return narrowSync(await bridge.syncRequest(requestId, request));
      } finally {
        signal?.removeEventListener('abort', abort);
      }
    },
  };
}

export function createElectronPlatform(bridge: HamishBridge): Platform {
  return {
    kind: 'electron',
    async systemLocales() {
      const info = await bridge.getAppInfo();
      return info.ok ? info.value.systemLocales : navigator.languages;
    },
    async setUiLanguage(language) {
      await bridge.setUiLanguage(language);
    },
    openExternal: (url) => bridge.openExternal(url),
    onOpenPaths: (listener) => bridge.onOpenPaths(listener),
    onOpenLink: (listener) => bridge.onOpenLink(listener),
    async readOpenedFiles(paths) {
      const result = await bridge.readOpenedFiles(paths);
      if (result.ok) return result.value;
      return paths.map(
        (path) => ({ ok: false, path, name: path.split(/[\\/]/).pop() ?? path, error: 'unreadable' }) as const,
      );
    },
    startWebCapture(signal): WebCapture {
      const jobId = crypto.randomUUID();
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        signal.removeEventListener('abort', end);
        void bridge.endWebJob(jobId);
      };
      signal.addEventListener('abort', end);
      const guard = async (call: () => Promise<BridgeFetchResult>) =>
        signal.aborted ? err('cancelled' as const) : narrow(await call());
      return {
        fetchPage: (url, options) => guard(() => bridge.fetchPage(jobId, url, options?.allowPrivateNetwork === true)),
        fetchImage: (url) => guard(() => bridge.fetchImage(jobId, url)),
        end,
      };
    },
    saveBackupFile: async (data, suggestedName) => bridge.saveBackupFile(await bytesOf(data), suggestedName),
    async openBackupFile() {
      const opened = await bridge.openBackupFile();
      if (!opened.ok) return opened;
      return ok(opened.value === null ? null : jsonBlob(opened.value));
    },
    automaticBackupPlace: 'app-data-folder',
    saveAutomaticBackup: async (data, reason) => bridge.saveAutomaticBackup(await bytesOf(data), reason),
    listAutomaticBackups: () => bridge.listAutomaticBackups(),
    async readAutomaticBackup(id) {
      const read = await bridge.readAutomaticBackup(id);
      return read.ok ? ok(jsonBlob(read.value)) : read;
    },
    sync: createElectronSyncTransport(bridge),
  };
}
