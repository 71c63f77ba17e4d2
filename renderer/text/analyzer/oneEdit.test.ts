import { describe, expect, it } from 'vitest';
import { oneEditApart } from './fuzzy';

describe('oneEditApart', () => {
  it('is true for one letter replaced, added or removed, anywhere in the word', () => {
    expect(oneEditApart('طوكيو', 'طوكبو')).toBe(true);
    expect(oneEditApart('المفاوضات', 'المفاوضت')).toBe(true);
    expect(oneEditApart('البرلمن', 'البرلمان')).toBe(true);
    expect(oneEditApart('xabc', 'abc')).toBe(true);
    expect(oneEditApart('abc', 'abcx')).toBe(true);
  });

  it('is false for the same word, two edits, or a swap of two letters', () => {
    expect(oneEditApart('بيروت', 'بيروت')).toBe(false);
    expect(oneEditApart('بيروت', 'بيرن')).toBe(false);
    expect(oneEditApart('abcd', 'abdc')).toBe(false);
    expect(oneEditApart('ab', 'abcd')).toBe(false);
  });
});
