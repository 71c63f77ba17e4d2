import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../tests/bench/generate';
import { TermDictionary } from './termDictionary';

function randomTerms(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const letters = 'ابتلمنهوي~fxab';
  const terms = new Set<string>();
  while (terms.size < count) {
    let term = '';
    const length = 1 + Math.floor(random() * 6);
    for (let i = 0; i < length; i += 1) term += letters[Math.floor(random() * letters.length)];
    terms.add(term);
  }
  return [...terms].sort();
}

describe('TermDictionary', () => {
  const terms = randomTerms(3_000, 5);
  const dictionary = TermDictionary.fromSorted(terms);

  it('gives back every term by its number, and every number by its term', () => {
    expect(dictionary.size).toBe(terms.length);
    terms.forEach((term, i) => {
      expect(dictionary.term(i)).toBe(term);
      expect(dictionary.indexOf(term)).toBe(i);
    });
  });

  it('knows what it does not hold, and where it would go', () => {
    for (const probe of randomTerms(500, 6)) {
      const expected = terms.findIndex((term) => term >= probe);
      expect(dictionary.lowerBound(probe)).toBe(expected === -1 ? terms.length : expected);
      expect(dictionary.indexOf(probe)).toBe(terms.indexOf(probe));
    }
    expect(TermDictionary.EMPTY.indexOf('ا')).toBe(-1);
  });

  it('finds the run of terms a prefix begins, the prefix included', () => {
    for (const prefix of ['ا', 'ال', 'بت', 'f~', 'ي', 'zz', ...terms.slice(0, 50)]) {
      const [from, to] = dictionary.prefixRange(prefix);
      expect(terms.slice(from, to)).toEqual(terms.filter((term) => term.startsWith(prefix)));
    }
  });
});
