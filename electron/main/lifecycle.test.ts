// startLifecycle against a recorder standing in for Electron's `app`: events are plain
// EventEmitter events, and `ready` comes when the test says so.

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { startLifecycle, type LifecycleApp, type LifecycleHooks } from './lifecycle';

function recordingApp(hasLock = true) {
  const events = new EventEmitter();
  let becomeReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    becomeReady = resolve;
  });
  const app = {
    requestSingleInstanceLock: () => hasLock,
    quit: vi.fn(),
    on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
    whenReady: () => ready,
  };
  return { app: app as unknown as LifecycleApp, events, quit: app.quit, becomeReady };
}

function recordingHooks(): LifecycleHooks & { [K in keyof LifecycleHooks]: LifecycleHooks[K] } {
  return {
    launched: vi.fn(),
    openFile: vi.fn(),
    openUrl: vi.fn(),
    webContentsCreated: vi.fn(),
    ready: vi.fn(),
    activate: vi.fn(),
    quitWhenAllWindowsClosed: true,
  };
}

const preventable = () => ({ preventDefault: vi.fn() });

describe('startLifecycle', () => {
  it('listens for activate only after ready: an early activate opens no window', async () => {
    const { app, events, becomeReady } = recordingApp();
    const hooks = recordingHooks();
    startLifecycle(app, hooks, ['hamish'], '/');
    expect(events.listenerCount('activate')).toBe(0);
    events.emit('activate');
    expect(hooks.activate).not.toHaveBeenCalled();
    becomeReady();
    await vi.waitFor(() => expect(hooks.ready).toHaveBeenCalled());
    expect(events.listenerCount('activate')).toBe(1);
    events.emit('activate');
    expect(hooks.activate).toHaveBeenCalledTimes(1);
  });

  it("hands over this launch's and a second launch's command line", () => {
    const { app, events } = recordingApp();
    const hooks = recordingHooks();
    startLifecycle(app, hooks, ['hamish', 'a.md'], '/home/sara');
    events.emit('second-instance', {}, ['hamish', 'hamish://read/a1'], '/tmp');
    expect(vi.mocked(hooks.launched).mock.calls).toEqual([
      [['hamish', 'a.md'], '/home/sara', false],
      [['hamish', 'hamish://read/a1'], '/tmp', true],
    ]);
  });

  it('takes over macOS open-file and open-url events', () => {
    const { app, events } = recordingApp();
    const hooks = recordingHooks();
    startLifecycle(app, hooks, ['hamish'], '/');
    const fileEvent = preventable();
    events.emit('open-file', fileEvent, '/Users/sara/a.md');
    const urlEvent = preventable();
    events.emit('open-url', urlEvent, 'hamish://read/a1');
    expect(fileEvent.preventDefault).toHaveBeenCalled();
    expect(urlEvent.preventDefault).toHaveBeenCalled();
    expect(hooks.openFile).toHaveBeenCalledWith('/Users/sara/a.md');
    expect(hooks.openUrl).toHaveBeenCalledWith('hamish://read/a1');
  });

  it('quits when the last window closes, except where told not to (macOS)', () => {
    const first = recordingApp();
    startLifecycle(first.app, recordingHooks(), ['hamish'], '/');
    first.events.emit('window-all-closed');
    expect(first.quit).toHaveBeenCalledTimes(1);
    const mac = recordingApp();
    startLifecycle(mac.app, { ...recordingHooks(), quitWhenAllWindowsClosed: false }, ['hamish'], '/');
    mac.events.emit('window-all-closed');
    expect(mac.quit).not.toHaveBeenCalled();
  });

  it('a second instance quits at once and touches nothing', () => {
    const { app, events, quit } = recordingApp(false);
    const hooks = recordingHooks();
    expect(startLifecycle(app, hooks, ['hamish', 'a.md'], '/')).toBe(false);
    expect(quit).toHaveBeenCalled();
    expect(hooks.launched).not.toHaveBeenCalled();
    expect(events.eventNames()).toEqual([]);
  });
});
