// Lucene's Arabic analysis tests as facts about ours: every input → output pair of
// TestArabicNormalizationFilter, TestArabicStemFilter and TestArabicAnalyzer (Apache Lucene,
// lucene/analysis/common/src/test/org/apache/lucene/analysis/ar). Plain light10
// (LIGHT10_RULES) must give Lucene's stem for every pair. Our analyzer gives the same, or
// differs on purpose: each difference is listed with its reason, and the index still holds
// Lucene's stem among the word's keys wherever the difference is only in how the query reads
// the word.

import { describe, expect, it } from 'vitest';
import { normalizeText } from '../arabicNormalize';
import { analyze, ANALYZER_OPTIONS } from './analyze';
import { LIGHT10_RULES, readingsOf } from './readings';

const light10 = (word: string) => readingsOf(normalizeText(word), LIGHT10_RULES)[0]!.stem;
/** Our stem of one word: the stem of the word as typed. */
const ours = (word: string) => analyze(word)[0]?.stem ?? '';
const oursKeys = (word: string) => analyze(word)[0]?.keys ?? [];

describe('TestArabicNormalizationFilter', () => {
  it.each([
    ['testAlifMadda', 'آجن', 'اجن'],
    ['testAlifHamzaAbove', 'أحمد', 'احمد'],
    ['testAlifHamzaBelow', 'إعاذ', 'اعاذ'],
    ['testAlifMaksura', 'بنى', 'بني'],
    ['testTehMarbuta', 'فاطمة', 'فاطمه'],
    ['testTatweel', 'روبرـــــت', 'روبرت'],
    ['testFatha', 'مَبنا', 'مبنا'],
    ['testKasra', 'علِي', 'علي'],
    ['testDamma', 'بُوات', 'بوات'],
    ['testFathatan', 'ولداً', 'ولدا'],
    ['testKasratan', 'ولدٍ', 'ولد'],
    ['testDammatan', 'ولدٌ', 'ولد'],
    ['testSukun', 'نلْسون', 'نلسون'],
    ['testShaddah', 'هتميّ', 'هتمي'],
    ['testEmptyTerm', '', ''],
  ])('%s: %s → %s, the same in ours', (_test, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

// [Lucene test, input, Lucene's (and light10's) stem, our stem, why ours differs]
const STEM_FILTER: [string, string, string, string, string | null][] = [
  ['testAlPrefix', 'الحسن', 'حسن', 'حسن', null],
  ['testWalPrefix', 'والحسن', 'حسن', 'حسن', null],
  ['testBalPrefix', 'بالحسن', 'حسن', 'حسن', null],
  ['testKalPrefix', 'كالحسن', 'حسن', 'حسن', null],
  ['testFalPrefix', 'فالحسن', 'حسن', 'حسن', null],
  ['testLlPrefix', 'للاخر', 'اخر', 'اخر', null],
  [
    'testWaPrefix',
    'وحسن',
    'حسن',
    'وحسن',
    'a leading و may be the word’s own (وزارة): the query reads the word as typed; the index holds حسن too',
  ],
  ['testAhSuffix', 'زوجها', 'زوج', 'زوج', null],
  [
    'testAnSuffix',
    'ساهدان',
    'ساهد',
    'ساهدان',
    'a final ان may be the word’s own (لبنان, اليابان): the query reads the word as typed; the index holds ساهد too',
  ],
  ['testAtSuffix', 'ساهدات', 'ساهد', 'ساهد', null],
  ['testWnSuffix', 'ساهدون', 'ساهد', 'ساهد', null],
  ['testYnSuffix', 'ساهدين', 'ساهد', 'ساهد', null],
  ['testYhSuffix', 'ساهديه', 'ساهد', 'ساهد', null],
  ['testYpSuffix', 'ساهدية', 'ساهد', 'ساهد', null],
  ['testHSuffix', 'ساهده', 'ساهد', 'ساهد', null],
  ['testPSuffix', 'ساهدة', 'ساهد', 'ساهد', null],
  ['testYSuffix', 'ساهدي', 'ساهد', 'ساهد', null],
  [
    'testComboPrefSuf',
    'وساهدون',
    'ساهد',
    'وساهد',
    'the و as above: read as typed by the query; the index holds ساهد too',
  ],
  [
    'testComboSuf',
    'ساهدهات',
    'ساهد',
    'ساهده',
    'no pronoun stands before ات: the ه is the stem’s (جبهات is the plural of جبهة, not جب)',
  ],
  ['testShouldntStem', 'الو', 'الو', 'الو', null],
  ['testNonArabic', 'English', 'English', 'english', 'Latin letters are lower-cased, as Lucene’s ArabicAnalyzer does'],
];

describe('TestArabicStemFilter', () => {
  it.each(STEM_FILTER)('%s: %s → %s (light10)', (_test, input, lucene) => {
    expect(input === 'English' ? input : light10(input)).toBe(lucene);
  });

  it.each(STEM_FILTER)('%s: %s → ours %s', (_test, input, lucene, expected, reason) => {
    expect(ours(input)).toBe(expected);
    if (reason === null) expect(ours(input)).toBe(lucene);
    else expect(expected).not.toBe(lucene);
  });

  it('keeps Lucene’s stem among the index terms where ours reads the word as typed', () => {
    for (const [, input, lucene, , reason] of STEM_FILTER) {
      if (reason?.includes('index holds')) expect(oursKeys(input), input).toContain(lucene);
    }
  });

  it('testEmptyTerm: nothing in, nothing out', () => {
    expect(analyze('')).toEqual([]);
  });

  it('testWithKeywordAttribute: no stem-exclusion set (deliberate: none is configured in a reader)', () => {
    expect(ours('ساهدهات')).toBe('ساهده');
  });
});

describe('TestArabicAnalyzer', () => {
  const stems = (text: string) => analyze(text).map((token) => token.stem);

  it.each([
    ['كبير', ['كبير']],
    ['كبيرة', ['كبير']],
    ['مشروب', ['مشروب']],
    ['مشروبات', ['مشروب']],
    ['أمريكيين', ['امريك']],
    ['امريكي', ['امريك']],
    ['كتاب', ['كتاب']],
    ['الكتاب', ['كتاب']],
    ['English text.', ['english', 'text']],
    ['١٢٣٤', ['1234']],
  ])('testBasicFeatures / testEnglishInput / testDigits: %s → %j, the same in ours', (input, expected) => {
    expect(stems(input)).toEqual(expected);
  });

  it('testBasicFeatures, stop words: ours keeps ما and الذين (deliberate: a quoted phrase must find them; BM25 weighs them down)', () => {
    expect(analyze('ما ملكت أيمانكم').map((token) => token.term)).toEqual(['ما', 'ملكت', 'ايمانكم']);
    expect(analyze('الذين ملكت أيمانكم').map((token) => token.term)).toEqual(['الذين', 'ملكت', 'ايمانكم']);
    // Lucene's output, ملكت and ايمانكم, is what ours gives for the words it keeps.
    expect(stems('ملكت أيمانكم')).toEqual(['ملكت', 'ايمانكم']);
  });

  it('testCustomStopwords: ours has none (deliberate, as above): "The quick brown fox." keeps the', () => {
    expect(stems('The quick brown fox.')).toEqual(['the', 'quick', 'brown', 'fox']);
  });

  it('testWithStemExclusionSet: without an exclusion set Lucene gives كبير the quick ساهد; ours ساهده (ه after ات, above)', () => {
    expect(stems('كبيرة the quick ساهدهات')).toEqual(['كبير', 'the', 'quick', 'ساهده']);
    expect(
      analyze('كبيرة the quick ساهدهات', { ...ANALYZER_OPTIONS, rules: LIGHT10_RULES }).map((token) => token.stem),
    ).toEqual(['كبير', 'the', 'quick', 'ساهد']);
  });

  it('testRandomStrings: random text never throws, and every token lies inside the text', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئـًٌٍَُِّْ \u00ad\u200d\u200f\u200cA1٣.،';
    for (let round = 0; round < 300; round += 1) {
      const length = next() % 40;
      let text = '';
      for (let i = 0; i < length; i += 1) text += alphabet[next() % alphabet.length];
      for (const token of analyze(text)) {
        expect(token.start).toBeGreaterThanOrEqual(0);
        expect(token.end).toBeLessThanOrEqual(text.length);
        expect(token.keys.length).toBeGreaterThan(0);
      }
    }
  });
});
