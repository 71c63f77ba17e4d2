// Marking matched words and cutting a snippet around them, in original-text offsets: the
// analyzer's tokens carry original ranges, so what is marked is exactly what the user wrote,
// diacritics and tatweel included.

import type { Token } from '../../text/analyzer/analyze';
import type { QueryTerm } from '../../text/analyzer/query';
import type { Snippet, TextRange } from '../types';

/** Ranges of the tokens that produced one of the matched index terms. */
export function markedRanges(tokens: readonly Token[], matchedTerms: ReadonlySet<string>): TextRange[] {
  return tokens
    .filter((token) => token.keys.some((key) => matchedTerms.has(key)))
    .map(({ start, end }) => ({ start, end }));
}

/** Whether a token answers a query word by the same rule as the index: any of its terms is the word's form or one of its stem keys. */
function tokenAnswers(token: Token, query: QueryTerm): boolean {
  return token.keys.some((key) => key === query.term || query.stemKeys.includes(key));
}

/** Each place where the phrase's words stand side by side, in order. */
export function phraseRanges(tokens: readonly Token[], phrase: readonly QueryTerm[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (let i = 0; i + phrase.length <= tokens.length; i += 1) {
    if (phrase.every((word, k) => tokenAnswers(tokens[i + k]!, word))) {
      ranges.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end });
    }
  }
  return ranges;
}

export const SNIPPET_LENGTH = 200;
const CONTEXT_BEFORE = 60;

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** About SNIPPET_LENGTH characters around the first mark, cut at spaces, marks made relative. */
export function makeSnippet(text: string, marks: readonly TextRange[]): Snippet {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let start = 0;
  let end = text.length;
  if (text.length > SNIPPET_LENGTH) {
    const first = sorted[0]?.start ?? 0;
    start = Math.max(0, Math.min(first - CONTEXT_BEFORE, text.length - SNIPPET_LENGTH));
    end = Math.min(text.length, start + SNIPPET_LENGTH);
    // Move the cuts to word boundaries, never past the first mark.
    while (start > 0 && start < first && !isSpace(text[start - 1])) start += 1;
    while (end < text.length && end > start && !isSpace(text[end])) end -= 1;
    if (end <= start) end = Math.min(text.length, start + SNIPPET_LENGTH);
  }
  const piece = text.slice(start, end);
  const leading = piece.length - piece.trimStart().length;
  const shown = piece.trim();
  const offset = start + leading;
  return {
    text: shown,
    marks: sorted
      .filter((mark) => mark.start >= offset && mark.end <= offset + shown.length)
      .map((mark) => ({ start: mark.start - offset, end: mark.end - offset })),
    cutStart: start > 0,
    cutEnd: end < text.length,
  };
}
