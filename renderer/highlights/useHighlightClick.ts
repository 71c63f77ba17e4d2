// Clicking a highlight chooses it (the narrowest one, where several overlap: highlightAtPoint.ts);
// clicking plain text lets go. A click that ends a text selection is the selection's, not a choice.

import { useEffect } from 'react';
import type { TextSurface } from '../document/surface';
import type { HighlightPainter } from './highlightPainter';
import { highlightsAtPoint } from './highlightAtPoint';
import type { Interval, IntervalIndex } from './intervalIndex';
import { PENDING_ID_PREFIX } from './usePendingHighlights';

export function useHighlightClick(
  surface: TextSurface,
  painter: HighlightPainter,
  index: IntervalIndex<Interval>,
  choose: (choice: { id: string; focusNote: boolean } | null) => void,
): void {
  const { body, map } = surface;
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const current = window.getSelection();
      if (current !== null && !current.isCollapsed) return;
      const hit = highlightsAtPoint(event.clientX, event.clientY, painter, map, index)[0];
      // A pending highlight is not written yet: there is nothing to edit.
      choose(hit === undefined || hit.id.startsWith(PENDING_ID_PREFIX) ? null : { id: hit.id, focusNote: false });
    };
    body.addEventListener('click', onClick);
    return () => body.removeEventListener('click', onClick);
  }, [body, map, painter, index, choose]);
}
