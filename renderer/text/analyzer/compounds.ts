// Compound names written as one word or two: عبدالله and عبد الله, أبوظبي and أبو ظبي, نورالدين and
// نور الدين. Each spelling is indexed with the other's terms, so a query in either finds both:
// two words standing side by side whose first is a name-former (عبد, أبو) or whose second is
// a common second part (الله, الدين) also give their joined form; one word that starts or ends
// with such a part also gives its two parts.

const FIRST_PARTS = ['عبد', 'ابو', 'ابي', 'ابا'];
const SECOND_PARTS = ['الله', 'الدين', 'الرحمن'];
/** What must be left beside a part for a word to be taken as two. */
const MIN_OTHER_PART = 3;
/** A first part with an article or a clitic is no name: الوالدين is not الو + الدين. */
const PREFIXED = /^(?:[وفبكل]?ال|لل)/u;

/** The joined term of two adjacent normalized Arabic words, or null if they are not a compound name. */
export function joinedCompound(first: string, second: string): string | null {
  return FIRST_PARTS.includes(first) || SECOND_PARTS.includes(second) ? first + second : null;
}

/** The two parts of a normalized Arabic word written as one, or null. */
export function splitCompound(word: string): readonly [string, string] | null {
  for (const part of FIRST_PARTS) {
    if (word.startsWith(part) && word.length - part.length >= MIN_OTHER_PART) return [part, word.slice(part.length)];
  }
  for (const part of SECOND_PARTS) {
    if (!word.endsWith(part) || word.length - part.length < MIN_OTHER_PART - 1) continue;
    const first = word.slice(0, -part.length);
    if (!PREFIXED.test(first)) return [first, part];
  }
  return null;
}
