// @vitest-environment jsdom
// The one keydown listener: narrowest scope first, latest registration first within a scope,
// a handler may decline, and keys are left to text fields, dialogs and handlers that took them.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommandDispatcher, type CommandDispatcher } from './dispatcher';

let dispatcher: CommandDispatcher | undefined;

afterEach(() => {
  dispatcher?.dispose();
  document.body.innerHTML = '';
});

function press(init: KeyboardEventInit, target: Element = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('createCommandDispatcher', () => {
  it('runs the command of the physical key under an Arabic layout, and consumes the key', () => {
    dispatcher = createCommandDispatcher(window);
    const highlight = vi.fn();
    const search = vi.fn();
    dispatcher.register('highlight', highlight);
    dispatcher.register('focusSearch', search);
    expect(press({ code: 'KeyH', key: 'ا' }).defaultPrevented).toBe(true);
    expect(press({ code: 'Slash', key: 'ظ' }).defaultPrevented).toBe(true);
    expect(highlight).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledTimes(1);
    expect(press({ code: 'KeyJ', key: 'h' }).defaultPrevented).toBe(false);
  });

  it('asks the narrowest scope first and passes the key on when a handler declines', () => {
    dispatcher = createCommandDispatcher(window);
    const calls: string[] = [];
    dispatcher.register('backToLibrary', () => void calls.push('back'));
    dispatcher.register('closeFind', () => {
      calls.push('find declines');
      return false;
    });
    dispatcher.register('dismissSelection', () => void calls.push('selection'));
    press({ code: 'Escape', key: 'Escape' });
    expect(calls).toEqual(['selection']);
    calls.length = 0;
    const unregister = dispatcher.register('dismissSelection', () => false);
    press({ code: 'Escape', key: 'Escape' });
    // The later registration declines, then the earlier one of the same scope takes it.
    expect(calls).toEqual(['selection']);
    unregister();
  });

  it('leaves a key alone when every handler declines', () => {
    dispatcher = createCommandDispatcher(window);
    dispatcher.register('scrollPageDown', () => false);
    expect(press({ code: 'Space', key: ' ' }).defaultPrevented).toBe(false);
  });

  it('leaves text fields their keys unless the command is meant for them', () => {
    dispatcher = createCommandDispatcher(window);
    const highlight = vi.fn();
    const back = vi.fn();
    dispatcher.register('highlight', highlight);
    dispatcher.register('backToLibrary', back);
    const field = document.body.appendChild(document.createElement('input'));
    expect(press({ code: 'KeyH', key: 'h' }, field).defaultPrevented).toBe(false);
    press({ code: 'Escape', key: 'Escape' }, field);
    expect(highlight).not.toHaveBeenCalled();
    expect(back).toHaveBeenCalledTimes(1);
    const button = document.body.appendChild(document.createElement('input'));
    button.type = 'button';
    press({ code: 'KeyH', key: 'h' }, button);
    expect(highlight).toHaveBeenCalledTimes(1);
  });

  it('ignores keys inside a dialog, keys already handled and keys after removal', () => {
    dispatcher = createCommandDispatcher(window);
    const highlight = vi.fn();
    const unregister = dispatcher.register('highlight', highlight);
    const dialog = document.body.appendChild(document.createElement('dialog'));
    const inside = dialog.appendChild(document.createElement('button'));
    press({ code: 'KeyH', key: 'h' }, inside);
    const handled = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, code: 'KeyH', key: 'h' });
    handled.preventDefault();
    document.body.dispatchEvent(handled);
    expect(highlight).not.toHaveBeenCalled();
    unregister();
    press({ code: 'KeyH', key: 'h' });
    expect(highlight).not.toHaveBeenCalled();
  });

  it('leaves Escape to an open dialog when the focus fell to the page behind it', () => {
    dispatcher = createCommandDispatcher(window);
    const back = vi.fn();
    dispatcher.register('backToLibrary', back);
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    // The control that held the focus went away (Settings → Sync swaps its form): keys come from <body>.
    expect(press({ code: 'Escape', key: 'Escape' }).defaultPrevented).toBe(false);
    expect(back).not.toHaveBeenCalled();
    dialog.removeAttribute('open');
    expect(press({ code: 'Escape', key: 'Escape' }).defaultPrevented).toBe(true);
    expect(back).toHaveBeenCalledTimes(1);
  });
});
