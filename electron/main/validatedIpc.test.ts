import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../common/ipc';
import { createValidatedIpc, isTrustedSender } from './validatedIpc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** A real registry standing in for ipcMain: it records handlers so tests can invoke them. */
function ipcRegistry() {
  const handlers = new Map<string, Listener>();
  return {
    ipcMain: { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) },
    invoke: (channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]) =>
      handlers.get(channel)!({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args),
  };
}

const mainFrame = { url: `${APP_ORIGIN}/index.html#/read/1`, parent: null };

describe('isTrustedSender', () => {
  it('trusts only the top-level frame of a trusted origin', () => {
    expect(isTrustedSender({ frameUrl: `${APP_ORIGIN}/index.html`, isMainFrame: true }, [APP_ORIGIN])).toBe(true);
    expect(isTrustedSender({ frameUrl: `${APP_ORIGIN}/index.html`, isMainFrame: false }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ frameUrl: 'https://evil.example/', isMainFrame: true }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ frameUrl: 'app://hamish.evil/', isMainFrame: true }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ frameUrl: 'file:///etc/passwd', isMainFrame: true }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ frameUrl: undefined, isMainFrame: true }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ frameUrl: 'not a url', isMainFrame: true }, [APP_ORIGIN])).toBe(false);
  });
});

describe('createValidatedIpc', () => {
  it('passes validated arguments to the handler and returns its result', async () => {
    const { ipcMain, invoke } = ipcRegistry();
    const handler = vi.fn(() => ({ ok: true as const, value: null }));
    createValidatedIpc(ipcMain, [APP_ORIGIN], () => {}).handle('app:set-ui-language', handler);
    await expect(invoke('app:set-ui-language', mainFrame, 'ar')).resolves.toEqual({ ok: true, value: null });
    expect(handler).toHaveBeenCalledWith('ar');
  });

  it('refuses a call from another origin or a subframe without running the handler', async () => {
    const { ipcMain, invoke } = ipcRegistry();
    const handler = vi.fn(() => ({ ok: true as const, value: null }));
    createValidatedIpc(ipcMain, [APP_ORIGIN], () => {}).handle('app:set-ui-language', handler);
    await expect(invoke('app:set-ui-language', { url: 'https://evil.example/', parent: null }, 'ar')).resolves.toEqual({
      ok: false,
      error: 'forbidden-sender',
    });
    await expect(
      invoke('app:set-ui-language', { url: `${APP_ORIGIN}/x.html`, parent: mainFrame }, 'ar'),
    ).resolves.toMatchObject({
      error: 'forbidden-sender',
    });
    await expect(invoke('app:set-ui-language', null, 'ar')).resolves.toMatchObject({ error: 'forbidden-sender' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects arguments that do not match the channel schema', async () => {
    const { ipcMain, invoke } = ipcRegistry();
    const handler = vi.fn(() => ({ ok: true as const, value: null }));
    const ipc = createValidatedIpc(ipcMain, [APP_ORIGIN], () => {});
    ipc.handle('app:set-ui-language', handler);
    ipc.handle('shell:open-external', handler);
    for (const args of [['fr'], [], ['ar', 'extra'], [{ toString: () => 'ar' }]]) {
      await expect(invoke('app:set-ui-language', mainFrame, ...args)).resolves.toMatchObject({
        ok: false,
        error: 'invalid-input',
      });
    }
    await expect(invoke('shell:open-external', mainFrame, 'x'.repeat(10_000))).resolves.toMatchObject({
      error: 'invalid-input',
    });
    await expect(invoke('shell:open-external', mainFrame, 42)).resolves.toMatchObject({ error: 'invalid-input' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into a typed failure', async () => {
    const { ipcMain, invoke } = ipcRegistry();
    const log = vi.fn();
    createValidatedIpc(ipcMain, [APP_ORIGIN], log).handle('app:get-info', () => {
      throw new Error('disk on fire');
    });
    await expect(invoke('app:get-info', mainFrame)).resolves.toEqual({ ok: false, error: 'failed' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk on fire'));
  });
});
