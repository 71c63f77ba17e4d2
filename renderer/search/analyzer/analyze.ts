// The search analyzer (DESIGN §5): one pipeline shared by indexing, querying and snippet
// marking. Text is normalized (steps 1-3, renderer/text/arabicNormalize), split into words
// (step 4, ./tokenize) and light-stemmed (step 5, ./stemmer); every word keeps its range in
// the ORIGINAL text, so hits are shown and jumped to where the user's text really has them.
// Pure: no DOM, no database.

import { normalizeForSearch, type NormalizedText, type NormalizeOptions } from '../../text/arabicNormalize';
import { documentStemKey, queryStemKeys, suffixClass, type SuffixClass } from './stemKeys';
import { splitSuffixes, stripPrefix } from './stemmer';
import { forEachWord, type WordSpan } from './tokenize';

/**
 * Bump whenever anything here changes what a text analyzes to: the persisted index is keyed
 * by it and rebuilt when it changes. 2: stems are indexed with their suffix class (stemKeys.ts).
 */
export const ANALYZER_VERSION = 2;

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
  /** The class of the suffixes the stem lost, which decides what else it matches (stemKeys.ts); null for non-Arabic words. */
  readonly suffixClass: SuffixClass | null;
  /** Every index term of the word: its form, its stem key, and its other spelling (see HamzaCarriers). */
  readonly keys: readonly string[];
  /** Range in the original text, UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** What a word analyzes to, wherever it stands. */
interface WordAnalysis {
  readonly stem: string;
  readonly suffixClass: SuffixClass | null;
  readonly keys: readonly string[];
}

const HAMZA_CARRIER = /[ؤئ]/u;
const TAA_MARBUTA = new Set([0x0629, 0xfe93, 0xfe94]); // ة and its presentation forms

function normalizeOptions(options: AnalyzerOptions): NormalizeOptions {
  return { foldHamzaCarriers: options.hamzaCarriers === 'fold' };
}

/**
 * The word with its ة back where normalization made it ه, so the suffix class can tell the
 * feminine ending from the pronoun. Only the last letter: ة ends a word.
 */
function spelledWord(word: WordSpan, normalized: NormalizedText, original: string): string {
  const last = word.end - 1;
  if (word.script !== 'arabic' || !word.text.endsWith('ه') || normalized.text[last] !== 'ه') return word.text;
  return TAA_MARBUTA.has(original.charCodeAt(normalized.starts[last]!)) ? `${word.text.slice(0, -1)}ة` : word.text;
}

/** Stem, class and keys of one Arabic word, `spelled` with its ة restored. */
function stemmed(term: string, spelled: string): { stem: string; suffixClass: SuffixClass; key: string | null } {
  const { stem: spelledStem, suffixes } = splitSuffixes(stripPrefix(spelled));
  // A stem never ends in a restored ة (it comes off, or the word is too short): back to ه.
  const stem = spelledStem.replace(/ة$/u, 'ه');
  const cls = suffixClass(stem, suffixes);
  return { stem, suffixClass: cls, key: documentStemKey(term, stem, cls) };
}

function analyzeWord(term: string, spelled: string, arabic: boolean, options: AnalyzerOptions): WordAnalysis {
  if (!arabic) return { stem: term, suffixClass: null, keys: [term] };
  const { stem, suffixClass: cls, key } = stemmed(term, spelled);
  const keys = key === null ? [term] : [term, key];
  if (options.hamzaCarriers === 'index-both' && HAMZA_CARRIER.test(term)) {
    const fold = (text: string) => text.replace(/ؤ/gu, 'و').replace(/ئ/gu, 'ي');
    const folded = fold(term);
    const foldedKey = stemmed(folded, fold(spelled)).key;
    keys.push(folded);
    if (foldedKey !== null) keys.push(foldedKey);
  }
  return { stem, suffixClass: cls, keys };
}

function wordAnalysis(
  word: WordSpan,
  normalized: NormalizedText,
  original: string,
  options: AnalyzerOptions,
): WordAnalysis {
  return analyzeWord(word.text, spelledWord(word, normalized, original), word.script === 'arabic', options);
}

/** Every word of `text` with its stem, index terms and original range. */
export function analyze(text: string, options: AnalyzerOptions = ANALYZER_OPTIONS): Token[] {
  const normalized = normalizeForSearch(text, normalizeOptions(options));
  const tokens: Token[] = [];
  forEachWord(normalized.text, (word) => {
    const { stem, suffixClass: cls, keys } = wordAnalysis(word, normalized, text, options);
    tokens.push({
      term: word.text,
      stem,
      suffixClass: cls,
      keys,
      start: normalized.starts[word.start]!,
      end: normalized.ends[word.end - 1]!,
    });
  });
  return tokens;
}

/**
 * The terms an index stores for `text`: each word's normalized form, its stem key where the
 * stem differs (DESIGN §5, step 6, so an exact form can score above a shared stem), and its
 * other spelling.
 */
export function indexTerms(text: string, options: AnalyzerOptions = ANALYZER_OPTIONS): string[] {
  const normalized = normalizeForSearch(text, normalizeOptions(options));
  const terms: string[] = [];
  forEachWord(normalized.text, (word) => {
    for (const key of wordAnalysis(word, normalized, text, options).keys) terms.push(key);
  });
  return terms;
}

/** The index terms a query word's stem matches (stemKeys.ts); none for a word without a stem. */
export function stemKeysOf(token: Token): string[] {
  return token.suffixClass === null ? [] : queryStemKeys(token.stem, token.suffixClass);
}
