// Base direction of a piece of text by its first strong character, as the Unicode
// bidirectional algorithm's "first strong" rule (P2-P3) does for dir="auto".

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
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
