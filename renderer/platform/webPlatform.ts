// Platform over plain browser APIs, for a Chromium tab (and the browser tests).

import { isAllowedExternalUrl } from '../../electron/common/externalUrl';
import { err, ok } from '../../electron/common/result';
import type { Platform } from './Platform';
import { createBrowserCapture } from './webFetch';

export function createWebPlatform(win: Window = window): Platform {
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
    async readOpenedFiles(paths) {
      return paths.map((path) => ({ ok: false, path, name: path, error: 'not-allowed' }) as const);
    },
    startWebCapture: (signal) => createBrowserCapture(win, signal),
  };
}
