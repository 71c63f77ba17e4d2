// Keeps the reading position, to the line: restored on open (before the first paint), followed
// while scrolling (one measurement per frame at most), saved as one small update of the article
// row at most once a second and at once when the reader is left, hidden or unloaded — measured
// again then, since a quick scroll just before a reload has not had its frame yet. A layout
// change (font, size, width) keeps the first visible block where it was.

import { useEffect, useLayoutEffect, useRef } from 'react';
import { saveReadingPosition } from '../db/articles';
import { forgetJournaledPosition, journalPosition } from './positionJournal';
import { useServices } from '../platform/services';
import { topLineOffset, scrollToLine } from '../document/linePosition';
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
    const stop = runScroll(() => scrollToLine(map, savedOffset, textTop));
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
    // The top line's offset, measured with the position (the stored progressOffset).
    let line: number | null = null;

    const measureNow = () => {
      // Once the reader is being taken down its blocks are detached: their boxes say nothing.
      if (map.blockCount > 0 && map.blockElement(0)?.isConnected !== true) return;
      const top = textTop();
      const position = readingPosition(map, top, window.innerHeight);
      line = topLineOffset(map, position.block, top);
      tracker.write(position);
    };
    /** Stores the measured position; `unloading` also keeps a synchronous copy (positionJournal.ts). */
    const save = (unloading = false) => {
      timer = undefined;
      const current = tracker.read();
      if (current === null || line === null) return;
      const progress = Math.round(current.progress * 10_000) / 10_000;
      // Even when unchanged: the last save may still be in flight, and the unload may cut it off.
      if (unloading) journalPosition(articleId, { progress, progressOffset: line, at: Date.now() });
      if (line === saved.offset && progress === saved.progress) return;
      saved = { offset: line, progress };
      // A position that cannot be stored (storage full) is not worth interrupting reading for:
      // the next scroll tries again, and the article still opens, at its start at worst.
      void saveReadingPosition(db, articleId, { progress, progressOffset: line }).then((result) => {
        if (result.ok) forgetJournaledPosition(articleId);
        else console.warn('Could not store the reading position:', result.error);
      });
    };
    const measure = () => {
      frame = undefined;
      measureNow();
      timer ??= window.setTimeout(() => save(), SAVE_DELAY_MS);
    };
    const onScroll = () => {
      frame ??= requestAnimationFrame(measure);
    };
    const flush = (unloading: boolean) => {
      if (timer !== undefined) window.clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
      measureNow();
      save(unloading);
    };
    const onUnload = () => flush(true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush(true);
    };

    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      flush(false);
    };
  }, [db, articleId, map, savedOffset, textTop, tracker]);
}
