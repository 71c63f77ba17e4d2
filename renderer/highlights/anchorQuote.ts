// Finds a stored highlight in an article's (possibly changed) canonical text, in the order
// docs/highlights.md gives: the stored position if the quote is still there; else the exact quote
// nearest the old position, preferring matching context; else an approximate match
// (approx-string-match) scored on quote, prefix, suffix and distance; else nothing, and the
// caller keeps the highlight as an orphan.
//
// Searches start in a window around the old position and widen only when needed, so that
// re-anchoring thousands of highlights in a long article stays cheap.

import search from 'approx-string-match';
import type { TextSelectors } from './quoteSelector';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: how well quote and context agree. */
  score: number;
}

const INITIAL_WINDOW = 512;
/** Near its old place, a fuzzy match must agree with the quote on this share of characters. */
const NEAR_SIMILARITY = 0.75;
/** Anywhere else in the text, it must agree more closely. */
const FAR_SIMILARITY = 0.9;
/** Pieces of a quote that occur more often than this are useless as filters. */
const MAX_PIECE_HITS = 64;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** How much of the stored prefix and suffix surrounds [start, end) in `text`, 0..1. */
function contextScore(text: string, start: number, end: number, selectors: TextSelectors): number {
  const prefixWanted = selectors.prefix.length;
  const suffixWanted = selectors.suffix.length;
  if (prefixWanted + suffixWanted === 0) return 1;
  const prefix = commonSuffixLength(text.slice(Math.max(0, start - prefixWanted), start), selectors.prefix);
  const suffix = commonPrefixLength(text.slice(end, end + suffixWanted), selectors.suffix);
  return (prefix + suffix) / (prefixWanted + suffixWanted);
}

function positionScore(start: number, hint: number, textLength: number): number {
  return textLength === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / textLength);
}

function exactMatch(text: string, selectors: TextSelectors): Anchor | null {
  const { exact } = selectors;
  let window = INITIAL_WINDOW + exact.length;
  let best: Anchor | null = null;
  for (;;) {
    const from = Math.max(0, selectors.start - window);
    const to = Math.min(text.length, selectors.end + window);
    // Search a slice, so a miss costs the window and not the rest of a long article.
    const slice = text.slice(from, to);
    for (let at = slice.indexOf(exact); at !== -1; at = slice.indexOf(exact, at + 1)) {
      const start = from + at;
      const context = contextScore(text, start, start + exact.length, selectors);
      // Context decides; distance only breaks ties between equally fitting places.
      const score = context * 0.9 + positionScore(start, selectors.start, text.length) * 0.1;
      if (best === null || score > best.score) best = { start, end: start + exact.length, method: 'exact', score };
    }
    const searchedAll = from === 0 && to === text.length;
    if ((best !== null && best.score >= 0.9) || searchedAll) return best;
    window *= 8;
  }
}

function fuzzyIn(
  text: string,
  selectors: TextSelectors,
  from: number,
  to: number,
  minSimilarity: number,
): Anchor | null {
  const { exact } = selectors;
  const maxErrors = Math.floor(exact.length * (1 - minSimilarity));
  if (maxErrors === 0) return null;
  const slice = text.slice(from, to);
  let best: Anchor | null = null;
  for (const match of search(slice, exact, maxErrors)) {
    const start = from + match.start;
    const end = from + match.end;
    const quote = 1 - match.errors / exact.length;
    const score =
      quote * 0.6 +
      contextScore(text, start, end, selectors) * 0.3 +
      positionScore(start, selectors.start, text.length) * 0.1;
    if (best === null || score > best.score) best = { start, end, method: 'fuzzy', score };
  }
  return best;
}

/**
 * Regions of `text` where `pattern` could occur with at most `maxErrors` edits. Pigeonhole:
 * cut the pattern into maxErrors + 1 pieces; any such occurrence contains one piece verbatim,
 * and the native indexOf finds those fast.
 */
function candidateRegions(text: string, pattern: string, maxErrors: number): Array<[number, number]> {
  const pieces = maxErrors + 1;
  const pieceLength = Math.floor(pattern.length / pieces);
  const regions: Array<[number, number]> = [];
  for (let i = 0; i < pieces; i += 1) {
    const offset = i * pieceLength;
    const piece = pattern.slice(offset, i === pieces - 1 ? pattern.length : offset + pieceLength);
    let hits = 0;
    for (
      let at = text.indexOf(piece);
      at !== -1 && hits < MAX_PIECE_HITS;
      at = text.indexOf(piece, at + 1), hits += 1
    ) {
      regions.push([
        Math.max(0, at - offset - maxErrors),
        Math.min(text.length, at - offset + pattern.length + maxErrors),
      ]);
    }
  }
  regions.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last !== undefined && region[0] <= last[1]) last[1] = Math.max(last[1], region[1]);
    else merged.push([region[0], region[1]]);
  }
  return merged;
}

function fuzzyMatch(text: string, selectors: TextSelectors): Anchor | null {
  const span = selectors.exact.length * 2 + INITIAL_WINDOW * 4;
  const nearFrom = Math.max(0, selectors.start - span);
  const nearTo = Math.min(text.length, selectors.end + span);
  const near = fuzzyIn(text, selectors, nearFrom, nearTo, NEAR_SIMILARITY);
  if (near !== null || (nearFrom === 0 && nearTo === text.length)) return near;
  // Far from where it was, ask for a closer likeness: a passage both moved and rewritten is
  // better shown as an orphan than pinned to the wrong place.
  const maxErrors = Math.floor(selectors.exact.length * (1 - FAR_SIMILARITY));
  if (maxErrors === 0) return null;
  let best: Anchor | null = null;
  for (const [from, to] of candidateRegions(text, selectors.exact, maxErrors)) {
    const found = fuzzyIn(text, selectors, from, to, FAR_SIMILARITY);
    if (found !== null && (best === null || found.score > best.score)) best = found;
  }
  return best;
}

export function anchorQuote(text: string, selectors: TextSelectors): Anchor | null {
  const { start, end, exact } = selectors;
  if (exact === '') return null;
  // The stored position counts only if its surroundings agree too: after an edit, another
  // occurrence of the same words can slide into the old place.
  if (start >= 0 && end <= text.length && text.slice(start, end) === exact) {
    const context = contextScore(text, start, end, selectors);
    if (context >= 0.5) return { start, end, method: 'position', score: context };
  }
  return exactMatch(text, selectors) ?? fuzzyMatch(text, selectors);
}
