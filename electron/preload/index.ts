// The bridge: `window.hamish` holds the named functions of `HamishBridge` and nothing else.
// ipcRenderer itself never reaches the page. Bundled to CommonJS: sandboxed preloads cannot
// load ES modules.

import { contextBridge, ipcRenderer } from 'electron';
import type { EventChannels, HamishBridge } from '../common/ipc';

// "Open with" paths may arrive before the page subscribes; keep them until it does.
let openPathsListener: ((paths: readonly string[]) => void) | null = null;
const bufferedPaths: string[][] = [];
ipcRenderer.on('app:open-paths', (_event, paths: EventChannels['app:open-paths']) => {
  if (openPathsListener === null) bufferedPaths.push([...paths]);
  else openPathsListener([...paths]);
});

const bridge: HamishBridge = {
  getAppInfo: () => ipcRenderer.invoke('app:get-info'),
  setUiLanguage: (language) => ipcRenderer.invoke('app:set-ui-language', language),
  openExternal: (url) => ipcRenderer.invoke('shell:open-external', url),
  saveBackupFile: (data, suggestedName) => ipcRenderer.invoke('backup:save-file', data, suggestedName),
  openBackupFile: () => ipcRenderer.invoke('backup:open-file'),
  saveAutomaticBackup: (data, reason) => ipcRenderer.invoke('backup:save-automatic', data, reason),
  listAutomaticBackups: () => ipcRenderer.invoke('backup:list-automatic'),
  readAutomaticBackup: (id) => ipcRenderer.invoke('backup:read-automatic', id),
  onOpenPaths(listener) {
    openPathsListener = listener;
    for (const paths of bufferedPaths.splice(0)) listener(paths);
    return () => {
      if (openPathsListener === listener) openPathsListener = null;
    };
  },
  fetchPage: (jobId, url) => ipcRenderer.invoke('web:fetch-page', jobId, url),
  fetchImage: (jobId, url) => ipcRenderer.invoke('web:fetch-image', jobId, url),
  endWebJob: (jobId) => ipcRenderer.invoke('web:end-job', jobId),
  readOpenedFiles: (paths) => ipcRenderer.invoke('files:read-opened', [...paths]),
};

contextBridge.exposeInMainWorld('hamish', bridge);
