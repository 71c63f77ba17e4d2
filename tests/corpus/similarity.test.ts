import { describe, expect, it } from 'vitest';
import { similarity, words } from './similarity';

describe('words', () => {
  it('takes runs of letters, marks and digits, and Chinese and Japanese characters one by one', () => {
    expect(words('Hello, world | 42 — مَرحبًا')).toEqual(['Hello', 'world', '42', 'مَرحبًا']);
    expect(words('漢字かなカナ abc')).toEqual(['漢', '字', 'か', 'な', 'カ', 'ナ', 'abc']);
  });

  it('takes a superscript or subscript as a word of its own, in its plain form', () => {
    expect(words('x² + aₖⱼ = 10³')).toEqual(['x', '2', 'a', 'k', 'j', '10', '3']);
    expect(similarity('a\u2062x² + c', 'a x 2 + c')).toBe(1);
  });
});

describe('similarity', () => {
  it('is 1 for the same words, whatever the punctuation and spacing', () => {
    expect(
      similarity('One two, three.\nFour', 'one two three four'.replace('one', 'One').replace('four', 'Four')),
    ).toBe(1);
  });

  it('counts the words in common in order', () => {
    expect(similarity('a b c d', 'a b x d')).toBeCloseTo(0.75);
    expect(similarity('a b c d', 'd c b a')).toBeCloseTo(0.25);
  });

  it('is 0 against nothing, and 1 for two empty texts', () => {
    expect(similarity('some words', '')).toBe(0);
    expect(similarity('', ' ')).toBe(1);
  });
});
