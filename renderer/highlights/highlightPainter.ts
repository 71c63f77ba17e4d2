// Paints the user's highlights with the CSS Custom Highlight API (reader/cssHighlights.ts):
// one named Highlight per colour, one for "has a note" and one for the selected highlight,
// coloured in styles/app.css. The article's DOM is never touched, so React keeps owning it
// and thousands of highlights stay cheap. Where colours overlap, the later one in
// COLOUR_ORDER is drawn on top.

import type { HighlightColor } from '../db/types';
import { clearRanges, HIGHLIGHT_PRIORITY, paintRanges } from '../reader/cssHighlights';

export const COLOUR_ORDER: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
export const NOTE_HIGHLIGHT = 'hamish-note';
export const SELECTED_HIGHLIGHT = 'hamish-selected';

export function colourHighlightName(color: HighlightColor): string {
  return `hamish-${color}`;
}

export interface PaintableHighlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly color: HighlightColor;
  readonly hasNote: boolean;
}

/** Maps a canonical-text range to a DOM range (TextMap.staticRangeFor); null when not rendered. */
export type RangeFor = (start: number, end: number) => AbstractRange | null;

export interface PaintResult {
  painted: number;
  /** Ids with no range in the DOM (listed elsewhere, e.g. as orphans). */
  unpainted: string[];
}

export function paintHighlights(items: readonly PaintableHighlight[], rangeFor: RangeFor, selectedId: string | null = null): PaintResult {
  const byColour = new Map<HighlightColor, AbstractRange[]>(COLOUR_ORDER.map((color) => [color, []]));
  const withNotes: AbstractRange[] = [];
  const selected: AbstractRange[] = [];
  const unpainted: string[] = [];
  for (const item of items) {
    const range = rangeFor(item.start, item.end);
    if (range === null) {
      unpainted.push(item.id);
      continue;
    }
    byColour.get(item.color)!.push(range);
    if (item.hasNote) withNotes.push(range);
    if (item.id === selectedId) selected.push(range);
  }
  COLOUR_ORDER.forEach((color, index) => paintOrClear(colourHighlightName(color), byColour.get(color)!, HIGHLIGHT_PRIORITY.colour + index));
  paintOrClear(NOTE_HIGHLIGHT, withNotes, HIGHLIGHT_PRIORITY.note);
  paintOrClear(SELECTED_HIGHLIGHT, selected, HIGHLIGHT_PRIORITY.selected);
  return { painted: items.length - unpainted.length, unpainted };
}

export function clearHighlights(): void {
  for (const color of COLOUR_ORDER) clearRanges(colourHighlightName(color));
  clearRanges(NOTE_HIGHLIGHT);
  clearRanges(SELECTED_HIGHLIGHT);
}

function paintOrClear(name: string, ranges: readonly AbstractRange[], priority: number): void {
  if (ranges.length === 0) clearRanges(name);
  else paintRanges(name, ranges, priority);
}
