// The search analyzer (DESIGN §5): one pipeline shared by indexing, querying and snippet
// marking. Text is normalized (steps 1-3, renderer/text/arabicNormalize), split into words
// (step 4, ./tokenize) and light-stemmed (step 5, ./stemmer); every word keeps its range in
// the ORIGINAL text, so hits are shown and jumped to where the user's text really has them.
// Pure: no DOM, no database.

import { normalizeForSearch, type NormalizeOptions } from '../../text/arabicNormalize';
import { lightStem } from './stemmer';
import { forEachWord, type WordSpan } from './tokenize';

/**
 * Bump whenever anything here changes what a text analyzes to: the persisted index is keyed
 * by it and rebuilt when it changes.
 */
export const ANALYZER_VERSION = 1;

/**
 * What to do with the hamza carriers ؤ and ئ, which DESIGN §5 leaves open:
 * - `keep`: they stay letters of their own;
 * - `fold`: ؤ → و and ئ → ي on both sides, so سؤال and سوال are one word, but so are فئة and
 *   فيه (and, once stemmed, في);
 * - `index-both`: the index holds each word with ؤ/ئ in both spellings, the query is taken as
 *   typed: سوال finds سؤال, and فئة still finds only فئة.
 */
export type HamzaCarriers = 'keep' | 'fold' | 'index-both';

export interface AnalyzerOptions {
  readonly hamzaCarriers: HamzaCarriers;
}

/** The analyzer as shipped; docs/search.md has the measurement that chose it. */
export const ANALYZER_OPTIONS: AnalyzerOptions = { hamzaCarriers: 'index-both' };

export interface Token {
  /** The normalized word: what an exact match compares. */
  readonly term: string;
  /** Its light10 stem (the word itself for non-Arabic words). */
  readonly stem: string;
  /** Further index terms for the same word (its other spelling, see HamzaCarriers). */
  readonly variants: readonly string[];
  /** Range in the original text, UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
}

const NO_VARIANTS: readonly string[] = [];
const HAMZA_CARRIER = /[ؤئ]/u;

function normalizeOptions(options: AnalyzerOptions): NormalizeOptions {
  return { foldHamzaCarriers: options.hamzaCarriers === 'fold' };
}

function stemOf(word: WordSpan): string {
  return word.script === 'arabic' ? lightStem(word.text) : word.text;
}

function variantsOf(word: WordSpan, options: AnalyzerOptions): readonly string[] {
  if (options.hamzaCarriers !== 'index-both' || word.script !== 'arabic' || !HAMZA_CARRIER.test(word.text)) return NO_VARIANTS;
  const folded = word.text.replace(/ؤ/gu, 'و').replace(/ئ/gu, 'ي');
  const stem = lightStem(folded);
  return stem === folded ? [folded] : [folded, stem];
}

/** Every word of `text` with its stem and original range. */
export function analyze(text: string, options: AnalyzerOptions = ANALYZER_OPTIONS): Token[] {
  const normalized = normalizeForSearch(text, normalizeOptions(options));
  const tokens: Token[] = [];
  forEachWord(normalized.text, (word) => {
    tokens.push({
      term: word.text,
      stem: stemOf(word),
      variants: variantsOf(word, options),
      start: normalized.starts[word.start]!,
      end: normalized.ends[word.end - 1]!,
    });
  });
  return tokens;
}

/**
 * The terms an index stores for `text`: each word's normalized form, its stem where that
 * differs (DESIGN §5, step 6, so an exact form can score above a shared stem), and variants.
 */
export function indexTerms(text: string, options: AnalyzerOptions = ANALYZER_OPTIONS): string[] {
  const normalized = normalizeForSearch(text, normalizeOptions(options)).text;
  const terms: string[] = [];
  forEachWord(normalized, (word) => {
    terms.push(word.text);
    const stem = stemOf(word);
    if (stem !== word.text) terms.push(stem);
    for (const variant of variantsOf(word, options)) terms.push(variant);
  });
  return terms;
}
