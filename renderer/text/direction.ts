// Base direction of a piece of text by its first strong character, as the Unicode
// bidirectional algorithm's "first strong" rule (P2-P3) does for dir="auto".

const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
const ANY_LETTER = /\p{L}/u;

export function firstStrongDirection(text: string): 'rtl' | 'ltr' | null {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return 'rtl';
    if (ANY_LETTER.test(char)) return 'ltr';
  }
  return null;
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Direction from a language tag when it says, else from the text's first strong character. */
export function documentDirection(lang: string | null, text: string): 'rtl' | 'ltr' {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  if (primary !== undefined && primary !== '') return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
  return firstStrongDirection(text) ?? 'ltr';
}

// Word-level estimate, as Closure's bidi.estimateDirection (used by Gmail and Twitter): a text
// is right-to-left when more than 40% of its words that carry a direction are right-to-left.
// Unlike first-strong, it reads "Python هي لغة برمجة" as Arabic. Classification is cached per
// UTF-16 code unit, so a megabyte costs one table lookup per character.
const RTL_WORD_THRESHOLD = 0.4;
const NEUTRAL = 1;
const RTL = 2;
const LTR = 3;
const classCache = new Uint8Array(0x10000);

function classify(code: number): number {
  let known = classCache[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = !ANY_LETTER.test(char) ? NEUTRAL : RTL_LETTER.test(char) ? RTL : LTR;
    classCache[code] = known;
  }
  return known;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x09 ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b)
  );
}

export function estimateDirection(text: string): 'rtl' | 'ltr' | null {
  let rtlWords = 0;
  let strongWords = 0;
  let wordDone = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      wordDone = false;
      continue;
    }
    if (wordDone) continue;
    const kind = classify(code);
    if (kind === NEUTRAL) continue;
    strongWords += 1;
    if (kind === RTL) rtlWords += 1;
    wordDone = true;
  }
  if (strongWords === 0) return null;
  return rtlWords / strongWords > RTL_WORD_THRESHOLD ? 'rtl' : 'ltr';
}
