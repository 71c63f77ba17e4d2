// Which of the user's highlights are under a point on screen, narrowest first (the one a click
// most likely means where several overlap). docs/highlights.md: CSS.highlights.highlightsFromPoint where
// the browser has it, which answers from what is painted, so a click beside the text hits
// nothing; otherwise the caret position at the point, mapped to a canonical offset and looked
// up in the IntervalIndex.

import type { TextMap } from '../document/textMap';
import type { HighlightPainter } from './highlightPainter';
import type { Interval, IntervalIndex } from './intervalIndex';
import { offsetFromPoint } from '../document/selection';

/** Not yet in TypeScript's DOM types (CSS Highlight API, level 1 editor's draft). */
interface HighlightHitResult {
  readonly highlight: Highlight;
  readonly ranges: readonly AbstractRange[];
}
type HitTestingRegistry = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => readonly HighlightHitResult[];
};

export function highlightsAtPoint(
  x: number,
  y: number,
  painter: HighlightPainter,
  map: TextMap,
  index: IntervalIndex<Interval>,
): Interval[] {
  const registry = CSS.highlights as HitTestingRegistry;
  if (typeof registry.highlightsFromPoint !== 'function') {
    const offset = offsetFromPoint(map, x, y);
    return offset === null ? [] : index.at(offset);
  }
  // The colour, note and selection layers share a highlight's range: count each highlight once.
  const hits = new Map<string, Interval>();
  for (const result of registry.highlightsFromPoint(x, y)) {
    for (const range of result.ranges) {
      const item = painter.highlightOf(range);
      if (item !== undefined) hits.set(item.id, item);
    }
  }
  return [...hits.values()].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
}
