// Search normalization (docs/search.md, "Analyzer", steps 1-3), shared by in-article find, the search analyzer
// and snippet marking, with a map from every normalized character back to the original text:
// normalization changes lengths (ligatures expand, diacritics vanish), and hits must be shown
// at their original offsets.
//
// The text is walked in segments of one code point plus its combining marks, so NFKC can
// compose within a segment (e + U+0301 → é) and every output character knows which original
// segment it came from. Results per BMP code unit are cached: an article uses few distinct
// characters, so a 1 MB text costs one table lookup per character.

export interface NormalizeOptions {
  /** Fold ؤ → و and ئ → ي as well. Off by default; docs/search.md has the measurement. */
  foldHamzaCarriers?: boolean;
}

export interface NormalizedText {
  readonly text: string;
  /** For normalized character i: the original range [starts[i], ends[i]) it came from. */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

const TATWEEL = 0x0640;
const SUPERSCRIPT_ALEF = 0x0670;

/**
 * Invisible format characters that pages from the web leave inside words: the soft hyphen,
 * the zero-width joiner, the word joiner, the byte-order mark, the Arabic letter mark, the
 * left-to-right and right-to-left marks, the bidi embeddings, overrides and isolates, the
 * combining grapheme joiner and the variation selectors. They change no letter, so they are
 * deleted like a haraka: القا<soft hyphen>هرة is القاهرة. Left in place, and treated as
 * separators: the zero-width non-joiner (in Persian it ends a word part, می‌خواهم) and the
 * zero-width space (a break).
 */
function isInvisibleFormat(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x061c ||
    code === 0x200d ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    code === 0x2060 ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff
  );
}

function isDeleted(code: number): boolean {
  return code === TATWEEL || code === SUPERSCRIPT_ALEF || (code >= 0x064b && code <= 0x065f) || isInvisibleFormat(code);
}

const LETTER_MAP: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064a', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06cc': '\u064a', // Persian ی → ي
  '\u06a9': '\u0643', // Persian ک → ك
};
const HAMZA_CARRIER_MAP: Readonly<Record<string, string>> = {
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064a', // ئ → ي
};

function mapChar(char: string, foldHamzaCarriers: boolean): string {
  const code = char.charCodeAt(0);
  if (isDeleted(code)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 0x30);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 0x30);
  return LETTER_MAP[char] ?? (foldHamzaCarriers ? HAMZA_CARRIER_MAP[char] : undefined) ?? char;
}

/** Folds one segment (a code point and its marks) to its normalized form. */
function foldSegment(segment: string, foldHamzaCarriers: boolean): string {
  let out = '';
  for (const char of segment.normalize('NFKC').toLowerCase()) out += mapChar(char, foldHamzaCarriers);
  return out;
}

const COMBINING_MARK = /\p{M}/u;
const markCache = new Int8Array(0x10000); // 0 unknown, 1 mark, 2 not a mark
function isCombiningMark(code: number): boolean {
  let known = markCache[code]!;
  if (known === 0) {
    known = COMBINING_MARK.test(String.fromCharCode(code)) ? 1 : 2;
    markCache[code] = known;
  }
  return known === 1;
}

const foldCaches: Array<Array<string | undefined>> = [[], []];
/**
 * The same per BMP code unit, for the common case, as numbers: 0 not known yet, FOLDS_AWAY
 * when the character is deleted, MANY_UNITS when it folds to more than one unit (the string
 * cache has it), else the folded unit + 1.
 */
const unitFolds = [new Int32Array(0x10000), new Int32Array(0x10000)];
const FOLDS_AWAY = -1;
const MANY_UNITS = -2;

export function normalizeForSearch(input: string, options: NormalizeOptions = {}): NormalizedText {
  const foldHamza = options.foldHamzaCarriers === true;
  const cache = foldCaches[foldHamza ? 1 : 0]!;
  const unitFold = unitFolds[foldHamza ? 1 : 0]!;
  let capacity = input.length + 16;
  // The folded text is written as UTF-16 code units and made a string once at the end: a
  // string per character, joined, cost about a third of all indexing time.
  let units = new Uint16Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let length = 0;

  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < input.length) j += 1; // surrogate pair
    while (j < input.length && isCombiningMark(input.charCodeAt(j))) j += 1;

    let folded: string;
    if (j === i + 1) {
      let known = unitFold[code]!;
      if (known === 0) {
        folded = cache[code] ??= foldSegment(input[i]!, foldHamza);
        known = folded.length === 0 ? FOLDS_AWAY : folded.length === 1 ? folded.charCodeAt(0) + 1 : MANY_UNITS;
        unitFold[code] = known;
      }
      if (known === FOLDS_AWAY) {
        i = j;
        continue;
      }
      if (known > 0 && length < capacity) {
        units[length] = known - 1;
        starts[length] = i;
        ends[length] = j;
        length += 1;
        i = j;
        continue;
      }
      folded = cache[code] ??= foldSegment(input[i]!, foldHamza);
    } else {
      folded = foldSegment(input.slice(i, j), foldHamza);
    }
    if (folded.length > 0) {
      if (length + folded.length > capacity) {
        capacity = Math.max(capacity * 2, length + folded.length);
        units = grown(units, new Uint16Array(capacity));
        starts = grown(starts, new Uint32Array(capacity));
        ends = grown(ends, new Uint32Array(capacity));
      }
      for (let k = 0; k < folded.length; k += 1) {
        units[length + k] = folded.charCodeAt(k);
        starts[length + k] = i;
        ends[length + k] = j;
      }
      length += folded.length;
    }
    i = j;
  }
  return { text: stringOf(units, length), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

function grown<T extends Uint16Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Code units as a string, exactly (lone surrogates too, unlike a TextDecoder). */
function stringOf(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let text = '';
  for (let at = 0; at < length; at += CHUNK)
    text += String.fromCharCode(...units.subarray(at, Math.min(length, at + CHUNK)));
  return text;
}

/** The original range covered by normalized range [start, end). */
export function originalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at =
      start < normalized.starts.length ? normalized.starts[start]! : (normalized.ends[normalized.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: normalized.starts[start]!, end: normalized.ends[end - 1]! };
}

/** Just the normalized string, for queries and index terms. */
export function normalizeText(input: string, options?: NormalizeOptions): string {
  return normalizeForSearch(input, options).text;
}
