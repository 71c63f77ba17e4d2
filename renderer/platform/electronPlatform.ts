// Platform over the preload bridge (`window.hamish`). Blobs cross IPC as bytes.

import type { HamishBridge } from '../../electron/common/ipc';
import { ok } from '../../electron/common/result';
import type { Platform } from './Platform';

async function bytesOf(data: Blob): Promise<Uint8Array> {
  return new Uint8Array(await data.arrayBuffer());
}

function jsonBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' });
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
  };
}
