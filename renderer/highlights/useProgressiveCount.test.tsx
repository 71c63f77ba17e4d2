// @vitest-environment jsdom
// A long list draws its first items at once and the rest in later slices, until all; once
// whole, an item added later is drawn at once, and a shorter list is never over-counted.

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressiveCount } from './useProgressiveCount';

let root: Root;
let container: HTMLElement;
const seen: number[] = [];

function Probe({ total }: { total: number }) {
  seen.push(useProgressiveCount(total, 3, 4));
  return null;
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.useFakeTimers();
  seen.length = 0;
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

describe('useProgressiveCount', () => {
  it('draws the first items at once and the rest in slices, then stays whole', () => {
    act(() => root.render(<Probe total={12} />));
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
    act(() => root.render(<Probe total={13} />));
    expect(seen.at(-1)).toBe(13);
  });

  it('draws a short list whole at once and never counts more than there are', () => {
    act(() => root.render(<Probe total={2} />));
    expect(seen.at(-1)).toBe(2);
    act(() => root.render(<Probe total={20} />));
    expect(seen.at(-1)).toBe(20);
    act(() => root.render(<Probe total={1} />));
    expect(seen.at(-1)).toBe(1);
  });

  it('counts down with a list that shrinks while it is still being drawn', () => {
    act(() => root.render(<Probe total={30} />));
    expect(seen.at(-1)).toBe(3);
    act(() => root.render(<Probe total={2} />));
    expect(seen.at(-1)).toBe(2);
    act(() => vi.runAllTimers());
    expect(seen.at(-1)).toBe(2);
  });
});
