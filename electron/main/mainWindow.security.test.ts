// The main window's security settings, checked without an Electron binary: `electron` is
// replaced by a recorder, so the test sees exactly the options createMainWindow passes and
// can fire the navigation, webview and new-window events at the handlers it installs.

import { beforeEach, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  options: undefined as Record<string, unknown> | undefined,
  listeners: new Map<string, (event: { url?: string; preventDefault(): void }) => void>(),
  openHandler: undefined as ((details: { url: string }) => { action: string }) | undefined,
  opened: [] as string[],
}));

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = {
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) =>
        recorded.listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
        recorded.openHandler = handler;
      },
    };
    constructor(options: Record<string, unknown>) {
      recorded.options = options;
    }
    maximize() {}
    once() {}
    show() {}
  },
  shell: {
    openExternal: async (url: string) => {
      recorded.opened.push(url);
    },
  },
}));

const { createMainWindow } = await import('./mainWindow');

beforeEach(() => {
  recorded.listeners.clear();
  recorded.opened.length = 0;
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { width: 800, height: 600 },
    maximized: false,
    title: 'Hamish',
    backgroundColor: '#fff',
    pageOrigins: ['app://hamish'],
  });
});

describe('the main window', () => {
  it('isolates and sandboxes the page, with no Node and no weakened web security', () => {
    expect(recorded.options?.['webPreferences']).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
    // Nothing turns Blink features on.
    expect(JSON.stringify(recorded.options)).not.toContain('enableBlinkFeatures');
  });

  it('refuses every navigation, redirect and <webview>', () => {
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { url: 'https://example.org/', preventDefault: vi.fn() };
      recorded.listeners.get(name)!(event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('lets the page reload itself (location.reload() emits will-navigate), and nothing else of ours', () => {
    const reload = { url: 'app://hamish/index.html#/read/a1', preventDefault: vi.fn() };
    recorded.listeners.get('will-navigate')!(reload);
    expect(reload.preventDefault).not.toHaveBeenCalled();
    const script = { url: 'app://hamish/assets/index.js', preventDefault: vi.fn() };
    recorded.listeners.get('will-navigate')!(script);
    expect(script.preventDefault).toHaveBeenCalled();
  });

  it("turns Chromium's spellchecker off (it downloads dictionaries and no suggestions are shown)", () => {
    expect((recorded.options?.['webPreferences'] as { spellcheck: boolean }).spellcheck).toBe(false);
  });

  it('denies every new window and hands only http(s) addresses to the system browser', async () => {
    for (const url of [
      'https://example.org/a',
      'http://example.org/b',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://hamish/index.html',
      'https://user:pw@example.org/',
    ]) {
      expect(recorded.openHandler!({ url }), url).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    expect(recorded.opened).toEqual(['https://example.org/a', 'http://example.org/b']);
  });
});
