// Paints the highlights on the article's surface whenever what is shown changes (only the
// difference: highlightPainter.ts); the DOM of the article is never touched.

import { useEffect, useMemo } from 'react';
import type { NoteRow } from '../db/types';
import type { TextSurface } from '../document/surface';
import { createHighlightPainter, type HighlightPainter } from './highlightPainter';
import type { PlacedHighlight } from './placeHighlights';

export const HIGHLIGHTS_PAINTED_MARK = 'hamish:highlights-painted';

/**
 * `loaded`: the article's stored highlights have been read. Until then `places` is empty because
 * nothing is known yet, not because there is nothing, and the mark (what the benchmarks time
 * opening to) is not made: made then, it said "painted" before a single highlight was, and an
 * article with none was timed to its layer's mount instead of to its (empty) highlights.
 */
export function useHighlightPainting(
  surface: TextSurface,
  places: readonly PlacedHighlight[],
  notesByHighlight: ReadonlyMap<string, NoteRow>,
  selectedId: string | null,
  loaded: boolean,
): HighlightPainter {
  const { map, painter: surfacePainter } = surface;
  const painter = useMemo(
    () => createHighlightPainter(surfacePainter, (start, end) => map.staticRangeFor(start, end)),
    [surfacePainter, map],
  );
  useEffect(() => {
    painter.sync(
      places.map((place) => ({
        id: place.row.id,
        start: place.start,
        end: place.end,
        color: place.row.color,
        hasNote: notesByHighlight.has(place.row.id),
      })),
      selectedId,
    );
    if (loaded) performance.mark(HIGHLIGHTS_PAINTED_MARK);
  }, [painter, places, notesByHighlight, selectedId, loaded]);
  useEffect(() => () => painter.clear(), [painter]);
  return painter;
}
