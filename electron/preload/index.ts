// The bridge: `window.hamish` holds the named functions of `HamishBridge` and nothing else.
// ipcRenderer itself never reaches the page. Bundled to CommonJS: sandboxed preloads cannot
// load ES modules.

import { contextBridge, ipcRenderer } from 'electron';
import type { EventChannels, HamishBridge } from '../common/ipc';

/**
 * An event from main that may arrive before the page subscribes (the app was started by it):
 * kept until the page does. One listener at a time, as the app has one.
 */
function bufferedEvent<K extends keyof EventChannels>(channel: K) {
  let listener: ((payload: EventChannels[K]) => void) | null = null;
  const buffered: EventChannels[K][] = [];
  ipcRenderer.on(channel, (_event, payload: EventChannels[K]) => {
    if (listener === null) buffered.push(payload);
    else listener(payload);
  });
  return (next: (payload: EventChannels[K]) => void) => {
    listener = next;
    for (const payload of buffered.splice(0)) next(payload);
    return () => {
      if (listener === next) listener = null;
    };
  };
}

const subscribeOpenPaths = bufferedEvent('app:open-paths');
const subscribeOpenLink = bufferedEvent('app:open-link');

const bridge: HamishBridge = {
  getAppInfo: () => ipcRenderer.invoke('app:get-info'),
  setUiLanguage: (language) => ipcRenderer.invoke('app:set-ui-language', language),
  openExternal: (url) => ipcRenderer.invoke('shell:open-external', url),
  saveBackupFile: (data, suggestedName) => ipcRenderer.invoke('backup:save-file', data, suggestedName),
  openBackupFile: () => ipcRenderer.invoke('backup:open-file'),
  saveAutomaticBackup: (data, reason) => ipcRenderer.invoke('backup:save-automatic', data, reason),
  listAutomaticBackups: () => ipcRenderer.invoke('backup:list-automatic'),
  readAutomaticBackup: (id) => ipcRenderer.invoke('backup:read-automatic', id),
  onOpenPaths: (listener) => subscribeOpenPaths((paths) => listener([...paths])),
  onOpenLink: (listener) => subscribeOpenLink(listener),
  setSyncServer: (server) => ipcRenderer.invoke('sync:set-server', server),
  getSyncServer: () => ipcRenderer.invoke('sync:get-server'),
  forgetSyncServer: () => ipcRenderer.invoke('sync:forget-server'),
  syncRequest: (requestId, request) => ipcRenderer.invoke('sync:request', requestId, request),
  abortSyncRequest: (requestId) => ipcRenderer.invoke('sync:abort', requestId),
  fetchPage: (jobId, url, allowPrivateNetwork) => ipcRenderer.invoke('web:fetch-page', jobId, url, allowPrivateNetwork),
  fetchImage: (jobId, url) => ipcRenderer.invoke('web:fetch-image', jobId, url),
  endWebJob: (jobId) => ipcRenderer.invoke('web:end-job', jobId),
  readOpenedFiles: (paths) => ipcRenderer.invoke('files:read-opened', [...paths]),
};

contextBridge.exposeInMainWorld('hamish', bridge);
