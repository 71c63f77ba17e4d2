// Platform over the preload bridge (`window.hamish`).

import type { HamishBridge } from '../../electron/common/ipc';
import type { FetchError, FetchedResource } from '../../electron/common/importLimits';
import { err, type Result } from '../../electron/common/result';
import type { Platform, WebCapture } from './Platform';

type BridgeFetchResult = Awaited<ReturnType<HamishBridge['fetchPage']>>;

/** IPC-level failures (a refused sender, bad input) are reported as a plain failure. */
function narrow(result: BridgeFetchResult): Result<FetchedResource, FetchError | 'failed'> {
  if (result.ok) return result;
  const error = result.error;
  return error === 'forbidden-sender' || error === 'invalid-input' ? err('failed', result.detail) : result.detail === undefined ? err(error) : err(error, result.detail);
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
    async readOpenedFiles(paths) {
      const result = await bridge.readOpenedFiles(paths);
      if (result.ok) return result.value;
      return paths.map((path) => ({ ok: false, path, name: path.split(/[\\/]/).pop() ?? path, error: 'unreadable' }) as const);
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
      const guard = async (call: () => Promise<BridgeFetchResult>) => (signal.aborted ? err('cancelled' as const) : narrow(await call()));
      return {
        fetchPage: (url) => guard(() => bridge.fetchPage(jobId, url)),
        fetchImage: (url) => guard(() => bridge.fetchImage(jobId, url)),
        end,
      };
    },
  };
}
