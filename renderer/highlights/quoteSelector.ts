// The two selectors a highlight is stored with (W3C Web Annotation, as Hypothesis does): a
// position in the canonical text, and the quoted text with some context on each side, so it
// can be found again after the article's text changes.

export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface PositionSelector {
  readonly start: number;
  readonly end: number;
}

export type TextSelectors = QuoteSelector & PositionSelector;

export function describeRange(text: string, start: number, end: number): TextSelectors {
  if (start < 0 || end > text.length || start >= end)
    throw new RangeError(`Bad range ${start}–${end} in a text of ${text.length}`);
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}
