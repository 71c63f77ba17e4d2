// Where the reader is in an article, read from the layout: the first block visible below the
// toolbar (its canonical offset is what gets stored and restored), the last one, and how much of
// the text has been on screen. Blocks are laid out in text order, so these are binary searches
// over block rectangles — a handful of reads even in a 5,000-block article. Also: scrolling to a
// block or a range and keeping it in place while the blocks around it are laid out.

import type { TextMap } from './textMap';

export interface ReadingPosition {
  /** Index of the first block visible below `top`. */
  readonly block: number;
  /** Its canonical offset: what is stored as `progressOffset`. */
  readonly offset: number;
  /** Where the text of the last visible block ends: [offset, end) is the text on screen. */
  readonly end: number;
  /** Share of the text from the start to the end of the last visible block, 0..1. */
  readonly progress: number;
}

function rectOf(map: TextMap, index: number): DOMRect | null {
  return map.blockElement(index)?.getBoundingClientRect() ?? null;
}

/** First index whose rect satisfies `isPast` (monotonic along the text), or blockCount. */
function firstBlockWhere(map: TextMap, isPast: (rect: DOMRect) => boolean): number {
  let low = 0;
  let high = map.blockCount;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const rect = rectOf(map, mid);
    if (rect !== null && isPast(rect)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The reading position for a viewport whose text area spans [top, bottom) in client pixels. */
export function readingPosition(map: TextMap, top: number, bottom: number): ReadingPosition {
  if (map.blockCount === 0) return { block: 0, offset: 0, end: 0, progress: 1 };
  const first = Math.min(
    map.blockCount - 1,
    firstBlockWhere(map, (rect) => rect.bottom > top),
  );
  const afterLast = firstBlockWhere(map, (rect) => rect.top >= bottom);
  const last = Math.max(first, afterLast - 1);
  const progress = map.length === 0 ? 1 : Math.min(1, map.blockEnd(last) / map.length);
  return { block: first, offset: map.blockStart(first), end: map.blockEnd(last), progress };
}

const SETTLE_FRAMES = 30;
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * A scroll that settles over frames: calling it stops it; `settling()` says whether it is still
 * holding its target (frames to come, or a font load to align again after).
 */
export interface SettlingScroll {
  (): void;
  settling(): boolean;
}

/**
 * Scrolls by what `offBy()` says (pixels to scroll; null when the target is gone) now and in the
 * next frames: blocks coming on screen are laid out for real only then (they skip layout off
 * screen), which moves everything below them. Stops once the target has held still for two
 * frames, or as soon as the user scrolls. If web fonts are still loading, aligns again once they
 * have: a font swap changes the height of the rendered blocks above the target. Returns a
 * function that stops it early.
 */
export function holdInPlace(offBy: () => number | null): SettlingScroll {
  let frame: number | undefined;
  let still = 0;
  let cancelled = false;
  let fontsPending = false;
  const stopFrames = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
  };
  const stop = () => {
    cancelled = true;
    stopFrames();
    for (const type of USER_SCROLL_EVENTS) window.removeEventListener(type, stop, true);
  };
  const align = (framesLeft: number) => {
    const delta = offBy();
    if (delta === null) return stop();
    if (Math.abs(delta) >= 1) {
      window.scrollBy({ top: delta, behavior: 'instant' });
      still = 0;
    } else still += 1;
    frame = still < 2 && framesLeft > 0 ? requestAnimationFrame(() => align(framesLeft - 1)) : undefined;
  };
  for (const type of USER_SCROLL_EVENTS) window.addEventListener(type, stop, { capture: true, passive: true });
  align(SETTLE_FRAMES);
  if (document.fonts.status === 'loading') {
    fontsPending = true;
    void document.fonts.ready.then(() => {
      fontsPending = false;
      if (cancelled) return;
      stopFrames();
      still = 0;
      align(SETTLE_FRAMES);
    });
  }
  return Object.assign(stop, { settling: () => !cancelled && (frame !== undefined || fontsPending) });
}

/** Scrolls so block `index` starts `inset()` pixels from the top, and keeps it there (holdInPlace). */
export function scrollToBlock(map: TextMap, index: number, inset: () => number): SettlingScroll {
  return holdInPlace(() => {
    const rect = rectOf(map, index);
    return rect === null ? null : rect.top - inset();
  });
}

/**
 * Brings [start, end) into the text area below `top()`, in its middle when it was off screen,
 * and keeps it there (holdInPlace). A range already in view is left where it is.
 */
export function revealRange(map: TextMap, start: number, end: number, top: () => number): SettlingScroll {
  return holdInPlace(() => {
    const range = map.rangeFor(start, end);
    if (range === null) return null;
    const rect = range.getBoundingClientRect();
    const textTop = top();
    if (rect.top >= textTop && rect.bottom <= window.innerHeight) return 0;
    return rect.top + rect.height / 2 - (textTop + (window.innerHeight - textTop) / 2);
  });
}

/** The latest measured reading position, kept outside React state: it changes on every scroll frame. */
export interface PositionTracker {
  read(): ReadingPosition | null;
  write(position: ReadingPosition): void;
  /** Calls `listener` after each write (the progress line); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createPositionTracker(): PositionTracker {
  let latest: ReadingPosition | null = null;
  const listeners = new Set<() => void>();
  return {
    read: () => latest,
    write: (position) => {
      latest = position;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Runs one settling scroll at a time: starting one (scrollToBlock, revealRange) stops the last.
 * Returns the scroll it started.
 */
export interface ScrollRunner {
  (start: () => SettlingScroll): SettlingScroll;
  /** Whether the last scroll started is still settling. */
  settling(): boolean;
}

export function createScrollRunner(): ScrollRunner {
  let current: SettlingScroll | null = null;
  const run = (start: () => SettlingScroll) => {
    current?.();
    current = start();
    return current;
  };
  return Object.assign(run, { settling: () => current?.settling() === true });
}
