// Which words that share a light10 stem are one word. light10 gives مكتب for مكتب (office),
// مكتبه (his office), مكتبة (library) and المكتبات (libraries) alike, and قر for القرآن, القرية
// and القرى. So a stem is indexed with the class of the suffixes light10 took off (its stem
// key), and a query word looks up only the classes that can be the same word as its own:
//
// - `f`, feminine: ة or ات came off (مكتبة, مكتبات);
// - `x`, either: a ه written as ه came off. It is the pronoun "his" (مكتبه, his office) or, as
//   many people write, ة without its dots (مكتبه for مكتبة): nothing in the text tells which
//   (a ة as written is told apart through the offset map, and is `f`);
// - `m`, everything else: no suffix, a plural or dual (ون ين ان), a pronoun (ها), or the nisba
//   ي / ية (عربي, عربية and عربيات are one adjective). Its key is the bare stem (stemKey).
//
// A query word with a feminine ending, as typed, matches only the feminine and `x` forms of its
// stem: مكتبة finds مكتبات, not مكتب. Every other query word matches all forms of its stem: the
// masculine is the form a word is looked up by, and for adjectives and agent nouns (جديد/جديدة,
// معلم/معلمة) the feminine is the same word. docs/search.md has what this costs.
//
// A stem of two letters is mostly a word's own letters taken for affixes (قران → قر, قرية →
// قر, قرى → قر): it is matched only through the same suffixes, spelled as normalized (ة and ه
// one letter, so سنة, السنة and سنه are one word; ات goes with them, لغة/لغات).

import type { Reading } from './readings';

export type SuffixClass = string;

const FEMININE = 'f';
const MASCULINE = 'm';
const EITHER = 'x';
/** A short stem's class is this and its suffixes as spelled. */
const SHORT = 's';

/** Stems shorter than this are matched only with the same suffixes. */
export const MIN_CLASSED_STEM = 3;

/** Between a class and a stem in a stem key: never part of a word, so a key is never a word's prefix. */
const SEPARATOR = '~';

/**
 * The class of what light10 took off a word, `suffixes` as splitSuffixes gives them, read on
 * the word with its ة restored (so ة is a feminine ending and ه is either).
 */
export function suffixClass(stem: string, suffixes: readonly string[]): SuffixClass {
  if (stem.length < MIN_CLASSED_STEM) return shortStemClass(suffixes);
  if (suffixes.includes('ي') || suffixes.includes('ية')) return MASCULINE;
  if (suffixes.includes('ة') || suffixes.includes('ات')) return FEMININE;
  if (suffixes.includes('ه') || suffixes.includes('يه')) return EITHER;
  return MASCULINE;
}

function shortStemClass(suffixes: readonly string[]): SuffixClass {
  let spelled = '';
  for (const suffix of suffixes) spelled += suffix === 'ة' ? 'ه' : suffix === 'ية' ? 'يه' : suffix;
  return SHORT + (spelled === 'ات' ? 'ه' : spelled);
}

/**
 * The classes a query word of class `cls` matches. `plural`: the word's feminine ending as
 * typed is ات, which many masculine nouns take too (مشروب/مشروبات, مطار/مطارات), so it also
 * matches the masculine (docs/search.md has the measurement).
 */
export function compatibleClasses(cls: SuffixClass, plural = false): readonly SuffixClass[] {
  if (cls === FEMININE) return plural ? [FEMININE, EITHER, MASCULINE] : [FEMININE, EITHER];
  if (cls === MASCULINE || cls === EITHER) return [MASCULINE, EITHER, FEMININE];
  return [cls]; // a short stem's own suffixes
}

/**
 * The index term for a stem under a class. A masculine stem (or a short one that lost nothing)
 * is the bare stem: the very term a word with no affix is indexed by, so they share postings
 * and the index holds no more terms than plain light10 would for them.
 */
export function stemKey(stem: string, cls: SuffixClass): string {
  return cls === MASCULINE || cls === SHORT ? stem : cls + SEPARATOR + stem;
}

/** The index term for a document word's stem, or null when that is the word's own form (no affix came off). */
export function documentStemKey(term: string, stem: string, cls: SuffixClass): string | null {
  const key = stemKey(stem, cls);
  return key === term ? null : key;
}

/** The index terms a query word's stem matches: the stem keys of its compatible classes. */
export function queryStemKeys(stem: string, cls: SuffixClass, plural = false): string[] {
  return compatibleClasses(cls, plural).map((compatible) => stemKey(stem, compatible));
}

/** A reading's stem, class and stem key; its stem never ends in a restored ة (it comes off, or the word is too short). */
export function readingKey(reading: Reading): { stem: string; cls: SuffixClass; key: string } {
  const stem = reading.stem.endsWith('ة') ? `${reading.stem.slice(0, -1)}ه` : reading.stem;
  const cls = suffixClass(stem, reading.suffixes);
  return { stem, cls, key: stemKey(stem, cls) };
}

/** The nisba ي or ية came off: an adjective, not the noun that shares its stem (الدولي is not الدول). */
export const isNisba = (reading: Reading): boolean => reading.suffixes.includes('ي') || reading.suffixes.includes('ية');
