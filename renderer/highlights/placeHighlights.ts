// Where each stored highlight sits in the article as it is now. A highlight made on this very
// text (same content hash) keeps its stored position; one made on an earlier version of the
// article is re-anchored by its quote (anchorQuote), and what cannot be placed is an orphan:
// kept, listed with its quote, never dropped.

import type { HighlightRow } from '../db/types';
import { anchorQuote } from './anchorQuote';

export interface PlacedHighlight {
  row: HighlightRow;
  start: number;
  end: number;
}

export interface Placement {
  placed: PlacedHighlight[];
  orphans: HighlightRow[];
  /** Placed highlights whose stored position or hash is out of date, to write back. */
  moved: PlacedHighlight[];
}

export function placeHighlights(rows: readonly HighlightRow[], canonical: string, contentHash: string): Placement {
  const placed: PlacedHighlight[] = [];
  const orphans: HighlightRow[] = [];
  const moved: PlacedHighlight[] = [];
  for (const row of rows) {
    if (row.contentHash === contentHash && row.end <= canonical.length) {
      placed.push({ row, start: row.start, end: row.end });
      continue;
    }
    const anchor = anchorQuote(canonical, row);
    if (anchor === null) {
      orphans.push(row);
      continue;
    }
    const place = { row, start: anchor.start, end: anchor.end };
    placed.push(place);
    moved.push(place);
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { placed, orphans, moved };
}
