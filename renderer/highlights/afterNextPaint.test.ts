import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, HIDDEN_FRAME_TIMEOUT_MS } from './afterNextPaint';

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[];

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const settled = (promise: Promise<void>) => {
    const state = { done: false };
    void promise.then(() => {
      state.done = true;
    });
    return state;
  };

  it('waits for the next frame, then for the task after it', async () => {
    const state = settled(afterNextPaint());
    await vi.advanceTimersByTimeAsync(10);
    expect(state.done).toBe(false);
    frames.shift()!(performance.now());
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
  });

  it('does not wait for ever in a window that draws no frames', async () => {
    const state = settled(afterNextPaint());
    await vi.advanceTimersByTimeAsync(HIDDEN_FRAME_TIMEOUT_MS - 1);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.done).toBe(true);
    expect(frames).toHaveLength(1);
  });
});
