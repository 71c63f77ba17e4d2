import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/bench/generate';
import { withinOneEdit } from './oneEdit';

/** Levenshtein distance, the plain way. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

describe('withinOneEdit', () => {
  it('finds exactly the terms at distance 1, as a comparison with every term does', { timeout: 30_000 }, () => {
    const random = seededRandom(3);
    const letters = 'ابتثلمنهوي';
    const word = () =>
      Array.from({ length: 3 + Math.floor(random() * 4) }, () => letters[Math.floor(random() * letters.length)]).join(
        '',
      );
    const terms = new Set(Array.from({ length: 4_000 }, word));
    const alphabet = new Set([...terms].flatMap((term) => [...term].map((letter) => letter.charCodeAt(0))));
    for (let i = 0; i < 200; i += 1) {
      const probe = word();
      const expected = [...terms].filter((term) => distance(term, probe) === 1).sort();
      expect(
        withinOneEdit(probe, alphabet, (term) => terms.has(term)),
        probe,
      ).toEqual(expected);
    }
  });

  it('never reaches a stem key through its separator', () => {
    const terms = new Set(['f~مكتب', 'مكتب']);
    const alphabet = new Set([...'f~مكتب'].map((letter) => letter.charCodeAt(0)));
    expect(withinOneEdit('ff~مكتب', alphabet, (term) => terms.has(term))).toEqual(['f~مكتب']);
    expect(withinOneEdit('fمكتب', alphabet, (term) => terms.has(term))).toEqual(['مكتب']);
  });

  // The cases the reader's find was first written against (its own one-edit test, now this one).
  const near = (word: string, vocabulary: readonly string[]) => {
    const words = new Set(vocabulary);
    const alphabet = new Set(vocabulary.flatMap((term) => [...term].map((letter) => letter.charCodeAt(0))));
    return withinOneEdit(word, alphabet, (term) => words.has(term));
  };

  it('finds one letter replaced, added or removed, anywhere in the word', () => {
    expect(near('طوكيو', ['طوكبو'])).toEqual(['طوكبو']);
    expect(near('المفاوضات', ['المفاوضت'])).toEqual(['المفاوضت']);
    expect(near('البرلمن', ['البرلمان'])).toEqual(['البرلمان']);
    expect(near('xabc', ['abc'])).toEqual(['abc']);
    expect(near('abc', ['abcx'])).toEqual(['abcx']);
  });

  it('never finds the same word, two edits, or a swap of two letters', () => {
    expect(near('بيروت', ['بيروت'])).toEqual([]);
    expect(near('بيروت', ['بيرن'])).toEqual([]);
    expect(near('abcd', ['abdc'])).toEqual([]);
    expect(near('ab', ['abcd'])).toEqual([]);
  });
});
