// Keeps the reading position: restored on open (before the first paint), followed while
// scrolling (one layout read per frame at most), saved as one small update of the article row
// at most once a second and when the reader is left or hidden. A layout change (font, size,
// width) keeps the first visible block where it was.

import { useEffect, useLayoutEffect, useRef } from 'react';
import { saveReadingPosition } from '../db/articles';
import { useServices } from '../platform/services';
import { readingPosition, scrollToBlock, type PositionTracker } from '../document/readingPosition';
import type { TextMap } from '../document/textMap';

const SAVE_DELAY_MS = 1000;

interface Options {
  articleId: string;
  map: TextMap | null;
  /** The stored `progressOffset` when the article was opened. */
  savedOffset: number;
  /** Top of the text area in client pixels (below the toolbar). */
  textTop: () => number;
  /** Runs a scroll that settles over frames (scrollToBlock), stopping the one before; returns its stop. */
  runScroll: (start: () => () => void) => () => void;
  /** Changes whenever the text is laid out differently (the reading settings). */
  layoutKey: string;
  /** Where the latest measured position is kept, for the surface and the contents. */
  tracker: PositionTracker;
}

export function useReadingProgress({
  articleId,
  map,
  savedOffset,
  textTop,
  runScroll,
  layoutKey,
  tracker,
}: Options): void {
  const { db } = useServices();
  const restored = useRef(false);
  const laidOutWith = useRef(layoutKey);

  useLayoutEffect(() => {
    if (map === null || restored.current) return;
    restored.current = true;
    if (savedOffset <= 0) return;
    const stop = runScroll(() => scrollToBlock(map, map.blockAt(savedOffset), textTop));
    return () => {
      stop();
      restored.current = false;
    };
  }, [map, savedOffset, textTop, runScroll]);

  useLayoutEffect(() => {
    if (laidOutWith.current === layoutKey) return;
    laidOutWith.current = layoutKey;
    const block = tracker.read()?.block;
    if (map !== null && block !== undefined) return runScroll(() => scrollToBlock(map, block, textTop));
  }, [layoutKey, map, textTop, runScroll, tracker]);

  useEffect(() => {
    if (map === null) return;
    let saved = { offset: savedOffset, progress: Number.NaN };
    let frame: number | undefined;
    let timer: number | undefined;

    const save = () => {
      timer = undefined;
      const current = tracker.read();
      if (current === null) return;
      const progress = Math.round(current.progress * 10_000) / 10_000;
      if (current.offset === saved.offset && progress === saved.progress) return;
      saved = { offset: current.offset, progress };
      // A position that cannot be stored (storage full) is not worth interrupting reading for:
      // the next scroll tries again, and the article still opens, at its start at worst.
      void saveReadingPosition(db, articleId, { progress, progressOffset: current.offset }).then((result) => {
        if (!result.ok) console.warn('Could not store the reading position:', result.error);
      });
    };
    const measure = () => {
      frame = undefined;
      tracker.write(readingPosition(map, textTop(), window.innerHeight));
      timer ??= window.setTimeout(save, SAVE_DELAY_MS);
    };
    const onScroll = () => {
      frame ??= requestAnimationFrame(measure);
    };
    const flush = () => {
      if (timer !== undefined) window.clearTimeout(timer);
      save();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };

    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      if (frame !== undefined) cancelAnimationFrame(frame);
      flush();
    };
  }, [db, articleId, map, savedOffset, textTop, tracker]);
}
