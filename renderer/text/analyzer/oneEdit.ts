// Which words of a vocabulary are one edit away from a word (Levenshtein distance 1: one letter
// deleted, inserted or replaced): what the typo fallback (fuzzy.ts) asks of search's index and
// of the reader's find over an article's words, answered the same way for both. Candidates
// are generated and looked up (a binary search each in search's packed dictionary, a map
// lookup in find) rather than every word compared: a word of n letters over an alphabet of A
// letters makes about (2n + 1)·A candidates, a few thousand lookups — a millisecond or two —
// whatever the size of the vocabulary.

/** Letters that never start an edit: the separator of stem keys (stemKeys.ts), so a typo never lands on a key. */
const EXCLUDED = new Set(['~'.charCodeAt(0)]);

export function withinOneEdit(word: string, alphabet: Iterable<number>, has: (term: string) => boolean): string[] {
  const found = new Set<string>();
  const letters = [...alphabet].filter((unit) => !EXCLUDED.has(unit)).map((unit) => String.fromCharCode(unit));
  const consider = (candidate: string) => {
    if (candidate !== word && candidate.length > 0 && !found.has(candidate) && has(candidate)) found.add(candidate);
  };
  for (let i = 0; i <= word.length; i += 1) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    if (i < word.length) consider(before + word.slice(i + 1)); // delete letter i
    for (const letter of letters) {
      consider(before + letter + after); // insert before letter i
      if (i < word.length && letter !== word[i]) consider(before + letter + word.slice(i + 1)); // replace letter i
    }
  }
  return [...found].sort();
}
