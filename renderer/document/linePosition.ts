// The reading position to the line: which line of the first visible block is the top one, as a
// canonical offset, and scrolling so that line is at the top again. Lines are laid out in text
// order inside a block, so the first character whose box reaches below the top is found by a
// binary search over the block's offsets: a dozen range measurements even in a long paragraph,
// and only when the position is saved (at most once a second), not on every scroll frame.

import { holdInPlace, type SettlingScroll } from './readingPosition';
import type { TextMap } from './textMap';

/** How much of a line must show below the top for it to count as the top line (pixels). */
const VISIBLE_PART = 2;

/** The box of the character at `offset`, or null where there is none (a separator, a gap). */
function charBox(map: TextMap, offset: number): DOMRect | null {
  const range = map.rangeFor(offset, offset + 1);
  if (range === null) return null;
  const rects = range.getClientRects();
  // A character's box is one rectangle; a collapsed space at a line end may have none.
  const rect = rects[0] ?? null;
  return rect === null || (rect.width === 0 && rect.height === 0) ? null : rect;
}

/** The nearest box at or after `offset` within [offset, end), looking a few characters on. */
function boxFrom(map: TextMap, offset: number, end: number): DOMRect | null {
  for (let at = offset; at < end && at < offset + 8; at += 1) {
    const box = charBox(map, at);
    if (box !== null) return box;
  }
  return null;
}

/**
 * The canonical offset of the first line of block `block` that shows below `top` (client
 * pixels): the first character of that line, or the block's start when its first line shows
 * (or the block has no text to measure).
 */
export function topLineOffset(map: TextMap, block: number, top: number): number {
  const start = map.blockStart(block);
  const end = map.blockEnd(block);
  const first = boxFrom(map, start, end);
  if (first === null || first.bottom > top + VISIBLE_PART) return start;
  // Invariant: the line at `low` is above the top; find the first offset whose box shows.
  let low = start;
  let high = end;
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    const box = boxFrom(map, mid, high);
    if (box === null || box.bottom > top + VISIBLE_PART) high = mid;
    else low = mid;
  }
  return Math.min(high, end);
}

/**
 * Whether the characters at offsets `a` and `b` sit on one line (their boxes' middles are less
 * than half a box apart vertically); false when either has no box to measure.
 */
export function onOneLine(map: TextMap, a: number, b: number): boolean {
  const first = boxFrom(map, a, map.blockEnd(map.blockAt(a)));
  const second = boxFrom(map, b, map.blockEnd(map.blockAt(b)));
  if (first === null || second === null) return false;
  const middle = (rect: DOMRect) => rect.top + rect.height / 2;
  return Math.abs(middle(first) - middle(second)) < Math.min(first.height, second.height) / 2;
}

/**
 * Scrolls so the line holding `offset` starts `inset()` pixels from the top, and keeps it there
 * while the blocks around it are laid out (holdInPlace). An offset with no text to measure (an
 * image, a rule) goes to its block's start.
 */
export function scrollToLine(map: TextMap, offset: number, inset: () => number): SettlingScroll {
  const block = map.blockAt(offset);
  return holdInPlace(() => {
    const box = offset > map.blockStart(block) ? boxFrom(map, offset, map.blockEnd(block)) : null;
    const rect = box ?? map.blockElement(block)?.getBoundingClientRect() ?? null;
    return rect === null ? null : rect.top - inset();
  });
}
