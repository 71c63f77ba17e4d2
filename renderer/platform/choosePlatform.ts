// Picks the platform at start-up: the Electron bridge when the preload put one there.

import type { HamishBridge } from '../../electron/common/ipc';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './Platform';
import { createWebPlatform } from './webPlatform';

declare global {
  interface Window {
    hamish?: HamishBridge;
  }
}

export function choosePlatform(win: Window = window): Platform {
  return win.hamish !== undefined ? createElectronPlatform(win.hamish) : createWebPlatform(win);
}
