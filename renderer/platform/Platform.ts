// What the renderer needs from the machine it runs on. Two implementations: over the Electron
// preload bridge, and over plain browser APIs, so every feature also runs (and is tested) in
// an ordinary Chromium tab.

import type { OpenExternalError } from '../../electron/common/ipc';
import type { Result } from '../../electron/common/result';
import type { UiLanguage } from '../../electron/common/uiLanguage';

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** The system's preferred languages, most preferred first. */
  systemLocales(): Promise<readonly string[]>;
  /** Tells the shell the UI language (Electron relabels its menu; the web has nothing to do). */
  setUiLanguage(language: UiLanguage): Promise<void>;
  /** Opens an http(s) address in the system browser. */
  openExternal(url: string): Promise<Result<null, OpenExternalError>>;
  /** Documents passed by "open with" or a second launch; returns the unsubscribe function. */
  onOpenPaths(listener: (paths: readonly string[]) => void): () => void;
}
