// The Electron platform over a fake bridge: a capture's requests share one job id, cancelling
// ends the job in main, and IPC-level refusals become plain failures.

import { describe, expect, it, vi } from 'vitest';
import type { HamishBridge } from '../../electron/common/ipc';
import { err, ok } from '../../electron/common/result';
import { createElectronPlatform } from './electronPlatform';

function fakeBridge(overrides: Partial<HamishBridge> = {}): HamishBridge {
  return {
    getAppInfo: vi.fn(async () => ok({ version: '0', systemLocales: ['ar'], platform: 'linux' })),
    setUiLanguage: vi.fn(async () => ok(null)),
    openExternal: vi.fn(async () => ok(null)),
    onOpenPaths: vi.fn(() => () => {}),
    onOpenLink: vi.fn(() => () => {}),
    fetchPage: vi.fn(async (_job: string, url: string) =>
      ok({ url, contentType: 'text/html', bytes: new Uint8Array([60]) }),
    ),
    fetchImage: vi.fn(async (_job: string, url: string) =>
      ok({ url, contentType: 'image/png', bytes: new Uint8Array([1]) }),
    ),
    endWebJob: vi.fn(async () => ok(null)),
    readOpenedFiles: vi.fn(async () => ok([])),
    saveBackupFile: vi.fn(async () => ok('saved' as const)),
    openBackupFile: vi.fn(async () => ok(null)),
    saveAutomaticBackup: vi.fn(async () => err('failed' as const)),
    listAutomaticBackups: vi.fn(async () => ok([])),
    readAutomaticBackup: vi.fn(async () => err('failed' as const)),
    setSyncServer: vi.fn(async () => ok({ kept: true })),
    getSyncServer: vi.fn(async () => ok(null)),
    forgetSyncServer: vi.fn(async () => ok(null)),
    syncRequest: vi.fn(async () => err('not-configured' as const)),
    abortSyncRequest: vi.fn(async () => ok(null)),
    ...overrides,
  };
}

describe('createElectronPlatform', () => {
  it('sends a page and its images under one job id and ends the job once', async () => {
    const bridge = fakeBridge();
    const controller = new AbortController();
    const capture = createElectronPlatform(bridge).startWebCapture(controller.signal);
    await capture.fetchPage('https://example.org/');
    await capture.fetchImage('https://example.org/a.png');
    const pageJob = vi.mocked(bridge.fetchPage).mock.calls[0]![0];
    expect(vi.mocked(bridge.fetchImage).mock.calls[0]![0]).toBe(pageJob);
    capture.end();
    controller.abort();
    expect(bridge.endWebJob).toHaveBeenCalledTimes(1);
    expect(bridge.endWebJob).toHaveBeenCalledWith(pageJob);
  });

  it('cancelling ends the job in main and refuses further requests without calling main', async () => {
    const bridge = fakeBridge();
    const controller = new AbortController();
    const capture = createElectronPlatform(bridge).startWebCapture(controller.signal);
    controller.abort();
    expect(bridge.endWebJob).toHaveBeenCalledTimes(1);
    expect(await capture.fetchImage('https://example.org/a.png')).toEqual({ ok: false, error: 'cancelled' });
    expect(bridge.fetchImage).not.toHaveBeenCalled();
  });

  it('turns IPC refusals into a plain failure and keeps fetch reasons', async () => {
    const refused = fakeBridge({ fetchPage: vi.fn(async () => err('forbidden-sender' as const)) });
    expect(
      await createElectronPlatform(refused)
        .startWebCapture(new AbortController().signal)
        .fetchPage('https://x.example/'),
    ).toMatchObject({ ok: false, error: 'failed' });
    const unreachable = fakeBridge({ fetchPage: vi.fn(async () => err('unreachable' as const, 'ECONNREFUSED')) });
    expect(
      await createElectronPlatform(unreachable)
        .startWebCapture(new AbortController().signal)
        .fetchPage('https://x.example/'),
    ).toEqual({
      ok: false,
      error: 'unreachable',
      detail: 'ECONNREFUSED',
    });
  });

  it('reads opened files through main, and reports a refused call per file', async () => {
    const bridge = fakeBridge({ readOpenedFiles: vi.fn(async () => err('forbidden-sender' as const)) });
    expect(await createElectronPlatform(bridge).readOpenedFiles(['/docs/a.txt'])).toEqual([
      { ok: false, path: '/docs/a.txt', name: 'a.txt', error: 'unreadable' },
    ]);
  });
});
