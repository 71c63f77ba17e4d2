// The search analyzer (docs/search.md, "Analyzer"): one pipeline shared by indexing, querying, in-article find
// and snippet marking. Text is normalized (steps 1-3, renderer/text/arabicNormalize), split
// into words (step 4, ./tokenize) and taken apart into readings (step 5, ./readings: light10
// with the ambiguities of real text indexed both ways); every word keeps its range in the
// ORIGINAL text, so hits are shown and jumped to where the user's text really has them.
// Pure: no DOM, no database.

import { normalizeForSearch, type NormalizedText, type NormalizeOptions } from '../arabicNormalize';
import { BROKEN_PLURALS, brokenPluralKeys, type PluralPairs } from './brokenPlurals';
import { joinedCompound, splitCompound } from './compounds';
import { LIGHT10_RULES, readingsOf, type Reading, type ReadingRules } from './readings';
import { isNisba, queryStemKeys, readingKey, type SuffixClass } from './stemKeys';
import { forEachWord, type WordSpan } from './tokenize';

/**
 * Bump whenever anything here changes what a text analyzes to: the persisted index is keyed
 * by it and rebuilt when it changes. 2: stems are indexed with their suffix class (stemKeys.ts).
 * 3: readings (clitics, double prefixes, و, لل, ان, ه after plurals, ت before suffixes),
 * compound names, broken plurals, invisible format characters deleted.
 */
export const ANALYZER_VERSION = 3;

/**
 * What to do with the hamza carriers ؤ and ئ, which the analyzer's first design left open (docs/search.md):
 * - `keep`: they stay letters of their own;
 * - `fold`: ؤ → و and ئ → ي on both sides, so سؤال and سوال are one word, but so are فئة and
 *   فيه (and, once stemmed, في);
 * - `index-both`: the index holds each word with ؤ/ئ in both spellings, the query is taken as
 *   typed: سوال finds سؤال, and فئة still finds only فئة.
 */
export type HamzaCarriers = 'keep' | 'fold' | 'index-both';

export interface AnalyzerOptions {
  readonly hamzaCarriers: HamzaCarriers;
  /** `light10`: plain light10 stems, as Lucene and analyzer version 1; `keyed`: stem keys (stemKeys.ts) of every reading. */
  readonly stemming: 'light10' | 'keyed';
  readonly rules: ReadingRules;
  /** A query word ending in ات also finds the masculine (مشروبات → مشروب). */
  readonly pluralFindsMasculine: boolean;
  /** عبدالله and عبد الله find each other (compounds.ts). */
  readonly compounds: boolean;
  /** The broken-plural list (brokenPlurals.ts), or another list to measure. */
  readonly brokenPlurals: boolean | PluralPairs;
  /** A nisba is also indexed under the country name in يا it comes from (إثيوبي, الإثيوبية → إثيوبيا). */
  readonly nisbaCountry: boolean;
}

/** The analyzer as shipped; docs/search.md has the measurements that chose each option. */
export const ANALYZER_OPTIONS: AnalyzerOptions = {
  hamzaCarriers: 'index-both',
  stemming: 'keyed',
  rules: {
    conjunctionWaw: 'index-both',
    singleClitics: true,
    doublePrefixes: true,
    lamLam: 'index-both',
    finalAn: 'index-both',
    endingAfterPlural: 'keep',
    finalHa: 'both',
    taBeforeSuffix: true,
    pronounSuffixes: true,
    tanweenAlef: true,
    hamzaBeforeSuffix: true,
  },
  pluralFindsMasculine: true,
  compounds: true,
  brokenPlurals: true,
  nisbaCountry: true,
};

/** Plain light10 as Lucene's ArabicAnalyzer stems (without its stop words): the baseline the docs compare with. */
export const LIGHT10_OPTIONS: AnalyzerOptions = {
  hamzaCarriers: 'keep',
  stemming: 'light10',
  rules: LIGHT10_RULES,
  pluralFindsMasculine: false,
  compounds: false,
  brokenPlurals: false,
  nisbaCountry: false,
};

export interface Token {
  /** The normalized word: what an exact match compares. */
  readonly term: string;
  /** The stem of the word as typed (its first reading; the word itself for non-Arabic words). */
  readonly stem: string;
  /** The class of the suffixes that stem lost (stemKeys.ts); null for non-Arabic words and plain light10. */
  readonly suffixClass: SuffixClass | null;
  /** Every index term of the word: its form, the stem keys of all its readings, its other spellings. */
  readonly keys: readonly string[];
  /** Range in the original text, UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** A word of a query: what it finds through its stems besides its own form. */
export interface QueryToken extends Token {
  readonly stemKeys: readonly string[];
}

/** What a word analyzes to, wherever it stands. */
interface WordAnalysis {
  readonly stem: string;
  readonly suffixClass: SuffixClass | null;
  /** Shared by every occurrence of the word (see analysisCaches): never changed in place. */
  readonly keys: readonly string[];
  /** The readings a query takes (keyed stemming); null for plain light10 and non-Arabic words. */
  readonly typed: readonly Reading[] | null;
}

const HAMZA_CARRIER = /[ؤئ]/u;
/** سوري → سوريا, ليبي → ليبيا: three letters make a country's stem. */
const MIN_COUNTRY_STEM = 3;
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

function light10Analysis(term: string, spelled: string, options: AnalyzerOptions): WordAnalysis {
  const stem = readingKey(readingsOf(spelled, LIGHT10_RULES)[0]!).stem;
  const keys = stem === term ? [term] : [term, stem];
  if (options.hamzaCarriers === 'index-both' && HAMZA_CARRIER.test(term)) {
    const folded = fold(term);
    const foldedStem = readingKey(readingsOf(fold(spelled), LIGHT10_RULES)[0]!).stem;
    keys.push(folded);
    if (foldedStem !== folded) keys.push(foldedStem);
  }
  return { stem, suffixClass: null, keys: [...new Set(keys)], typed: null };
}

const fold = (text: string) => text.replace(/ؤ/gu, 'و').replace(/ئ/gu, 'ي');
const otherSeat = (text: string) => text.replace(/[ؤئ]/gu, (seat) => (seat === 'ؤ' ? 'ئ' : 'ؤ'));

/** Stem keys of every reading of `spelled`, added to `keys`; returns the query's readings. */
function addReadingKeys(spelled: string, options: AnalyzerOptions, keys: string[]): Reading[] {
  const readings = readingsOf(spelled, options.rules);
  const list = options.brokenPlurals === true ? BROKEN_PLURALS : options.brokenPlurals;
  for (const reading of readings) {
    const keyed = readingKey(reading);
    addKey(keys, keyed.key);
    if (options.nisbaCountry && keyed.stem.length >= MIN_COUNTRY_STEM && isNisba(reading))
      addKey(keys, `${keyed.stem}يا`);
    if (list !== false)
      for (const other of brokenPluralKeys(reading, keyed, list, ANALYZER_OPTIONS.rules)) addKey(keys, other);
  }
  return readings.filter((reading) => !reading.indexOnly);
}

function analyzeWord(term: string, spelled: string, arabic: boolean, options: AnalyzerOptions): WordAnalysis {
  if (!arabic) return { stem: term, suffixClass: null, keys: [term], typed: null };
  return options.stemming === 'light10'
    ? light10Analysis(term, spelled, options)
    : analyzeArabicWord(term, spelled, options);
}

function analyzeArabicWord(term: string, spelled: string, options: AnalyzerOptions): WordAnalysis {
  const keys = [term];
  const typed = addReadingKeys(spelled, options, keys);
  if (options.hamzaCarriers === 'index-both' && HAMZA_CARRIER.test(term)) {
    // Folded (سوال for سؤال), and with the other seat (مسئول for مسؤول, as Egypt writes it).
    for (const spelling of [fold, otherSeat]) {
      addKey(keys, spelling(term));
      addReadingKeys(spelling(spelled), options, keys);
    }
  }
  const first = readingKey(typed[0]!);
  return { stem: first.stem, suffixClass: first.cls, keys, typed };
}

/** The index terms a query word finds through the stems of its readings as typed. */
function queryKeysOf(analysis: WordAnalysis, options: AnalyzerOptions): string[] {
  if (analysis.typed === null)
    return analysis.suffixClass === null && analysis.stem === analysis.keys[0] ? [] : [analysis.stem];
  const stemKeys = new Set<string>();
  for (const reading of analysis.typed) {
    const { stem, cls } = readingKey(reading);
    const plural = options.pluralFindsMasculine && reading.suffixes.includes('ات');
    for (const key of queryStemKeys(stem, cls, plural)) stemKeys.add(key);
  }
  return [...stemKeys];
}

function addKey(keys: string[], key: string): void {
  if (!keys.includes(key)) keys.push(key);
}

/** The analysis with more keys, as a copy: analyses are shared. */
function withKeys(analysis: WordAnalysis, more: readonly string[]): WordAnalysis {
  const added = more.filter((key) => !analysis.keys.includes(key));
  return added.length === 0 ? analysis : { ...analysis, keys: [...analysis.keys, ...added] };
}

interface AnalyzedWord {
  readonly word: WordSpan;
  readonly analysis: WordAnalysis;
}

/** Calls `visit` for each word of `text` with its analysis, compound names joined and split. */
function forEachAnalyzedWord(
  text: string,
  options: AnalyzerOptions,
  visit: (word: WordSpan, analysis: WordAnalysis, normalized: NormalizedText) => void,
): void {
  const normalized = normalizeForSearch(text, normalizeOptions(options));
  // One word is held back, so that a compound it starts can still add to its keys.
  let held: AnalyzedWord | null = null;
  forEachWord(normalized.text, (word) => {
    let analysis = analyzeWord(word.text, spelledWord(word, normalized, text), word.script === 'arabic', options);
    if (options.compounds && word.script === 'arabic') {
      const parts = splitCompound(word.text);
      if (parts !== null) analysis = withKeys(analysis, parts);
      if (held !== null && held.word.script === 'arabic') {
        const joined = joinedCompound(held.word.text, word.text);
        if (joined !== null) {
          held = { word: held.word, analysis: withKeys(held.analysis, [joined]) };
          analysis = withKeys(analysis, [joined]);
        }
      }
    }
    if (held !== null) visit(held.word, held.analysis, normalized);
    held = { word, analysis };
  });
  if (held !== null) visit((held as AnalyzedWord).word, (held as AnalyzedWord).analysis, normalized);
}

function tokenOf(word: WordSpan, analysis: WordAnalysis, normalized: NormalizedText): Token {
  return {
    term: word.text,
    stem: analysis.stem,
    suffixClass: analysis.suffixClass,
    keys: analysis.keys,
    start: normalized.starts[word.start]!,
    end: normalized.ends[word.end - 1]!,
  };
}

/** Every word of `text` with its stem, index terms and original range. */
export function analyze(text: string, options: AnalyzerOptions = ANALYZER_OPTIONS): Token[] {
  const tokens: Token[] = [];
  forEachAnalyzedWord(text, options, (word, analysis, normalized) => tokens.push(tokenOf(word, analysis, normalized)));
  return tokens;
}

/** Every word of a query, with the stem keys it finds as typed. */
export function analyzeQuery(text: string, options: AnalyzerOptions = ANALYZER_OPTIONS): QueryToken[] {
  const tokens: QueryToken[] = [];
  forEachAnalyzedWord(text, options, (word, analysis, normalized) =>
    tokens.push({ ...tokenOf(word, analysis, normalized), stemKeys: queryKeysOf(analysis, options) }),
  );
  return tokens;
}

/**
 * The terms an index stores for `text`: each word's normalized form, the stem keys of its
 * readings where they differ (docs/search.md, "Analyzer", step 6, so an exact form can score above a shared
 * stem), its other spellings.
 */
export function indexTerms(text: string, options: AnalyzerOptions = ANALYZER_OPTIONS): string[] {
  const terms: string[] = [];
  forEachAnalyzedWord(text, options, (_word, analysis) => {
    for (const key of analysis.keys) terms.push(key);
  });
  return terms;
}
