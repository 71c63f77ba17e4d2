// Query evaluation over the postings of a MiniSearch index (read through IndexInternals), scored
// with BM25 exactly as MiniSearch scores it. Every word must match (AND); a word matches
// through its normalized form (counted EXACT_FORM_BOOST times), its stem keys (the stem with
// each compatible suffix class, analyzer/stemKeys.ts), and — while it is
// being typed — the indexed words its form begins, weighted down as MiniSearch weights prefix
// matches. (Completing the stem as well adds little: the words it would reach mostly share the
// stem already, and a short stem begins thousands of terms.)
//
// The rarest word goes first and fixes the candidates; each other word is only looked up for
// those. A query is therefore as costly as its rarest word, not its most common one; and when
// even that word is in more than MAX_SCORED_DOCUMENTS documents (في, من, a prefix like الم),
// only an even sample of them (by document number) is scored: ranking among tens of thousands
// of documents that share a function word means little, and the answer must come while typing.

import type { QueryTerm } from '../../../renderer/text/analyzer/query';
import type { IndexInternals } from './indexInternals';

/** An exact form counts this much more than a shared stem, so "المكتبات" ranks its own form first. */
const EXACT_FORM_BOOST = 2;
/** MiniSearch's defaults: BM25+ parameters, and the weight of a prefix match. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
/** A prefix is completed with at most this many words, the most frequent of the first scanned. */
const MAX_EXPANSIONS = 20;
const EXPANSION_SCAN_LIMIT = 300;
export const MAX_SCORED_DOCUMENTS = 3_000;

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** One query word as index terms, and how many documents those hold at most. */
export interface PlannedWord {
  terms: WeightedTerm[];
  frequency: number;
}

/**
 * `allCompletions` (not in the shipped version): complete a prefix from all the terms it begins,
 * the most frequent first and ties in term order, as the packed index does, rather than from the
 * first 300 in the order of MiniSearch's radix tree: the one rule the two engines differ by on
 * purpose, set when this engine is the oracle of the new one.
 */
export function planWord(reader: IndexInternals, word: QueryTerm, allCompletions = false): PlannedWord {
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
  };
  const expand = (prefix: string, weight: number) => {
    const completions = reader
      .expansions(prefix, allCompletions ? Infinity : EXPANSION_SCAN_LIMIT)
      .sort(
        (a, b) => b.frequency - a.frequency || (allCompletions ? (a.term < b.term ? -1 : a.term > b.term ? 1 : 0) : 0),
      )
      .slice(0, MAX_EXPANSIONS);
    for (const { term } of completions) {
      add(term, (weight * PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - prefix.length)));
    }
  };

  add(word.term, EXACT_FORM_BOOST);
  for (const key of word.stemKeys) add(key, 1);
  if (word.prefix) expand(word.term, EXACT_FORM_BOOST);
  const terms: WeightedTerm[] = [];
  let frequency = 0;
  for (const [term, weight] of weights) {
    const count = reader.documentFrequency(term);
    if (count === 0) continue;
    terms.push({ term, weight });
    frequency += count;
  }
  return { terms, frequency };
}

function bm25(
  termFrequency: number,
  matching: number,
  total: number,
  fieldLength: number,
  averageFieldLength: number,
): number {
  const inverseDocumentFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  const saturation =
    (termFrequency * (BM25.k + 1)) /
    (termFrequency + BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / averageFieldLength));
  return inverseDocumentFrequency * (BM25.d + saturation);
}

export interface Scores {
  /** Score by MiniSearch short id, for every document that matches all the words. */
  scores: Map<number, number>;
  /** 1, or n when only documents whose short id is a multiple of n were scored. */
  stride: number;
}

export function scoreDocuments(
  reader: IndexInternals,
  words: readonly PlannedWord[],
  fieldBoosts: ReadonlyMap<number, number>,
  /** Whether a document may be left out of a sample: an article's block (the packed engine's rule). */
  sampled: (shortId: number) => boolean = () => true,
): Scores {
  let scores = new Map<number, number>();
  if (words.length === 0 || words.some((word) => word.terms.length === 0)) return { scores, stride: 1 };
  const total = reader.documentCount;
  const checkDiscarded = reader.hasDiscarded;
  const [rarest, ...others] = [...words].sort((a, b) => a.frequency - b.frequency);
  const stride = Math.max(1, Math.ceil(rarest!.frequency / MAX_SCORED_DOCUMENTS));
  const score = (
    weight: number,
    fieldId: number,
    documents: ReadonlyMap<number, number>,
    shortId: number,
    frequency: number,
  ) =>
    weight *
    (fieldBoosts.get(fieldId) ?? 1) *
    bm25(frequency, documents.size, total, reader.fieldLength(shortId, fieldId), reader.averageFieldLength(fieldId));

  // forEach rather than for…of in the hot loops: no entry arrays to allocate.
  for (const { term, weight } of rarest!.terms) {
    reader.postings(term)?.forEach((documents, fieldId) => {
      documents.forEach((frequency, shortId) => {
        if (shortId % stride !== 0 && sampled(shortId)) return;
        if (checkDiscarded && reader.documentId(shortId) === undefined) return; // not yet vacuumed
        scores.set(shortId, (scores.get(shortId) ?? 0) + score(weight, fieldId, documents, shortId, frequency));
      });
    });
  }

  for (const word of others) {
    const postings = word.terms.map(({ term, weight }) => ({ weight, fields: [...(reader.postings(term) ?? [])] }));
    const lookups = postings.reduce((sum, { fields }) => sum + fields.length, 0);
    const added = new Map<number, number>();
    if (word.frequency < scores.size * lookups) {
      // Fewer postings than lookups: walk the word's postings.
      for (const { weight, fields } of postings) {
        for (const [fieldId, documents] of fields) {
          documents.forEach((frequency, shortId) => {
            if (scores.has(shortId))
              added.set(shortId, (added.get(shortId) ?? 0) + score(weight, fieldId, documents, shortId, frequency));
          });
        }
      }
    } else {
      for (const shortId of scores.keys()) {
        let sum = 0;
        for (const { weight, fields } of postings) {
          for (const [fieldId, documents] of fields) {
            const frequency = documents.get(shortId);
            if (frequency !== undefined) sum += score(weight, fieldId, documents, shortId, frequency);
          }
        }
        if (sum > 0) added.set(shortId, sum);
      }
    }
    const next = new Map<number, number>();
    for (const [shortId, extra] of added) next.set(shortId, scores.get(shortId)! + extra);
    scores = next;
  }
  return { scores, stride };
}

/** The index terms of the query that a document holds: what its snippet should mark. */
export function matchedTerms(reader: IndexInternals, words: readonly PlannedWord[], shortId: number): string[] {
  const matched: string[] = [];
  for (const word of words) {
    for (const { term } of word.terms) {
      for (const documents of reader.postings(term)?.values() ?? []) {
        if (documents.has(shortId)) {
          matched.push(term);
          break;
        }
      }
    }
  }
  return matched;
}
