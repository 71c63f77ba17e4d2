// Keeps the reading position: restored on open (before the first paint), followed while
// scrolling (one layout read per frame at most), saved as one small update of the article row
// at most once a second and when the reader is left or hidden. A layout change (font, size,
// width) keeps the first visible block where it was.

import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useServices } from '../platform/services';
import { readingPosition, scrollToBlock, type ReadingPosition } from '../document/readingPosition';
import type { TextMap } from '../document/textMap';

const SAVE_DELAY_MS = 1000;

/** Bottom edge of the sticky toolbar: the text area starts below it. */
export function textAreaTop(toolbar: RefObject<HTMLElement | null>): number {
  return Math.max(0, toolbar.current?.getBoundingClientRect().bottom ?? 0);
}

interface Options {
  articleId: string;
  map: TextMap | null;
  /** The stored `progressOffset` when the article was opened. */
  savedOffset: number;
  toolbar: RefObject<HTMLElement | null>;
  /** Changes whenever the text is laid out differently (the reading settings). */
  layoutKey: string;
}

/** Returns a ref holding the latest measured position (null before the first measurement). */
export function useReadingProgress({
  articleId,
  map,
  savedOffset,
  toolbar,
  layoutKey,
}: Options): RefObject<ReadingPosition | null> {
  const { db } = useServices();
  const position = useRef<ReadingPosition | null>(null);
  const restored = useRef(false);
  const laidOutWith = useRef(layoutKey);

  useLayoutEffect(() => {
    if (map === null || restored.current) return;
    restored.current = true;
    if (savedOffset <= 0) return;
    const stop = scrollToBlock(map, map.blockAt(savedOffset), () => textAreaTop(toolbar));
    return () => {
      stop();
      restored.current = false;
    };
  }, [map, savedOffset, toolbar]);

  useLayoutEffect(() => {
    if (laidOutWith.current === layoutKey) return;
    laidOutWith.current = layoutKey;
    if (map !== null && position.current !== null)
      return scrollToBlock(map, position.current.block, () => textAreaTop(toolbar));
  }, [layoutKey, map, toolbar]);

  useEffect(() => {
    if (map === null) return;
    let saved = { offset: savedOffset, progress: Number.NaN };
    let frame: number | undefined;
    let timer: number | undefined;

    const save = () => {
      timer = undefined;
      const current = position.current;
      if (current === null) return;
      const progress = Math.round(current.progress * 10_000) / 10_000;
      if (current.offset === saved.offset && progress === saved.progress) return;
      saved = { offset: current.offset, progress };
      // A position that cannot be stored (storage full) is not worth interrupting reading for.
      db.articles
        .update(articleId, { progress, progressOffset: current.offset, updatedAt: Date.now() })
        .catch((error: unknown) => console.warn('Could not store the reading position', error));
    };
    const measure = () => {
      frame = undefined;
      position.current = readingPosition(map, textAreaTop(toolbar), window.innerHeight);
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
  }, [db, articleId, map, savedOffset, toolbar]);

  return position;
}
