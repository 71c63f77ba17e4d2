// @vitest-environment jsdom
// A long list draws its first items at once and the rest in later slices, until all; once
// whole, an item added later is drawn at once, and a shorter list is never over-counted.

import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressiveCount } from './useProgressiveCount';
import { mountTestRoot } from '../../tests/support/reactRoot';

const testRoot = mountTestRoot({ fakeTimers: true });
const seen: number[] = [];

function Probe({ total }: { total: number }) {
  seen.push(useProgressiveCount(total, 3, 4));
  return null;
}

beforeEach(() => {
  seen.length = 0;
});

describe('useProgressiveCount', () => {
  it('draws the first items at once and the rest in slices, then stays whole', () => {
    act(() => testRoot.root.render(<Probe total={12} />));
    expect(seen.at(-1)).toBe(3);
    act(() => vi.advanceTimersToNextTimer());
    expect(seen.at(-1)).toBe(7);
    act(() => vi.advanceTimersToNextTimer());
    expect(seen.at(-1)).toBe(11);
    act(() => vi.advanceTimersToNextTimer());
    expect(seen.at(-1)).toBe(12);
    act(() => vi.runAllTimers());
    expect(seen.at(-1)).toBe(12);
    // Whole: a new item is drawn in the same render.
    act(() => testRoot.root.render(<Probe total={13} />));
    expect(seen.at(-1)).toBe(13);
  });

  it('draws a short list whole at once and never counts more than there are', () => {
    act(() => testRoot.root.render(<Probe total={2} />));
    expect(seen.at(-1)).toBe(2);
    act(() => testRoot.root.render(<Probe total={20} />));
    expect(seen.at(-1)).toBe(20);
    act(() => testRoot.root.render(<Probe total={1} />));
    expect(seen.at(-1)).toBe(1);
  });

  it('counts down with a list that shrinks while it is still being drawn', () => {
    act(() => testRoot.root.render(<Probe total={30} />));
    expect(seen.at(-1)).toBe(3);
    act(() => testRoot.root.render(<Probe total={2} />));
    expect(seen.at(-1)).toBe(2);
    act(() => vi.runAllTimers());
    expect(seen.at(-1)).toBe(2);
  });
});
