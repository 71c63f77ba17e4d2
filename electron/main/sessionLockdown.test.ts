// lockDownSession against a recorder standing in for Electron's Session.

import { describe, expect, it } from 'vitest';
import { lockDownSession, type LockableSession } from './sessionLockdown';

type HeadersListener = (
  details: { url?: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

function recordingSession() {
  const recorded = {
    headers: undefined as HeadersListener | undefined,
    request: undefined as
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
    check: undefined as (() => boolean) | undefined,
    device: undefined as (() => boolean) | undefined,
    spellChecker: [] as boolean[],
  };
  const session = {
    webRequest: {
      onHeadersReceived: (listener: HeadersListener) => {
        recorded.headers = listener;
      },
    },
    setPermissionRequestHandler: (handler: typeof recorded.request) => {
      recorded.request = handler;
    },
    setPermissionCheckHandler: (handler: typeof recorded.check) => {
      recorded.check = handler;
    },
    setDevicePermissionHandler: (handler: typeof recorded.device) => {
      recorded.device = handler;
    },
    setSpellCheckerEnabled: (enabled: boolean) => recorded.spellChecker.push(enabled),
  };
  return { session: session as unknown as LockableSession, recorded };
}

describe('lockDownSession', () => {
  it('puts the CSP on every response, replacing none of its other headers', () => {
    const { session, recorded } = recordingSession();
    lockDownSession(session, "default-src 'self'");
    let headers: Record<string, string[]> | undefined;
    recorded.headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('gives each response the policy for its address when asked to (the extraction frame has its own)', () => {
    const { session, recorded } = recordingSession();
    lockDownSession(session, (url) => (url.endsWith('/extraction.html') ? 'frame' : 'app'));
    const policies: string[][] = [];
    for (const url of ['app://hamish/extraction.html', 'app://hamish/index.html'])
      recorded.headers!({ url, responseHeaders: {} }, (response) =>
        policies.push(response.responseHeaders!['Content-Security-Policy']!),
      );
    expect(policies).toEqual([['frame'], ['app']]);
  });

  it('denies every permission request, check and device', () => {
    const { session, recorded } = recordingSession();
    lockDownSession(session, '');
    const answers: boolean[] = [];
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read'])
      recorded.request!({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false]);
    expect(recorded.check!()).toBe(false);
    expect(recorded.device!()).toBe(false);
  });

  it("switches the session's spellchecker off, so no dictionary is downloaded", () => {
    const { session, recorded } = recordingSession();
    lockDownSession(session, '');
    expect(recorded.spellChecker).toEqual([false]);
  });
});
