// Find in article: the query and the article are folded by the search analyzer's
// normalization (text/arabicNormalize.ts: diacritics, tatweel, alef and hamza forms, ى/ي, ة/ه,
// digits), matched as plain substrings, and each match is mapped back to the original
// canonical-text range through the normalizer's offset map.

import { normalizeForSearch, normalizeText, originalRange, type NormalizedText } from '../text/arabicNormalize';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Folds the article once; every query after that is one scan. */
export function prepareFind(canonical: string): NormalizedText {
  return normalizeForSearch(canonical);
}

/**
 * Every non-overlapping match of `query` in the folded article, in canonical-text offsets,
 * in text order; null when the query folds to nothing to look for (only marks or spaces).
 */
export function findMatches(prepared: NormalizedText, query: string): TextSpan[] | null {
  const needle = normalizeText(query);
  if (needle.trim() === '') return null;
  const matches: TextSpan[] = [];
  const haystack = prepared.text;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    matches.push(originalRange(prepared, at, at + needle.length));
  }
  return matches;
}

/** Index of the first match that starts at or after `offset`, wrapping to the first match. */
export function firstMatchFrom(matches: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (matches[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low < matches.length ? low : 0;
}
