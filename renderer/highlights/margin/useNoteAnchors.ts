// Where the notes' passages are on the page, for whatever is drawn beside them (margin notes,
// note markers): measured through the text surface's map (document/textMap.ts, the one
// offset → DOM mapping), relative to the element the caller draws in, so what is drawn
// scrolls with the text instead of chasing it a frame late. Only passages on screen and about a
// screen either side are measured (a 1 MB article's other blocks are never laid out for it),
// once a frame at most, again on scrolling, on resizing, when the text's column changes size, when
// `layoutKey` changes (the panel opening moves the column) and once more after what was measured
// has been drawn: a column centred in the reader moves without changing size when room is kept
// beside it for the marks, and nothing else reports that move.

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { NoteRow } from '../../db/types';
import type { TextSurface } from '../../document/surface';
import type { PlacedHighlight } from '../placeHighlights';

export interface NoteAnchor {
  readonly id: string;
  readonly color: PlacedHighlight['row']['color'];
  readonly text: string;
  /** Top of the passage's first line, from the top of the drawing element. */
  readonly top: number;
  /** Top and height of the line the passage ends on. */
  readonly endTop: number;
  readonly endHeight: number;
}

export interface NoteAnchors {
  readonly anchors: readonly NoteAnchor[];
  /** The text column's edge on the interface's inline-end side, from the drawing element's inline start. */
  readonly columnEnd: number;
}

const NONE: NoteAnchors = { anchors: [], columnEnd: 0 };

export function useNoteAnchors(
  surface: TextSurface,
  places: readonly PlacedHighlight[],
  notesByHighlight: ReadonlyMap<string, NoteRow>,
  drawIn: RefObject<HTMLElement | null>,
  layoutKey: string,
): NoteAnchors {
  const [anchors, setAnchors] = useState<NoteAnchors>(NONE);
  /** Asks for a measurement in the next frame (set by the effect below while it runs). */
  const remeasure = useRef<() => void>(() => {});

  useEffect(() => {
    const { map, body } = surface;
    const withNotes = places.filter((place) => notesByHighlight.has(place.row.id));
    let frame: number | undefined;
    let shown: NoteAnchors | undefined;
    const measure = () => {
      frame = undefined;
      const origin = drawIn.current?.getBoundingClientRect();
      if (withNotes.length === 0 || map.blockCount === 0 || origin === undefined) {
        if (shown !== NONE) setAnchors((shown = NONE));
        return;
      }
      const visible = surface.visibleRange();
      const reach = Math.max(visible.end - visible.start, 2_000);
      const from = visible.start - reach;
      const to = visible.end + reach;
      const column = body.getBoundingClientRect();
      const uiRtl = getComputedStyle(drawIn.current!).direction === 'rtl';
      const next: NoteAnchor[] = [];
      for (const place of withNotes) {
        if (place.end <= from || place.start >= to) continue;
        const rects = map.rangeFor(place.start, place.end)?.getClientRects();
        if (rects === undefined || rects.length === 0) continue;
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        next.push({
          id: place.row.id,
          color: place.row.color,
          text: notesByHighlight.get(place.row.id)!.text,
          top: first.top - origin.top,
          endTop: last.top - origin.top,
          endHeight: last.height,
        });
      }
      const columnEnd = uiRtl ? origin.right - column.left : column.right - origin.left;
      if (shown !== undefined && sameAnchors(shown, next, columnEnd)) return;
      shown = { anchors: next, columnEnd };
      setAnchors(shown);
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(measure);
    };
    remeasure.current = schedule;
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    const resized = new ResizeObserver(schedule);
    resized.observe(body);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resized.disconnect();
      remeasure.current = () => {};
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
    // layoutKey only says when to measure again.
  }, [surface, places, notesByHighlight, drawIn, layoutKey]);

  // What is drawn from new anchors may itself move the column (the room kept for the marks), so
  // measure again once they are in the page. Not a fixed frame later: under load React can commit
  // them after that frame, and the column then moved unmeasured (a marker 14 px off its column
  // after a reload). The second measurement finds the same places and stops.
  useLayoutEffect(() => {
    if (anchors !== NONE) remeasure.current();
  }, [anchors]);

  return anchors;
}

function sameAnchors(last: NoteAnchors, next: readonly NoteAnchor[], columnEnd: number): boolean {
  if (last.columnEnd !== columnEnd || last.anchors.length !== next.length) return false;
  return next.every((anchor, index) => {
    const other = last.anchors[index]!;
    return (
      other.id === anchor.id &&
      other.text === anchor.text &&
      other.color === anchor.color &&
      other.top === anchor.top &&
      other.endTop === anchor.endTop &&
      other.endHeight === anchor.endHeight
    );
  });
}
