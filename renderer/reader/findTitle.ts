// Find covers the article's title as well as its body. The title is not part of the canonical
// text (every stored offset points into the body), so it is matched on its own, with the same
// rules (find.ts), and its matches come first: the title stands above the body. A match in the
// title is painted on the same find layers as the body's, over the title's own text nodes.

import {
  analyzeForFind,
  findMatches,
  firstMatchFrom,
  matchHolding,
  matchSpans,
  prepareFind,
  type FindMatch,
  type FindResult,
  type PreparedFind,
  type TextSpan,
} from './find';

/** One match of find: in the title (offsets into the title) or in the body (canonical offsets). */
export interface Found {
  readonly inTitle: boolean;
  readonly match: FindMatch;
}

/** The title prepared for matching: short, so analyzed at once. */
export function prepareTitleFind(title: string): PreparedFind {
  return analyzeForFind(prepareFind(title));
}

/**
 * The title's matches followed by the body's. The title's count only for the query as typed (a
 * correction of a word in the title would name a spelling the body may not have); when the title
 * has the word as typed and the body only a correction of it, the body's corrected matches are
 * left out, so that the bar never names a correction the title does not need.
 */
export function combineFound(title: PreparedFind, query: string, body: FindResult | null): readonly Found[] {
  const inTitle = findMatches(title, query);
  const titleMatches = inTitle === null || inTitle.corrected !== undefined ? [] : inTitle.matches;
  const bodyMatches = body === null || (titleMatches.length > 0 && body.corrected !== undefined) ? [] : body.matches;
  return [
    ...titleMatches.map((match) => ({ inTitle: true, match })),
    ...bodyMatches.map((match) => ({ inTitle: false, match })),
  ];
}

/**
 * Index of the match to show first: the title's first when the title is on screen, otherwise the
 * body's first at or after the reading position (find.ts), otherwise the title's.
 */
export function firstFound(found: readonly Found[], body: FindResult | null, titleVisible: boolean, offset: number) {
  const titleCount = found.filter((entry) => entry.inTitle).length;
  if (titleCount > 0 && (titleVisible || found.length === titleCount || body === null)) return 0;
  return body === null || found.length === titleCount ? 0 : titleCount + firstMatchFrom(body, offset);
}

/**
 * After the body's analysis joins in: stay on the title's match the reader was on (the title is
 * analyzed from the start, so its matches do not change), or on the body's match that holds `offset`.
 */
export function foundHolding(
  found: readonly Found[],
  body: FindResult | null,
  before: number,
  wasInTitle: boolean,
  offset: number,
) {
  const titleCount = found.filter((entry) => entry.inTitle).length;
  if (wasInTitle && titleCount > 0) return Math.min(before, titleCount - 1);
  return body === null || found.length === titleCount ? 0 : titleCount + matchHolding(body, offset);
}

/** Live ranges over an element's text for spans of its text content (the title's text nodes). */
export function rangesInElement(element: HTMLElement, spans: readonly TextSpan[]): Range[] {
  const nodes: { node: Text; start: number }[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: at });
    at += (node as Text).data.length;
  }
  const point = (offset: number): [Text, number] | null => {
    for (const entry of nodes)
      if (offset <= entry.start + entry.node.data.length) return [entry.node, offset - entry.start];
    return null;
  };
  const ranges: Range[] = [];
  for (const span of spans) {
    const start = point(span.start);
    const end = point(span.end);
    if (start === null || end === null) continue;
    const range = element.ownerDocument.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    ranges.push(range);
  }
  return ranges;
}

/** The spans of the found entries that are in the title. */
export function titleSpans(found: readonly Found[]): TextSpan[] {
  return found.filter((entry) => entry.inTitle).flatMap((entry) => matchSpans(entry.match));
}
