// Selection and pointer ⇄ canonical offsets: the range a DOM selection covers inside the article
// body, trimmed of the white space and block separators at its ends (a triple-click selects the
// paragraph and the line break after it; a highlight should be the paragraph), and the offset
// under a point on screen (for clicking a highlight: the caret position at the point, mapped by
// the text map).

import type { TextMap } from './textMap';

export interface TextRange {
  start: number;
  end: number;
}

export function trimRange(text: string, { start, end }: TextRange): TextRange | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  return to > from ? { start: from, end: to } : null;
}

export function selectionOffsets(selection: Selection | null, map: TextMap, canonical: string): TextRange | null {
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  // A Range is always in document order, whichever way the user dragged.
  const range = selection.getRangeAt(0);
  const start = map.offsetAt(range.startContainer, range.startOffset);
  const end = map.offsetAt(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return trimRange(canonical, { start, end });
}

/** The canonical offset under a client point: caretPositionFromPoint, or WebKit's caretRangeFromPoint. */
export function offsetFromPoint(map: TextMap, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return map.offsetAt(position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? map.offsetAt(range.startContainer, range.startOffset) : null;
}
