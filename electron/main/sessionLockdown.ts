// The default session's switches, set once at `ready` before the window opens: the CSP on every
// response, every permission denied, and the spellchecker off. The session is passed in, so a
// unit test can check each switch without Electron.

import type { Session } from 'electron';

export type LockableSession = Pick<
  Session,
  | 'webRequest'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setSpellCheckerEnabled'
>;

/** One policy for every response, or the policy for each response's address. */
export type PolicyForUrl = string | ((url: string) => string);

export function lockDownSession(session: LockableSession, contentSecurityPolicy: PolicyForUrl): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const policy =
      typeof contentSecurityPolicy === 'string' ? contentSecurityPolicy : contentSecurityPolicy(details.url);
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Chromium's spellchecker downloads Hunspell dictionaries from Google's CDN on Windows and
  // Linux as soon as the session's spellchecker starts, even when no window asks for spelling
  // (`spellcheck: false` in mainWindow.ts does not prevent it: electron/electron#22995). Hamish
  // shows no suggestions, and goes online only to save a page the user asked for.
  session.setSpellCheckerEnabled(false);
}
