// Word splitting (docs/search.md, "Analyzer", step 4) over normalized text: runs of letters, digits and marks.
// A run also ends where Arabic letters meet Latin letters or digits, because Arabic text glues
// them without a space ("بالـPython", "عام2024"): each side is a word of its own. Arabic
// combining marks that normalization keeps (Quranic annotation signs) stay inside the word but
// are left out of its term.

export type WordScript = 'arabic' | 'other';

export interface WordSpan {
  /** The word as indexed: its characters without ignorable marks. */
  readonly text: string;
  readonly script: WordScript;
  /** Range in the normalized text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

const SEPARATOR = 0;
const ARABIC = 1;
const OTHER = 2;
const ARABIC_MARK = 3;
type CharClass = typeof SEPARATOR | typeof ARABIC | typeof OTHER | typeof ARABIC_MARK;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;

function isArabicBlock(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x0870 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
}

function classify(char: string, code: number): CharClass {
  if (!WORD_CHAR.test(char)) return SEPARATOR;
  if (!isArabicBlock(code)) return OTHER;
  return MARK.test(char) ? ARABIC_MARK : ARABIC;
}

// Classes of BMP code units, filled on first sight (0 = not yet known, else class + 1).
const classCache = new Uint8Array(0x10000);

function classAt(text: string, index: number): { cls: CharClass; width: number } {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    return { cls: WORD_CHAR.test(char) ? OTHER : SEPARATOR, width: 2 };
  }
  let known = classCache[code]!;
  if (known === 0) {
    known = classify(String.fromCharCode(code), code) + 1;
    classCache[code] = known;
  }
  return { cls: (known - 1) as CharClass, width: 1 };
}

/** Calls `visit` for each word of normalized `text`, in order. */
export function forEachWord(text: string, visit: (word: WordSpan) => void): void {
  let start = -1;
  let script: WordScript = 'other';
  let hasMarks = false;
  const flush = (end: number) => {
    if (start < 0) return;
    const raw = text.slice(start, end);
    const word = hasMarks ? stripArabicMarks(raw) : raw;
    if (word !== '') visit({ text: word, script, start, end });
    start = -1;
    hasMarks = false;
  };

  let i = 0;
  while (i < text.length) {
    const { cls, width } = classAt(text, i);
    if (cls === SEPARATOR) {
      flush(i);
    } else if (cls === ARABIC_MARK) {
      // A mark belongs to the word it follows; alone it starts nothing.
      if (start >= 0 && script === 'arabic') hasMarks = true;
      else if (start >= 0) flush(i);
    } else {
      const charScript: WordScript = cls === ARABIC ? 'arabic' : 'other';
      if (start >= 0 && charScript !== script) flush(i);
      if (start < 0) {
        start = i;
        script = charScript;
      }
    }
    i += width;
  }
  flush(text.length);
}

function stripArabicMarks(word: string): string {
  let out = '';
  for (const char of word) if (classAt(char, 0).cls !== ARABIC_MARK) out += char;
  return out;
}

export function words(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  forEachWord(text, (word) => out.push(word));
  return out;
}
