// The canonical offset under a point on screen, for clicking a highlight: the caret position
// at the point (caretPositionFromPoint, or WebKit's caretRangeFromPoint) mapped by the text map.

import type { TextMap } from '../document/textMap';

export function offsetFromPoint(map: TextMap, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return map.offsetAt(position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? map.offsetAt(range.startContainer, range.startOffset) : null;
}
