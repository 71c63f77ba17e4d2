// Query evaluation over the postings (index/postingIndex.ts), scored with BM25+ exactly as
// MiniSearch scored it before the index was ours (the same field statistics, documents.ts).
// Every word must match (AND); a word matches through its normalized form (counted
// EXACT_FORM_BOOST times), its stem keys (the stem with each compatible suffix class,
// analyzer/stemKeys.ts), and — while it is being typed — the indexed words its form begins,
// weighted down as MiniSearch weights prefix matches. (Completing the stem as well adds little:
// the words it would reach mostly share the stem already, and a short stem begins thousands of
// terms.)
//
// The rarest word goes first and fixes the candidates; each other word is only looked up for
// those. A query is therefore as costly as its rarest word, not its most common one; and when
// even that word is in more than MAX_SCORED_DOCUMENTS documents (في, من, a prefix like الم),
// only an even sample of them (by document number) is scored: ranking among tens of thousands
// of documents that share a function word means little, and the answer must come while typing.
// Which documents that sample takes, per group, is sampling.ts.

import type { QueryTerm } from '../../text/analyzer/query';
import type { DocumentTable } from './documents';
import type { FieldPostings, PostingIndex } from './index/postingIndex';
import { ScoredDocuments } from './scoredDocuments';
import { samplingStrides, stridesByShape, WHOLE, type Strides } from './sampling';

export { MAX_SCORED_DOCUMENTS } from './sampling';

/** An exact form counts this much more than a shared stem, so "المكتبات" ranks its own form first. */
const EXACT_FORM_BOOST = 2;
/** MiniSearch's defaults: BM25+ parameters, and the weight of a prefix match. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
/** A prefix is completed with at most this many words: the most frequent (then the first in order) of all it begins. */
export const MAX_EXPANSIONS = 20;

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** One query word as index terms, and how many documents those hold at most. */
export interface PlannedWord {
  terms: WeightedTerm[];
  frequency: number;
}

export function planWord(index: PostingIndex, word: QueryTerm): PlannedWord {
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
  };
  add(word.term, EXACT_FORM_BOOST);
  for (const key of word.stemKeys) add(key, 1);
  if (word.prefix) {
    const prefix = word.term;
    for (const { term } of index.frequentCompletions(prefix, MAX_EXPANSIONS)) {
      const weight = EXACT_FORM_BOOST * PREFIX_WEIGHT;
      add(term, (weight * term.length) / (term.length + 0.3 * (term.length - prefix.length)));
    }
  }
  const terms: WeightedTerm[] = [];
  let frequency = 0;
  for (const [term, weight] of weights) {
    const count = index.documentFrequency(term);
    if (count === 0) continue;
    terms.push({ term, weight });
    frequency += count;
  }
  return { terms, frequency };
}

/** BM25+'s inverse document frequency: the same for every posting of one term in one field. */
function inverseDocumentFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

function bm25(
  termFrequency: number,
  inverseFrequency: number,
  fieldLength: number,
  averageFieldLength: number,
): number {
  const saturation =
    (termFrequency * (BM25.k + 1)) /
    (termFrequency + BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / averageFieldLength));
  return inverseFrequency * (BM25.d + saturation);
}

export interface Scores {
  /** Score by document number, for every document that matches all the words. */
  scores: ScoredDocuments;
  /** Per group, 1, or n when only the group's documents whose number is a multiple of n were scored. */
  strides: Strides;
}

/** Scores a posting of one term in one field: what is the same for all of the list is worked out once. */
type PostingScore = (doc: number, frequency: number) => number;

export function scoreDocuments(
  index: PostingIndex,
  documents: DocumentTable,
  words: readonly PlannedWord[],
  fieldBoosts: readonly number[],
  /** A table to score in, reset first (an engine keeps one for all its queries); by default a new one. */
  table?: ScoredDocuments,
): Scores {
  const scores = table ?? new ScoredDocuments(documents.documentLimit);
  table?.reset(documents.documentLimit);
  if (words.length === 0 || words.some((word) => word.terms.length === 0)) return { scores, strides: WHOLE };
  const total = documents.documentCount;
  const checkDiscarded = documents.hasDiscarded;
  const [rarest, ...others] = [...words].sort((a, b) => a.frequency - b.frequency);
  const rarestLists = rarest!.terms.map(({ term, weight }) => ({ weight, lists: index.postings(term) }));
  const strides = samplingStrides(
    documents,
    rarest!.frequency,
    rarestLists.flatMap(({ lists }) => lists),
  );
  const sampled = strides !== WHOLE;
  const shapes = documents.shapeCodes;
  const shapeStride = stridesByShape(strides);
  const scorer = (weight: number, postings: FieldPostings): PostingScore => {
    const boosted = weight * (fieldBoosts[postings.field] ?? 1);
    const inverseFrequency = inverseDocumentFrequency(postings.count, total);
    const averageLength = documents.averageFieldLength(postings.field);
    return (doc, frequency) =>
      boosted * bm25(frequency, inverseFrequency, documents.fieldLength(doc, postings.field), averageLength);
  };

  for (const { weight, lists } of rarestLists) {
    for (const postings of lists) {
      const score = scorer(weight, postings);
      const visit = (doc: number, frequency: number) => {
        if (checkDiscarded && !documents.isLive(doc)) return; // not yet merged away
        scores.add(doc, score(doc, frequency));
      };
      if (sampled) postings.forEachSampled(shapes, shapeStride, visit);
      else postings.forEach(visit);
    }
  }

  for (const word of others) {
    const lists = word.terms.map(({ term, weight }) =>
      index.postings(term).map((postings) => ({ postings, score: scorer(weight, postings) })),
    );
    const lookups = lists.reduce((sum, fields) => sum + fields.length, 0);
    scores.beginWord();
    if (word.frequency < scores.size * lookups) {
      // Fewer postings than lookups: walk the word's postings.
      for (const fields of lists) {
        for (const { postings, score } of fields) {
          postings.forEach((doc, frequency) => {
            if (scores.has(doc)) scores.addExtra(doc, score(doc, frequency));
          });
        }
      }
    } else {
      for (const doc of scores.keys()) {
        let sum = 0;
        for (const fields of lists) {
          for (const { postings, score } of fields) {
            const frequency = postings.frequency(doc);
            if (frequency !== 0) sum += score(doc, frequency);
          }
        }
        if (sum > 0) scores.addExtra(doc, sum);
      }
    }
    scores.endWord();
  }
  return { scores, strides };
}

/** The index terms of the query that a document holds: what its snippet should mark. */
export function matchedTerms(index: PostingIndex, words: readonly PlannedWord[], doc: number): string[] {
  const matched: string[] = [];
  for (const word of words) {
    for (const { term } of word.terms) {
      if (index.postings(term).some((postings) => postings.frequency(doc) !== 0)) matched.push(term);
    }
  }
  return matched;
}
