import { describe, expect, it } from 'vitest';
import { createTextGenerator, seededRandom } from '../../tests/bench/generate';
import { countWords, countWordsOfTexts, excerptOf, segmentedWordCount } from './words';

/** Pieces of text of every kind: the fast count's letters, marks and punctuation, and what it leaves to the segmenter. */
const PIECES = [
  // Arabic letters, harakat, tatweel, Arabic-Indic and Persian digits, Quranic marks.
  'كتب',
  'المدينة',
  'بِسْمِ',
  'ـ',
  'كـتـاب',
  '٢٠٢٦',
  '۱۴۰۳',
  'ٰ',
  'ۖ',
  'ً',
  'ی',
  'گ',
  'ڤ',
  // Latin, with accents and combining marks; digits and numbers with separators.
  'Reuters',
  'café',
  'e\u0301',
  'Ærø',
  'ß',
  'naïve',
  '3',
  '1,000',
  '3.14',
  '12:30',
  '50%',
  '3D',
  'x2',
  // Punctuation that stands apart, and punctuation that may join letters.
  '.',
  ',',
  '،',
  '؛',
  '؟',
  '!',
  '?',
  '«',
  '»',
  '“',
  '”',
  '‘',
  '’',
  '(',
  ')',
  '[',
  ']',
  '…',
  '–',
  '—',
  '-',
  ':',
  ';',
  '"',
  "'",
  "don't",
  'U.S.',
  'e.g.',
  'a.b',
  'a:b',
  'a/b',
  '@',
  '#',
  '&',
  '_',
  'a_b',
  '٫',
  '٬',
  // Joiners and format characters, other scripts, symbols.
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u00ad',
  '\ufeff',
  'می\u200cخواهم',
  'שלום',
  'צה"ל',
  'Привет',
  'Ελλάδα',
  '東京',
  'ひらがな',
  'カタカナ',
  'ภาษาไทย',
  '한국어',
  '😀',
  '👩‍💻',
  '🇸🇦',
  '©',
  '→',
  '∑',
  // Separators: spaces of several kinds, tabs, line breaks.
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u3000',
  '\u2028',
];

describe('countWords', () => {
  it('counts Arabic, Latin and numbers, not punctuation', () => {
    expect(countWords('قال المتحدث إن Reuters نشرت 3 تقارير.')).toBe(7);
    expect(countWords('— «» ، . !')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  /** Texts of 1–12 random pieces on which countWords and the segmenter disagree. */
  function disagreements(pieces: readonly string[], seed: number): string[] {
    const random = seededRandom(seed);
    const found: string[] = [];
    for (let i = 0; i < 4000; i += 1) {
      let text = '';
      const count = 1 + Math.floor(random() * 12);
      for (let k = 0; k < count; k += 1) text += pieces[Math.floor(random() * pieces.length)]!;
      if (countWords(text) !== segmentedWordCount(text)) found.push(JSON.stringify(text));
    }
    return found.slice(0, 10);
  }

  it('agrees with Intl.Segmenter on random text of every kind', () => {
    expect(disagreements(PIECES, 29)).toEqual([]);
  });

  it('agrees with Intl.Segmenter on random text of the characters it counts by itself', () => {
    const own = [
      'كتب',
      'بِسْمِ',
      'ـ',
      '٢٠٢٦',
      'ٰ',
      'ۖ',
      'Reuters',
      'café',
      'e\u0301',
      '3',
      '.',
      ',',
      '،',
      '؟',
      '«',
      '»',
      '“',
      '’',
      '(',
      '…',
      '—',
      '-',
      '%',
      ' ',
      ' ',
      '\n',
      '\u00a0',
    ];
    expect(disagreements(own, 31)).toEqual([]);
  });

  it('agrees with Intl.Segmenter on generated Arabic prose', () => {
    const text = createTextGenerator(5);
    for (let i = 0; i < 200; i += 1) {
      const paragraph = text.paragraph();
      expect(countWords(paragraph), paragraph).toBe(segmentedWordCount(paragraph));
    }
  });
});

describe('countWordsOfTexts', () => {
  it('counts as many words as countWords in the texts joined by blank lines', () => {
    const random = seededRandom(43);
    let words = 0;
    for (let i = 0; i < 1000; i += 1) {
      const texts = Array.from({ length: Math.floor(random() * 6) }, () => {
        let text = '';
        const count = Math.floor(random() * 8);
        for (let k = 0; k < count; k += 1) text += PIECES[Math.floor(random() * PIECES.length)]!;
        return text;
      });
      const expected = countWords(texts.join('\n\n'));
      expect(countWordsOfTexts(texts), JSON.stringify(texts)).toBe(expected);
      words += expected;
    }
    expect(words).toBeGreaterThan(1000);
  });
});

describe('excerptOf', () => {
  it('keeps short text and cuts long text at a word boundary', () => {
    expect(excerptOf('  short\n text ')).toBe('short text');
    const long = 'كلمة '.repeat(100);
    const excerpt = excerptOf(long, 50);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt).not.toMatch(/ …$/);
  });
});
