// Typo tolerance: when a query word of five letters or more finds nothing, the indexed term
// within one edit of it (Levenshtein distance 1 on the normalized form) that most documents
// hold takes its place, and the answer says so ("Showing results for …"). What it needs from
// an index is one question, NearTerms, so that it ports to any engine that can answer it.

import { normalizeForSearch, type NormalizedText } from '../arabicNormalize';

/** The one thing typo tolerance asks of an index. */
export interface NearTerms {
  /** Indexed terms within edit distance 1 of `term` (itself excluded), each with how many documents hold it. */
  termsWithinOneEdit(term: string): { term: string; frequency: number }[];
}

/** Shorter words have too many neighbours one letter away to guess from. */
export const MIN_FUZZY_LETTERS = 5;

/** Stem keys carry a class and ~ (stemKeys.ts): not words anyone typed. */
export const isWordTerm = (term: string): boolean => !term.includes('~') && !term.includes('|');

/** The most common indexed word one edit away from `term`, or null. Ties go to the first in code-point order. */
export function correctionFor(term: string, index: NearTerms): string | null {
  if ([...term].length < MIN_FUZZY_LETTERS) return null;
  let best: { term: string; frequency: number } | null = null;
  for (const near of index.termsWithinOneEdit(term)) {
    if (near.term === term || !isWordTerm(near.term) || near.frequency === 0) continue;
    if (
      best === null ||
      near.frequency > best.frequency ||
      (near.frequency === best.frequency && near.term < best.term)
    )
      best = near;
  }
  return best?.term ?? null;
}

/**
 * The word as the user typed it, with the one edit that turns its normalized form into
 * `corrected`: المدبنة → المدينة keeps its ة and its diacritics. Falls back to `corrected` when
 * the two differ by more than one edit.
 */
export function respell(typed: string, corrected: string): string {
  const normalized: NormalizedText = normalizeForSearch(typed);
  const from = normalized.text;
  let head = 0;
  while (head < from.length && head < corrected.length && from[head] === corrected[head]) head += 1;
  let tail = 0;
  while (
    tail < from.length - head &&
    tail < corrected.length - head &&
    from[from.length - 1 - tail] === corrected[corrected.length - 1 - tail]
  )
    tail += 1;
  const removed = from.length - head - tail;
  const inserted = corrected.slice(head, corrected.length - tail);
  if (removed > 1 || inserted.length > 1) return corrected;
  // The original range of the normalized characters replaced (or the point of insertion).
  const start = head < from.length ? normalized.starts[head]! : typed.length;
  const end = removed === 0 ? start : normalized.ends[head + removed - 1]!;
  return typed.slice(0, start) + inserted + typed.slice(end);
}
