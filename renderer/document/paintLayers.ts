// Every named CSS highlight painted over an article, with its priority: one registry, so what is
// drawn on top where ranges overlap is decided here and nowhere else. The user's colours at the
// bottom (a later colour over an earlier one), then the note and "chosen" marks, and on top
// what the user is looking for right now: a search hit, find's matches and its current match.
// Each layer is styled by `::highlight(<name>)` in styles/app.css. A new kind of mark (a margin
// note's anchor, a review card) is one more line here and one rule there.

import { HIGHLIGHT_COLORS, type HighlightColor } from '../shared/highlightColors';

export interface PaintLayerSpec {
  /** The name in CSS.highlights, styled by ::highlight(name). */
  readonly name: string;
  /** Highlight.priority: higher is drawn on top. */
  readonly priority: number;
}

const MARKS = {
  /** A highlight that has a note (a dotted underline). */
  note: { name: 'hamish-note', priority: 10 },
  /** The highlight chosen for editing. */
  selected: { name: 'hamish-selected', priority: 11 },
  /** The search hit an article was opened at. */
  searchHit: { name: 'hamish-search-hit', priority: 20 },
  /** Every match of find in the article. */
  find: { name: 'hamish-find', priority: 21 },
  /** Find's current match. */
  findCurrent: { name: 'hamish-find-current', priority: 22 },
} as const satisfies Record<string, PaintLayerSpec>;

export type PaintLayerId = HighlightColor | keyof typeof MARKS;

export const PAINT_LAYERS: Readonly<Record<PaintLayerId, PaintLayerSpec>> = {
  ...(Object.fromEntries(
    HIGHLIGHT_COLORS.map((color, index) => [color, { name: `hamish-${color}`, priority: index }]),
  ) as Record<HighlightColor, PaintLayerSpec>),
  ...MARKS,
};
