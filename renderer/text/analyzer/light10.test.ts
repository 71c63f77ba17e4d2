import { describe, expect, it } from 'vitest';
import { LIGHT10_RULES, prefixSplits, suffixSplits } from './readings';

// Larkey's light10 as Lucene's ArabicStemmer has it: readings.ts with LIGHT10_RULES, where
// every word has exactly one reading.
const stripPrefix = (word: string) => prefixSplits(word, LIGHT10_RULES)[0]!.rest;
const splitSuffixes = (word: string) => {
  const [only, ...others] = suffixSplits(word, LIGHT10_RULES);
  expect(others).toEqual([]);
  return { stem: only!.stem, suffixes: only!.suffixes };
};
const stripSuffixes = (word: string) => splitSuffixes(word).stem;
const lightStem = (word: string) => stripSuffixes(stripPrefix(word));

// Inputs are normalized text (ة is ه there), except where a test names the raw letter.

describe('light10 prefixes: one rule each, with its length condition', () => {
  it.each([
    // [prefix, word, stripped, a word that would keep one letter, what it becomes]
    ['ال', 'الكتاب', 'كتاب', 'الم', 'الم'],
    // وال cannot take والد down to د; the و rule then takes و alone.
    ['وال', 'والكتاب', 'كتاب', 'والد', 'الد'],
    ['بال', 'بالقلم', 'قلم', 'بالغ', 'بالغ'],
    ['كال', 'كالبحر', 'بحر', 'كالح', 'كالح'],
    ['فال', 'فالعلم', 'علم', 'فالج', 'فالج'],
    ['لل', 'للطلاب', 'طلاب', 'للم', 'للم'],
  ])('%s comes off when two letters or more remain', (_prefix, word, stripped, tooShort, shortResult) => {
    expect(stripPrefix(word)).toBe(stripped);
    expect(stripPrefix(tooShort)).toBe(shortResult);
  });

  it('و comes off words of four letters or more only', () => {
    expect(stripPrefix('وكتب')).toBe('كتب');
    expect(stripPrefix('ولد')).toBe('ولد');
  });

  it('takes one prefix at most', () => {
    expect(stripPrefix('وللطلاب')).toBe('للطلاب');
  });

  it('leaves words without a prefix alone', () => {
    expect(stripPrefix('كتاب')).toBe('كتاب');
  });
});

describe('light10 suffixes: one rule each, with its length condition', () => {
  it.each([
    // [suffix, word, stripped, a word that would keep one letter, what it becomes]
    ['ها', 'كتابها', 'كتاب', 'بها', 'بها'],
    ['ان', 'كتابان', 'كتاب', 'بان', 'بان'],
    ['ات', 'مكتبات', 'مكتب', 'بات', 'بات'],
    ['ون', 'معلمون', 'معلم', 'كون', 'كون'],
    ['ين', 'معلمين', 'معلم', 'بين', 'بين'],
    // يه cannot take ميه down to م; the later ه rule takes ه alone.
    ['يه', 'عربيه', 'عرب', 'ميه', 'مي'],
    ['ية (raw ة)', 'عربية', 'عرب', 'بية', 'بي'],
    ['ه', 'كتابه', 'كتاب', 'به', 'به'],
    ['ة (raw ة)', 'مدرسة', 'مدرس', 'جة', 'جة'],
    ['ي', 'كتابي', 'كتاب', 'في', 'في'],
  ])('%s comes off when two letters or more remain', (_suffix, word, stripped, tooShort, shortResult) => {
    expect(stripSuffixes(word)).toBe(stripped);
    expect(stripSuffixes(tooShort)).toBe(shortResult);
  });

  it('tries the suffixes in order, each on what the previous one left', () => {
    expect(stripSuffixes('مكتباتها')).toBe('مكتب');
    // ه is tried after يه: a three-letter فيه keeps يه but loses ه.
    expect(stripSuffixes('فيه')).toBe('في');
  });

  it('tries each suffix once', () => {
    expect(stripSuffixes('كتابهه')).toBe('كتابه');
  });
});

describe('splitSuffixes', () => {
  it('says which suffixes came off, outermost first', () => {
    expect(splitSuffixes('مكتباتها')).toEqual({ stem: 'مكتب', suffixes: ['ها', 'ات'] });
    expect(splitSuffixes('عربية')).toEqual({ stem: 'عرب', suffixes: ['ية'] });
    expect(splitSuffixes('مكتبه')).toEqual({ stem: 'مكتب', suffixes: ['ه'] });
    expect(splitSuffixes('كتاب')).toEqual({ stem: 'كتاب', suffixes: [] });
  });
});

describe('lightStem', () => {
  it('takes the prefix first, then the suffixes', () => {
    expect(lightStem('والمكتبات')).toBe('مكتب');
    expect(lightStem('بالمدرسه')).toBe('مدرس');
    expect(lightStem('للمعلمين')).toBe('معلم');
  });

  it('leaves short words whole', () => {
    expect(lightStem('في')).toBe('في');
    expect(lightStem('من')).toBe('من');
  });
});
