// The ways a normalized Arabic word can be taken apart (its readings), where light10's one
// answer is wrong for real news text. Each reading is a stem and the suffixes that came off.
// Where stripping is ambiguous — a clitic ب ل ك ف or a conjunction و that may be the word's
// own first letter, a لل that may be ل + a word starting with ل, a final ان that may be a dual
// or the word's own end — the index stores both readings and the query takes the word as typed
// (the reading marked `indexOnly` is the document's only): دمشق finds بدمشق, الوزارة finds
// وزارة, لبنان finds للبنان; a query بحث is not read as ب + حث. Which rules are on is
// ReadingRules, each decided by the quality measurement in docs/search.md.

/** What each ambiguity rule does; light10's answer is the first value of each. */
export interface ReadingRules {
  /** و at the start of a word of four letters or more: light10 strips it; or index both readings. */
  readonly conjunctionWaw: 'strip' | 'index-both';
  /** A single clitic ب ل ك ف (after an optional و or ف) before a word with no article: also indexed without it. */
  readonly singleClitics: boolean;
  /** و or ف before بال كال لل (وبالنسبة, فللمرة): taken off together. */
  readonly doublePrefixes: boolean;
  /** لل: light10 takes it as ل + ال; or also index ل + a word starting with ل (للبنان, للجنة). */
  readonly lamLam: 'strip' | 'index-both';
  /** A final ان: light10 strips it (a dual); never; or index both (لبنان, اليابان). */
  readonly finalAn: 'strip' | 'keep' | 'index-both';
  /** ه or يه after ات ان ون ين: light10 takes it off (جبهات → جب); a pronoun never stands there. */
  readonly endingAfterPlural: 'strip' | 'keep';
  /** A final ه written ه: light10 takes it off (the pronoun, or ة without dots); or read it both ways (توجه, وجه). */
  readonly finalHa: 'strip' | 'both';
  /** A ت left before a suffix was ة (مدينتها, الدولتين): also index the stem as feminine. */
  readonly taBeforeSuffix: boolean;
  /** The pronouns light10 does not know (هم هن كم كن نا هما كما): also index the word without them. */
  readonly pronounSuffixes: boolean;
  /** A final ا may be the alef of tanween al-fath (وفدًا, اتفاقا): also index the word without it. */
  readonly tanweenAlef: boolean;
  /** A ئ or ؤ left at the end of a stem was ء before the suffix came (أحيائها → أحياء). */
  readonly hamzaBeforeSuffix: boolean;
}

export const LIGHT10_RULES: ReadingRules = {
  conjunctionWaw: 'strip',
  singleClitics: false,
  doublePrefixes: false,
  lamLam: 'strip',
  finalAn: 'strip',
  endingAfterPlural: 'strip',
  finalHa: 'strip',
  taBeforeSuffix: false,
  pronounSuffixes: false,
  tanweenAlef: false,
  hamzaBeforeSuffix: false,
};

export interface Reading {
  /** Normalized, with a final ة kept as ة where the word had it (analyze.ts restores it). */
  readonly stem: string;
  /** The suffixes that came off, outermost first, ة as ة. */
  readonly suffixes: readonly string[];
  /** Taken by the index only: the query reads the word as typed. */
  readonly indexOnly: boolean;
}

const ARTICLE_PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل'];
const DOUBLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];
/** Longest first: هما before ما is not tried, كما before ما neither (ما alone is too often the word's end). */
const PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا'];
const PLURAL_ENDINGS = new Set(['ان', 'ات', 'ون', 'ين']);
const PRONOUN_H = new Set(['ه', 'يه']);
/** Before ت, these suffixes can follow a feminine noun whose ة became ت. */
const AFTER_TA = new Set(['ها', 'ان', 'ين', 'ه', 'ي', 'يه']);

const MIN_REMAINING = 2;
const MIN_LENGTH_FOR_WAW = 4;
/** A reading that only the index takes must keep this much of the word: بحث is not ب + حث. */
const MIN_AMBIGUOUS_REST = 3;
const MIN_AMBIGUOUS_STEM = 3;

interface PrefixSplit {
  rest: string;
  indexOnly: boolean;
}

const ALL_PREFIXES = [...DOUBLE_PREFIXES, ...ARTICLE_PREFIXES];

function articlePrefix(word: string, rules: ReadingRules): string | null {
  for (const prefix of rules.doublePrefixes ? ALL_PREFIXES : ARTICLE_PREFIXES) {
    if (word.length >= prefix.length + MIN_REMAINING && word.startsWith(prefix)) return prefix;
  }
  return null;
}

/** The clitics a word may start with when it has no article: و or ف, then ب ل or ك; or one of them alone. */
function cliticSplits(word: string): string[] {
  const prefixes: string[] = [];
  const first = word[0];
  if (first === 'و' || first === 'ف') {
    prefixes.push(first);
    const second = word[1];
    if (second === 'ب' || second === 'ل' || second === 'ك') prefixes.push(first + second);
  } else if (first === 'ب' || first === 'ل' || first === 'ك') {
    prefixes.push(first);
  }
  return prefixes;
}

export function prefixSplits(word: string, rules: ReadingRules): PrefixSplit[] {
  const article = articlePrefix(word, rules);
  if (article !== null) {
    const splits = [{ rest: word.slice(article.length), indexOnly: false }];
    // ل + ال or ل + a word of its own starting with ل: the query takes both too, for لل
    // is the start of no word (للبنان is لبنان or ل + بنان, never a word of its own).
    if (article.endsWith('لل') && rules.lamLam === 'index-both') {
      splits.push({ rest: word.slice(article.length - 1), indexOnly: false });
    }
    return splits;
  }
  const wawFits = word.startsWith('و') && word.length >= MIN_LENGTH_FOR_WAW;
  if (rules.conjunctionWaw === 'strip' && wawFits) {
    const rest = word.slice(1);
    const splits = [{ rest, indexOnly: false }];
    // After light10's و, a clitic may still stand: وبدمشق.
    if (rules.singleClitics) {
      for (const prefix of cliticSplits(rest).filter((p) => p.length === 1 && p !== 'و' && p !== 'ف')) {
        if (rest.length - prefix.length >= MIN_AMBIGUOUS_REST)
          splits.push({ rest: rest.slice(prefix.length), indexOnly: true });
      }
    }
    return splits;
  }
  const splits = [{ rest: word, indexOnly: false }];
  for (const prefix of cliticSplits(word)) {
    const isWaw = prefix === 'و';
    if (isWaw ? !(rules.conjunctionWaw === 'index-both' && wawFits) : !rules.singleClitics) continue;
    if (word.length - prefix.length >= MIN_AMBIGUOUS_REST)
      splits.push({ rest: word.slice(prefix.length), indexOnly: true });
  }
  return splits;
}

interface SuffixSplit {
  stem: string;
  suffixes: string[];
  indexOnly: boolean;
}

/** Suffixes as light10 takes them (each tried once, in order), with the rules' changes; ان and ه may branch. */
export function suffixSplits(word: string, rules: ReadingRules): SuffixSplit[] {
  const out: SuffixSplit[] = [];
  walkSuffixes(word, 0, NONE, false, rules, out);
  return out;
}

const NONE: string[] = [];

function walkSuffixes(
  word: string,
  from: number,
  taken: string[],
  indexOnly: boolean,
  rules: ReadingRules,
  out: SuffixSplit[],
): void {
  let stem = word;
  let suffixes = taken;
  for (let i = from; i < SUFFIXES.length; i += 1) {
    const suffix = SUFFIXES[i]!;
    if (stem.length < suffix.length + MIN_REMAINING || !stem.endsWith(suffix)) continue;
    if (rules.endingAfterPlural === 'keep' && PRONOUN_H.has(suffix) && suffixes.some((s) => PLURAL_ENDINGS.has(s)))
      continue;
    // توجه is the word itself; توجهه is "his trend": both readings, for the query too.
    if (suffix === 'ه' && rules.finalHa === 'both' && suffixes.length === 0 && stem.length > MIN_AMBIGUOUS_STEM) {
      walkSuffixes(stem.slice(0, -1), i + 1, [suffix], indexOnly, rules, out);
      continue;
    }
    if (suffix === 'ان' && rules.finalAn !== 'strip') {
      if (rules.finalAn === 'keep') continue;
      // Both readings: the word's own ان (as typed), and a dual (the index's only).
      walkSuffixes(stem.slice(0, -2), i + 1, [...suffixes, suffix], true, rules, out);
      continue;
    }
    stem = stem.slice(0, stem.length - suffix.length);
    suffixes = [...suffixes, suffix];
  }
  out.push({ stem, suffixes, indexOnly });
}

function sameSuffixes(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function addReading(readings: Reading[], reading: Reading, short = false): void {
  if (reading.indexOnly && !short && reading.stem.length < MIN_AMBIGUOUS_STEM) return;
  let firstIndexOnly = readings.length;
  for (let i = readings.length - 1; i >= 0; i -= 1) {
    const known = readings[i]!;
    if (known.stem === reading.stem && sameSuffixes(known.suffixes, reading.suffixes)) return;
    if (known.indexOnly) firstIndexOnly = i;
  }
  // The query's readings first: a reading the query takes goes before the index's only.
  if (reading.indexOnly || firstIndexOnly === readings.length) readings.push(reading);
  else readings.splice(firstIndexOnly, 0, reading);
}

/** The readings of what is left after a prefix, `taken` an ending light10 does not know (or null). */
function addRestReadings(
  readings: Reading[],
  rest: string,
  taken: string | null,
  prefixIndexOnly: boolean,
  rules: ReadingRules,
): void {
  for (const split of suffixSplits(rest, rules)) {
    const indexOnly = prefixIndexOnly || split.indexOnly || taken !== null;
    const suffixes = taken === null || taken === 'ا' ? split.suffixes : [taken, ...split.suffixes];
    addReading(readings, { stem: split.stem, suffixes, indexOnly });
    // The suffix next to the stem (suffixes are outermost first).
    const inner = suffixes[suffixes.length - 1];
    if (inner === undefined) continue;
    // مدينتها, لغتهم: the ت was ة, and the reading is the feminine word's whatever followed;
    // a short stem is safe here, its class holds it to ة (لغة).
    if (
      rules.taBeforeSuffix &&
      split.stem.endsWith('ت') &&
      split.stem.length > MIN_REMAINING &&
      (AFTER_TA.has(inner) || PRONOUNS.includes(inner))
    )
      addReading(readings, { stem: split.stem.slice(0, -1), suffixes: TA_MARBUTA, indexOnly: true }, true);
    if (rules.hamzaBeforeSuffix && (split.stem.endsWith('ئ') || split.stem.endsWith('ؤ')))
      addReading(readings, { stem: `${split.stem.slice(0, -1)}ء`, suffixes, indexOnly: true });
  }
}

/** Every reading of a normalized Arabic word (ة as ة where the word had it), the query's first. */
export function readingsOf(word: string, rules: ReadingRules): Reading[] {
  const readings: Reading[] = [];
  for (const prefix of prefixSplits(word, rules)) {
    const rest = prefix.rest;
    addRestReadings(readings, rest, null, prefix.indexOnly, rules);
    // Endings light10 leaves that may not be the word's own: each gives one more rest.
    if (rules.pronounSuffixes) {
      for (const pronoun of PRONOUNS) {
        if (rest.endsWith(pronoun) && rest.length - pronoun.length >= MIN_AMBIGUOUS_REST) {
          addRestReadings(readings, rest.slice(0, -pronoun.length), pronoun, prefix.indexOnly, rules);
          break;
        }
      }
    }
    // The alef of tanween al-fath, not the ا of the pronoun ها.
    const last = rest.length - 1;
    if (rules.tanweenAlef && rest[last] === 'ا' && rest[last - 1] !== 'ه' && last >= MIN_AMBIGUOUS_REST)
      addRestReadings(readings, rest.slice(0, -1), 'ا', prefix.indexOnly, rules);
  }
  // The query's readings come first (addReading); a word always has one.
  return readings;
}

const TA_MARBUTA = ['ة'];
