// @vitest-environment jsdom
// A settling scroll says whether it still holds its target: while frames are to come, while a web
// font is still loading (it aligns again after), and not once stopped, by its stop or by the
// user; the scroll runner says it of the last scroll it started. The reader relies on this to
// keep the restore's target rather than a mid-restore measurement (useReadingProgress).

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScrollRunner, holdInPlace } from './readingPosition';

let fonts: { status: string; ready: Promise<void> };
let loaded: () => void;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  window.scrollBy = vi.fn() as typeof window.scrollBy;
  fonts = { status: 'loaded', ready: Promise.resolve() };
  Object.defineProperty(document, 'fonts', { configurable: true, get: () => fonts });
});

afterEach(() => {
  vi.useRealTimers();
});

/** A target `away` pixels off, which each scroll brings `step` pixels nearer. */
function target(away: number, step = away) {
  let left = away;
  vi.mocked(window.scrollBy).mockImplementation(() => {
    left = Math.max(0, left - step);
  });
  return () => left;
}

describe('holdInPlace', () => {
  it('settles once its target has held still for two frames', () => {
    const scroll = holdInPlace(target(100, 50));
    expect(window.scrollBy).toHaveBeenCalledTimes(1);
    expect(scroll.settling()).toBe(true);
    vi.advanceTimersToNextFrame(); // 50 more
    vi.advanceTimersToNextFrame(); // still once
    expect(scroll.settling()).toBe(true);
    vi.advanceTimersToNextFrame(); // still twice: done
    expect(scroll.settling()).toBe(false);
    expect(window.scrollBy).toHaveBeenCalledTimes(2);
  });

  it('stops settling when stopped, or when the user scrolls', () => {
    const stopped = holdInPlace(target(100, 10));
    stopped();
    expect(stopped.settling()).toBe(false);
    const byUser = holdInPlace(target(100, 10));
    window.dispatchEvent(new Event('wheel'));
    expect(byUser.settling()).toBe(false);
    vi.advanceTimersToNextFrame();
    expect(window.scrollBy).toHaveBeenCalledTimes(2);
  });

  it('is still settling while a web font loads, and aligns again once it has', async () => {
    fonts = { status: 'loading', ready: new Promise((resolve) => (loaded = resolve)) };
    let off = 0;
    const scroll = holdInPlace(() => off);
    for (let frame = 0; frame < 3; frame += 1) vi.advanceTimersToNextFrame();
    expect(scroll.settling()).toBe(true);
    off = 30;
    loaded();
    await fonts.ready;
    await Promise.resolve();
    expect(window.scrollBy).toHaveBeenCalledWith({ top: 30, behavior: 'instant' });
    off = 0;
    for (let frame = 0; frame < 3; frame += 1) vi.advanceTimersToNextFrame();
    expect(scroll.settling()).toBe(false);
  });
});

describe('createScrollRunner', () => {
  it('says whether the last scroll it started is settling, and stops the one before', () => {
    const run = createScrollRunner();
    expect(run.settling()).toBe(false);
    const first = run(() => holdInPlace(target(100, 10)));
    expect(run.settling()).toBe(true);
    const second = run(() => holdInPlace(() => 0));
    expect(first.settling()).toBe(false);
    expect(second.settling()).toBe(true);
    for (let frame = 0; frame < 3; frame += 1) vi.advanceTimersToNextFrame();
    expect(run.settling()).toBe(false);
  });
});
