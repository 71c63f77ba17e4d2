// Platform over the preload bridge (`window.hamish`).

import type { HamishBridge } from '../../electron/common/ipc';
import type { Platform } from './Platform';

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
  };
}
