// @vitest-environment jsdom
// The note box saves after a pause and on blur; a blur while the pause's save is still being
// written must not save the note a second time.

import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NoteEditor } from './NoteEditor';
import { mountTestRoot } from '../../tests/support/reactRoot';

vi.mock('react-i18next', () => ({ useTranslation: () => ({ t: (key: string) => key }) }));

const testRoot = mountTestRoot({ fakeTimers: true });

function type(area: HTMLTextAreaElement, value: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  setValue.call(area, value);
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('NoteEditor', () => {
  it('saves once when the box loses focus while the pause’s save is still being written', async () => {
    let finish: (ok: boolean) => void = () => undefined;
    const save = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    act(() => testRoot.root.render(<NoteEditor text="" label="Note" placeholder="" save={save} />));
    const area = testRoot.container.querySelector('textarea')!;
    act(() => type(area, 'مصدر'));
    await act(async () => vi.advanceTimersByTime(500));
    expect(save).toHaveBeenCalledTimes(1);
    act(() => area.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await act(async () => finish(true));
    await act(async () => vi.runAllTimersAsync());
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('مصدر');
  });

  it('saves again what was typed after a save began', async () => {
    const resolvers: ((ok: boolean) => void)[] = [];
    const save = vi.fn(() => new Promise<boolean>((resolve) => resolvers.push(resolve)));
    act(() => testRoot.root.render(<NoteEditor text="" label="Note" placeholder="" save={save} />));
    const area = testRoot.container.querySelector('textarea')!;
    act(() => type(area, 'مصدر'));
    await act(async () => vi.advanceTimersByTime(500));
    act(() => type(area, 'مصدر مهم'));
    act(() => area.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await act(async () => resolvers[0]!(true));
    await act(async () => vi.runAllTimersAsync());
    expect(save.mock.calls).toEqual([['مصدر'], ['مصدر مهم']]);
  });
});
