// Larkey's light10 stemmer, as Lucene's ArabicStemmer implements it (DESIGN §5, step 5), over
// text already normalized by arabicNormalize (so ة is already ه and أ/إ/آ are ا).
//
// One prefix at most is removed, the first of PREFIXES that fits; then each suffix of SUFFIXES
// is tried once, in order, each removal seeing the word the previous one left. The length
// conditions are Lucene's: و only comes off a word of four letters or more, every other prefix
// and every suffix must leave at least two letters.

const PREFIXES: readonly string[] = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES: readonly string[] = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

const MIN_REMAINING = 2;
const MIN_LENGTH_FOR_WAW = 4;

function prefixFits(word: string, prefix: string): boolean {
  if (prefix.length === 1 && word.length < MIN_LENGTH_FOR_WAW) return false;
  if (word.length < prefix.length + MIN_REMAINING) return false;
  return word.startsWith(prefix);
}

function suffixFits(word: string, suffix: string): boolean {
  return word.length >= suffix.length + MIN_REMAINING && word.endsWith(suffix);
}

/** Removes the first prefix that fits, if any. */
export function stripPrefix(word: string): string {
  for (const prefix of PREFIXES) {
    if (prefixFits(word, prefix)) return word.slice(prefix.length);
  }
  return word;
}

export interface SuffixSplit {
  readonly stem: string;
  /** The suffixes removed, in the order they came off (outermost first). */
  readonly suffixes: readonly string[];
}

const NO_SUFFIXES: readonly string[] = [];

/** Tries each suffix once, in order, on what the previous removals left; says which came off. */
export function splitSuffixes(word: string): SuffixSplit {
  let stem = word;
  let suffixes = NO_SUFFIXES;
  for (const suffix of SUFFIXES) {
    if (suffixFits(stem, suffix)) {
      stem = stem.slice(0, stem.length - suffix.length);
      suffixes = [...suffixes, suffix];
    }
  }
  return { stem, suffixes };
}

export function stripSuffixes(word: string): string {
  return splitSuffixes(word).stem;
}

/** light10 on one normalized Arabic word. */
export function lightStem(word: string): string {
  return stripSuffixes(stripPrefix(word));
}
