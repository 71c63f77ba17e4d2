// Keeps the reading position, to the line: restored on open (before the first paint), followed
// while scrolling (one measurement per frame at most), saved as one small update of the article
// row at most once a second and at once when the reader is left, hidden or unloaded — measured
// again then, since a quick scroll just before a reload has not had its frame yet.
//
// A relayout keeps the line being read at the top: a reading setting changing (font, size, line
// height, width, alignment), the text's column changing width (the highlights panel or Text
// settings making room beside it, the margin notes' gutter) or the window being resized. The first
// character of the top line, as last measured (the offset that is saved), starts the top line
// again (scrollToLine). Keeping the block instead put the top of the paragraph there, and the
// reader lost their line in a long one. While the restore (or an earlier keep) is still settling,
// what is measured is not where the reader is yet: the character it is taking to the top is kept
// instead, so a relayout during the restore (a web font arriving changes the column's width, in
// ch) lands where the restore would have.

import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { saveReadingPosition } from '../db/articles';
import { forgetJournaledPosition, journalPosition } from './positionJournal';
import { useServices } from '../platform/services';
import { onOneLine, topLineOffset, scrollToLine } from '../document/linePosition';
import {
  readingPosition,
  scrollToBlock,
  type PositionTracker,
  type ScrollRunner,
  type SettlingScroll,
} from '../document/readingPosition';
import type { TextMap } from '../document/textMap';

const SAVE_DELAY_MS = 1000;

interface Options {
  articleId: string;
  map: TextMap | null;
  /** The stored `progressOffset` when the article was opened. */
  savedOffset: number;
  /** Top of the text area in client pixels (below the toolbar). */
  textTop: () => number;
  /** Runs one settling scroll at a time (scrollToBlock), stopping the one before. */
  runScroll: ScrollRunner;
  /** Changes whenever the text is laid out differently (the reading settings). */
  layoutKey: string;
  /** Where the latest measured position is kept, for the surface and the contents. */
  tracker: PositionTracker;
  /** The article's body: when its width changes, its lines break elsewhere. */
  body: HTMLElement | null;
}

export function useReadingProgress({
  articleId,
  map,
  savedOffset,
  textTop,
  runScroll,
  layoutKey,
  tracker,
  body,
}: Options): void {
  const { db } = useServices();
  const restored = useRef(false);
  const laidOutWith = useRef(layoutKey);
  // The character to put at the top when the text is laid out again: the first one of the top
  // line as measured, except that the one the restore or the last relayout put there is kept
  // while it is still on the top line (its line now starts a few words earlier or later), so
  // that several size steps in a row do not each move the reader up by part of a line. Null
  // until the first measurement.
  const keep = useRef<number | null>(null);
  // The scroll taking `keep` to the top (the restore or the last relayout's), while it settles.
  const keeping = useRef<SettlingScroll | null>(null);

  useLayoutEffect(() => {
    if (map === null || restored.current) return;
    restored.current = true;
    if (savedOffset <= 0) return;
    keep.current = savedOffset;
    const scroll = runScroll(() => scrollToLine(map, savedOffset, textTop));
    keeping.current = scroll;
    return () => {
      scroll();
      restored.current = false;
    };
  }, [map, savedOffset, textTop, runScroll]);

  // The text was laid out again: the kept character goes back to the top line, before the frame
  // is painted. A scroll of another kind still settling (going to a heading or a search hit)
  // holds its own target through the relayout, and is left to do so.
  const relayout = useCallback(() => {
    if (map === null) return;
    if (runScroll.settling() && keeping.current?.settling() !== true) return;
    const line = keep.current;
    // At the article's very start there is nothing to keep, and its header stays in view.
    if (line === 0) return;
    if (line !== null) {
      keeping.current = runScroll(() => scrollToLine(map, line, textTop));
      return;
    }
    // Not measured yet: the first visible block stays in place.
    const block = tracker.read()?.block;
    if (block !== undefined) runScroll(() => scrollToBlock(map, block, textTop));
  }, [map, runScroll, textTop, tracker]);

  useLayoutEffect(() => {
    if (laidOutWith.current === layoutKey) return;
    laidOutWith.current = layoutKey;
    relayout();
  }, [layoutKey, relayout]);

  // The column's width changed without a setting changing (see the top of the file), observed
  // on the body, which only a width change resizes in the inline direction; or the window was
  // resized, which can also move the text without narrowing it (the app bar above it wrapping).
  // The resize handler runs before the frame's measurement, which would take the moved line.
  useEffect(() => {
    if (map === null || body === null) return;
    window.addEventListener('resize', relayout);
    let width: number | undefined;
    const observer = new ResizeObserver(([entry]) => {
      const now = entry!.contentRect.width;
      const changed = width !== undefined && Math.abs(now - width) >= 1;
      width = now;
      if (changed) relayout();
    });
    observer.observe(body);
    return () => {
      window.removeEventListener('resize', relayout);
      observer.disconnect();
    };
  }, [map, body, relayout]);

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
      // Mid-restore (or mid-keep) the top line is not the reader's yet; afterwards the kept
      // character stays while it is on the top line, and the top line's start replaces it once
      // the reader has moved.
      if (keeping.current?.settling() !== true) {
        const kept = keep.current;
        if (kept === null || kept < line || !onOneLine(map, kept, line)) keep.current = line;
      }
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
