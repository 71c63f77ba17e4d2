// How close an imported article's text is to the text Readability's own tests expect: the
// share of words the two have in common, in order (2·common / (words in both)), from a diff of
// the two word sequences. Words are runs of letters, marks and digits, so punctuation and the
// " | " between table cells do not count; Chinese and Japanese characters are words each, as
// those scripts put no spaces between words. A superscript or subscript counts as a word of its
// own in its plain form (x² as x 2, aₖ as a k): the import writes formulas with Unicode's
// scripts, Readability's expected text keeps a formula's MathML tokens as separate words, and
// both are the same formula.

import { diffArrays } from 'diff';

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

/** Unicode's superscript and subscript digits, letters and signs. */
const SCRIPTS = /[\u00b2\u00b3\u00b9\u2070-\u209f\u1d62-\u1d6a\u2c7c]/gu;

export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .replace(/\u00ad/g, '')
      .replace(SCRIPTS, (char) => ` ${char.normalize('NFKC')} `)
      .match(WORD) ?? []
  );
}

/** 1 for the same words in the same order, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 && y.length === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  let common = 0;
  // A diff of two long texts with little in common can take a while; past the limit the words
  // in common are counted without their order (which can only flatter a page that is far off).
  const changes = diffArrays(x, y, { timeout: 5_000 });
  if (changes === undefined) return bagSimilarity(x, y);
  for (const change of changes) if (!change.added && !change.removed) common += change.count ?? change.value.length;
  return (2 * common) / (x.length + y.length);
}

function bagSimilarity(x: readonly string[], y: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of x) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of y) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(word, left - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}
