// Paints the highlights on the article's surface whenever what is shown changes (only the
// difference: highlightPainter.ts); the DOM of the article is never touched.

import { useEffect, useMemo } from 'react';
import type { NoteRow } from '../db/types';
import type { TextSurface } from '../document/surface';
import { createHighlightPainter, type HighlightPainter } from './highlightPainter';
import type { PlacedHighlight } from './placeHighlights';

export const HIGHLIGHTS_PAINTED_MARK = 'hamish:highlights-painted';

export function useHighlightPainting(
  surface: TextSurface,
  places: readonly PlacedHighlight[],
  notesByHighlight: ReadonlyMap<string, NoteRow>,
  selectedId: string | null,
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
    performance.mark(HIGHLIGHTS_PAINTED_MARK);
  }, [painter, places, notesByHighlight, selectedId]);
  useEffect(() => () => painter.clear(), [painter]);
  return painter;
}
