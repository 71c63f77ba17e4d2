// Platform over plain browser APIs, for a Chromium tab (and the browser tests).

import { MAX_BACKUP_BYTES } from '../../electron/common/backups';
import { isAllowedExternalUrl } from '../../electron/common/externalUrl';
import type { BackupFileError } from '../../electron/common/ipc';
import { err, ok, type Result } from '../../electron/common/result';
import { createBrowserBackupStore } from './browserBackupStore';
import type { Platform } from './Platform';
import { createBrowserCapture } from './webFetch';
import { createWebSyncTransport } from './webSyncTransport';

/** How long a download's object URL stays alive: long enough for the browser to start saving. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

export function createWebPlatform(win: Window = window): Platform {
  const backups = createBrowserBackupStore(win.navigator.storage);
  const doc = win.document;
  return {
    kind: 'web',
    async systemLocales() {
      return win.navigator.languages.length > 0 ? win.navigator.languages : [win.navigator.language];
    },
    async setUiLanguage() {
      // A web page has no application menu to relabel.
    },
    async openExternal(candidate) {
      let url: URL;
      try {
        url = new URL(candidate);
      } catch {
        return err('not-http-url');
      }
      if (!isAllowedExternalUrl(url)) return err('not-http-url');
      win.open(url.href, '_blank', 'noopener,noreferrer');
      return ok(null);
    },
    onOpenPaths() {
      // Files reach a web page only through a file picker or drag-and-drop.
      return () => {};
    },
    onOpenLink() {
      // The operating system hands hamish:// links to the desktop app only.
      return () => {};
    },
    async readOpenedFiles(paths) {
      return paths.map((path) => ({ ok: false, path, name: path, error: 'not-allowed' }) as const);
    },
    startWebCapture: (signal) => createBrowserCapture(win, signal),
    async saveBackupFile(data, suggestedName) {
      // A page cannot ask where to save; the browser's download does (or uses its folder).
      const url = URL.createObjectURL(data);
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      win.setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
      return ok('saved');
    },
    openBackupFile() {
      return new Promise<Result<Blob | null, BackupFileError>>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = '.json,application/json';
        input.addEventListener('change', () => {
          const file = input.files?.[0] ?? null;
          resolve(file !== null && file.size > MAX_BACKUP_BYTES ? err('too-large') : ok(file));
        });
        input.addEventListener('cancel', () => resolve(ok(null)));
        input.click();
      });
    },
    automaticBackupPlace: 'browser-storage',
    saveAutomaticBackup: (data, reason) => backups.save(data, reason),
    listAutomaticBackups: () => backups.list(),
    readAutomaticBackup: (id) => backups.read(id),
    sync: createWebSyncTransport(win),
  };
}
