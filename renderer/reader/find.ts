// Find in article, with the analyzer search uses (text/analyzer), so that a word finds what a
// search for it finds: دمشق finds بدمشق, النسبة finds وبالنسبة, مشروب finds مشروبات.
//
// Two passes serve one box. The folded substring pass (the article and the query folded by the
// one normalizer: diacritics, tatweel, letter forms, invisible characters) answers at once and
// finds part of a word as it is typed. The analyzer pass needs every word of the article
// analyzed, about a second for a 1 MB article, so it is done in slices while the reader is idle
// (continueFindAnalysis) and joins in when done. Every match is mapped back to the original
// canonical-text range, so what is painted is exactly what the article says.
//
// A little over 300 lines on purpose: the passes and the typo fallback share one prepared
// article and one notion of a match, read top to bottom; the analyzer itself is text/analyzer.
//
// A query of several words first finds them side by side (exact phrases, in text order), then
// every sentence that holds them all apart (after the phrases): such a match is its words.

import { BLOCK_SEPARATOR } from '../article/canonicalText';
import { analyze, type Token } from '../text/analyzer/analyze';
import { correctionFor, isWordTerm, respell, type NearTerms } from '../text/analyzer/fuzzy';
import { withinOneEdit } from '../text/analyzer/oneEdit';
import { parseQuery, type QueryTerm } from '../text/analyzer/query';
import { normalizeForSearch, normalizeText, originalRange, type NormalizedText } from '../text/arabicNormalize';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** One match: a span of text, or the words of a query met apart in one sentence. */
export interface FindMatch extends TextSpan {
  /** The words, when they stand apart; absent for one unbroken span. */
  readonly parts?: readonly TextSpan[];
}

export interface FindResult {
  /** Exact matches first (text order), then sentences holding the words apart (text order). */
  readonly matches: readonly FindMatch[];
  /** How many of `matches` are exact. */
  readonly exact: number;
  /** The query as corrected, when it found nothing as typed and a word one letter away did. */
  readonly corrected?: string;
}

interface AnalyzedWord extends TextSpan {
  readonly token: Token;
  /** Which sentence of the article the word is in. */
  readonly sentence: number;
}

export interface PreparedFind {
  readonly folded: NormalizedText;
  /** Filled by continueFindAnalysis, block by block. */
  readonly words: AnalyzedWord[];
  /** Each index term of the article's words (forms and stem keys) → the words' indexes, ascending. */
  readonly postings: Map<string, number[]>;
  /** Blocks analyzed so far; the article's blocks are its text cut at BLOCK_SEPARATOR. */
  analyzedBlocks: number;
  /** Each word form of the article with how often it occurs, and their letters; made on the first typo. */
  vocabulary: { counts: Map<string, number>; alphabet: Set<number> } | null;
  readonly blocks: readonly { readonly start: number; readonly text: string }[];
}

/** A sentence ends after . ! ? ؟ ؛ : and the spaces that follow, and at the end of a block. */
const SENTENCE_END = /[.!?؟؛:]\s+/gu;

/** Folds the article at once; the analyzer pass is done later (continueFindAnalysis). */
export function prepareFind(canonical: string): PreparedFind {
  const blocks: { start: number; text: string }[] = [];
  let start = 0;
  for (const text of canonical.split(BLOCK_SEPARATOR)) {
    blocks.push({ start, text });
    start += text.length + BLOCK_SEPARATOR.length;
  }
  return {
    folded: normalizeForSearch(canonical),
    words: [],
    postings: new Map(),
    analyzedBlocks: 0,
    vocabulary: null,
    blocks,
  };
}

/** Whether every word of the article has been analyzed. */
export function findAnalysisDone(prepared: PreparedFind): boolean {
  return prepared.analyzedBlocks >= prepared.blocks.length;
}

/**
 * Analyzes blocks until `timeLeft()` says the slice is spent (milliseconds) or the article is
 * done; returns whether it is done. Call again from the next idle period.
 */
export function continueFindAnalysis(prepared: PreparedFind, timeLeft: () => number): boolean {
  while (!findAnalysisDone(prepared)) {
    const block = prepared.blocks[prepared.analyzedBlocks]!;
    const sentenceEnds = [...block.text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
    let sentence = (prepared.words.at(-1)?.sentence ?? -1) + 1;
    let nextEnd = 0;
    for (const token of analyze(block.text)) {
      while (nextEnd < sentenceEnds.length && token.start >= sentenceEnds[nextEnd]!) {
        nextEnd += 1;
        sentence += 1;
      }
      for (const key of token.keys) {
        const list = prepared.postings.get(key);
        if (list === undefined) prepared.postings.set(key, [prepared.words.length]);
        else if (list.at(-1) !== prepared.words.length) list.push(prepared.words.length);
      }
      prepared.words.push({ token, sentence, start: block.start + token.start, end: block.start + token.end });
    }
    prepared.analyzedBlocks += 1;
    if (timeLeft() <= 0) break;
  }
  return findAnalysisDone(prepared);
}

/** Analyzes the whole article at once (tests, and a caller that cannot wait). */
export function analyzeForFind(prepared: PreparedFind): PreparedFind {
  continueFindAnalysis(prepared, () => Number.POSITIVE_INFINITY);
  return prepared;
}

/** The indexes of the article's words that answer one query word. */
type Matcher = ReadonlySet<number>;

/**
 * The search index's rule, read from the article's postings: one of the word's terms is the
 * query word's form or one of its stem keys; a last word still being typed also matches the
 * start of a word. A query costs the words it finds, not the article's length.
 */
function matcherOf(prepared: PreparedFind, term: QueryTerm): Matcher {
  const found = new Set<number>();
  for (const key of new Set([term.term, ...term.stemKeys]))
    for (const index of prepared.postings.get(key) ?? []) found.add(index);
  if (term.prefix)
    for (const [key, list] of prepared.postings)
      if (isWordTerm(key) && key.startsWith(term.term)) for (const index of list) found.add(index);
  return found;
}

const ascending = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);

function substringMatches(prepared: PreparedFind, needle: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const haystack = prepared.folded.text;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    spans.push(originalRange(prepared.folded, at, at + needle.length));
  }
  return spans;
}

/** Words side by side that answer the query's words in order. */
function phraseMatches(words: readonly AnalyzedWord[], terms: readonly Matcher[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let free = 0;
  for (const i of ascending(terms[0]!)) {
    if (i < free || i + terms.length > words.length) continue;
    if (!terms.every((answers, k) => answers.has(i + k))) continue;
    const last = words[i + terms.length - 1]!;
    if (last.sentence !== words[i]!.sentence) continue;
    spans.push({ start: words[i]!.start, end: last.end });
    free = i + terms.length;
  }
  return spans;
}

/** Spans in text order, with any span inside or overlapping an earlier one folded into it. */
function union(a: readonly TextSpan[], b: readonly TextSpan[]): TextSpan[] {
  const sorted = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start < last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { start: last.start, end: span.end };
    } else merged.push(span);
  }
  return merged;
}

/** Sentences that hold every query word, apart, where no exact match stands. */
function sentenceMatches(
  words: readonly AnalyzedWord[],
  terms: readonly Matcher[],
  exact: readonly TextSpan[],
): FindMatch[] {
  const matches: FindMatch[] = [];
  const answering = ascending(new Set(terms.flatMap((answers) => [...answers])));
  let exactAt = 0;
  for (let first = 0; first < answering.length;) {
    const sentence = words[answering[first]!]!.sentence;
    let end = first;
    while (end < answering.length && words[answering[end]!]!.sentence === sentence) end += 1;
    const indexes = answering.slice(first, end);
    first = end;
    if (!terms.every((answers) => indexes.some((index) => answers.has(index)))) continue;
    const parts = indexes.map((index) => ({ start: words[index]!.start, end: words[index]!.end }));
    const start = parts[0]!.start;
    const stop = parts.at(-1)!.end;
    // Every word of an exact phrase answers a query word, so such a phrase lies within the parts.
    while (exactAt < exact.length && exact[exactAt]!.end <= start) exactAt += 1;
    if (exactAt < exact.length && exact[exactAt]!.start < stop) continue;
    matches.push({ start, end: stop, parts });
  }
  return matches;
}

function matchesOf(prepared: PreparedFind, query: string, needle: string): FindResult {
  const folded = substringMatches(prepared, needle);
  // Until the analyzer pass is done (or for a query it cannot read), the folded substrings.
  const terms = findAnalysisDone(prepared) ? parseQuery(query).terms.map((term) => matcherOf(prepared, term)) : [];
  if (terms.length === 0) return { matches: folded, exact: folded.length };
  const exact = union(folded, phraseMatches(prepared.words, terms));
  const apart = terms.length > 1 ? sentenceMatches(prepared.words, terms, exact) : [];
  return { matches: [...exact, ...apart], exact: exact.length };
}

/**
 * Whether one word is the other with a letter more at its start or end: الوزيرة and الوزير,
 * الباحثة and الباحث, وزير and زير. In one article such a neighbour is usually another word the
 * user did not mean (measured on the real-text set: taking them cost find 0.03 of precision),
 * while typos fall inside a word or replace a letter.
 */
function isAffixOf(a: string, b: string): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length < longer.length && (longer.startsWith(shorter) || longer.endsWith(shorter));
}

/** The article's words as the typo fallback asks for them (text/analyzer/fuzzy.ts). */
function nearTermsOf(prepared: PreparedFind): NearTerms {
  if (prepared.vocabulary === null) {
    const counts = new Map<string, number>();
    const alphabet = new Set<number>();
    for (const { token } of prepared.words) {
      counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
      for (let k = 0; k < token.term.length; k += 1) alphabet.add(token.term.charCodeAt(k));
    }
    prepared.vocabulary = { counts, alphabet };
  }
  const { counts, alphabet } = prepared.vocabulary;
  return {
    termsWithinOneEdit: (term) =>
      withinOneEdit(term, alphabet, (word) => counts.has(word))
        .filter((word) => !isAffixOf(word, term))
        .map((word) => ({ term: word, frequency: counts.get(word)! })),
  };
}

/**
 * The query with each word that answers nothing in the article (five letters or more) replaced
 * by the article's most frequent word one edit away, as search does; null when none is.
 */
function correctedQuery(prepared: PreparedFind, query: string): string | null {
  const near = nearTermsOf(prepared);
  let text = query;
  // From the last word back, so that the ranges of the words before stay right.
  for (const term of [...parseQuery(query).terms].reverse()) {
    if (matcherOf(prepared, term).size > 0) continue;
    const fix = correctionFor(term.term, near);
    if (fix !== null)
      text = text.slice(0, term.start) + respell(text.slice(term.start, term.end), fix) + text.slice(term.end);
  }
  return text === query ? null : text;
}

/**
 * Every match of `query` in the article, in canonical-text offsets; null when the query folds
 * to nothing to look for (only marks, tatweel or spaces). A query that finds nothing is tried
 * once more with its misspelt words corrected, and the result says so.
 */
export function findMatches(prepared: PreparedFind, query: string): FindResult | null {
  const needle = normalizeText(query).trim();
  if (needle === '') return null;
  const result = matchesOf(prepared, query, needle);
  if (result.matches.length > 0 || !findAnalysisDone(prepared)) return result;
  const corrected = correctedQuery(prepared, query);
  if (corrected === null) return result;
  const again = matchesOf(prepared, corrected, normalizeText(corrected).trim());
  return again.matches.length > 0 ? { ...again, corrected } : result;
}

/**
 * Index of the match to show first: the first exact match that starts at or after `offset`,
 * wrapping to the first exact one; with no exact match, the same among the others.
 */
export function firstMatchFrom(result: FindResult, offset: number): number {
  return firstWhere(result, (match) => match.start >= offset);
}

/**
 * Index of the match that holds `offset` or comes first after it (same tiers and wrapping as
 * firstMatchFrom): when the analyzer's matches replace the substrings, the match the reader was
 * on (دمشق inside بدمشق) stays current as its whole word, instead of moving to the next one.
 */
export function matchHolding(result: FindResult, offset: number): number {
  return firstWhere(result, (match) => match.end > offset);
}

/** The first match of the tier shown first for which `reached` holds (it holds for all after). */
function firstWhere(result: FindResult, reached: (match: FindMatch) => boolean): number {
  const to = result.exact > 0 ? result.exact : result.matches.length;
  let low = 0;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(result.matches[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low < to ? low : 0;
}

/** The spans to paint for a match: its words, or its one span. */
export function matchSpans(match: FindMatch): readonly TextSpan[] {
  return match.parts ?? [match];
}
