// Typo tolerance in a query (issue 16): fuzzy.ts picks the indexed word that replaces a word
// finding nothing; this file swaps it into the parsed query and writes the query as it was
// searched ("Showing results for …").

import { analyzeQuery, type AnalyzerOptions } from '../../text/analyzer/analyze';
import type { ParsedQuery, QueryTerm } from '../../text/analyzer/query';
import { correctionFor, respell, type NearTerms } from '../../text/analyzer/fuzzy';

/** A query word that found nothing, and the indexed word one edit away that was searched instead. */
export interface Correction {
  start: number;
  end: number;
  /** The replacement as the user would have typed it (fuzzy.ts respell). */
  spelled: string;
}

/**
 * Each word that finds nothing (`finds` says), if five letters or more, replaced by the indexed
 * word one edit away that most documents hold; the query as it is then searched.
 */
export function corrected(
  query: ParsedQuery,
  typed: string,
  analyzer: AnalyzerOptions,
  near: NearTerms,
  finds: (word: QueryTerm) => boolean,
): { query: ParsedQuery; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const replaced = new Map<QueryTerm, QueryTerm>();
  for (const word of query.terms) {
    if (finds(word)) continue;
    const correction = correctionFor(word.term, near);
    const analyzed = correction === null ? undefined : analyzeQuery(correction, analyzer)[0];
    if (analyzed === undefined) continue;
    replaced.set(word, { ...word, term: analyzed.term, stemKeys: analyzed.stemKeys, prefix: false });
    corrections.push({
      start: word.start,
      end: word.end,
      spelled: respell(typed.slice(word.start, word.end), analyzed.term),
    });
  }
  if (corrections.length === 0) return { query, corrections };
  const swap = (word: QueryTerm) => replaced.get(word) ?? word;
  return {
    query: { terms: query.terms.map(swap), phrases: query.phrases.map((phrase) => phrase.map(swap)) },
    corrections,
  };
}

/** The query as typed with each corrected word replaced, or null when nothing was corrected. */
export function correctedQuery(typed: string, corrections: readonly Correction[]): string | null {
  if (corrections.length === 0) return null;
  let out = '';
  let at = 0;
  for (const { start, end, spelled } of [...corrections].sort((a, b) => a.start - b.start)) {
    out += typed.slice(at, start) + spelled;
    at = end;
  }
  return (out + typed.slice(at)).trim();
}
