import { describe, expect, it } from 'vitest';
import { normalizeForSearch, normalizeText, originalRange } from './arabicNormalize';

describe('normalizeText: one rule each', () => {
  it.each([
    ['harakat (fatha, damma, kasra, sukun, shadda, tanween)', 'مُخَابَرَاتٌ', 'مخابرات'],
    [
      'the whole U+064B–U+065F range',
      'ب\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f',
      'ب',
    ],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'كتـــاب', 'كتاب'],
    ['alef with madda', 'آمن', 'امن'],
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إسلام', 'اسلام'],
    ['alef wasla', 'ٱلكتاب', 'الكتاب'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['taa marbuta', 'مدرسة', 'مدرسه'],
    ['Persian yeh', 'ی', 'ي'],
    ['Persian keheh', 'ک', 'ك'],
    ['Arabic-Indic digits', '١٢٣٤٥٦٧٨٩٠', '1234567890'],
    ['Extended Arabic-Indic digits', '۱۲۳', '123'],
    ['presentation forms (NFKC)', '\ufee3\ufeae\ufea3\ufe92\ufe8e', 'مرحبا'],
    ['lam-alef ligature expands', '\ufefb', 'لا'],
    ['Latin lowercase', 'MiniSearch', 'minisearch'],
    ['fullwidth Latin (NFKC)', 'ＡＢＣ', 'abc'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps ؤ and ئ unless asked to fold them', () => {
    expect(normalizeText('مسؤول رئيس')).toBe('مسؤول رئيس');
    expect(normalizeText('مسؤول رئيس', { foldHamzaCarriers: true })).toBe('مسوول رييس');
  });

  it('composes a Latin letter with its combining accent', () => {
    expect(normalizeText('cafe\u0301')).toBe('café');
  });
});

describe('normalizeForSearch: offsets back to the original', () => {
  it('maps a match after diacritics to the original span, marks included', () => {
    const original = 'قرأت عن المُخابَرات اليوم';
    const normalized = normalizeForSearch(original);
    const at = normalized.text.indexOf('المخابرات');
    const range = originalRange(normalized, at, at + 'المخابرات'.length);
    expect(original.slice(range.start, range.end)).toBe('المُخابَرات');
  });

  it('maps through tatweel and expanded ligatures', () => {
    const original = 'x كتـــاب \ufefb y';
    const normalized = normalizeForSearch(original);
    expect(normalized.text).toBe('x كتاب لا y');
    const book = normalized.text.indexOf('كتاب');
    expect(original.slice(...(Object.values(originalRange(normalized, book, book + 4)) as [number, number]))).toBe(
      'كتـــاب',
    );
    const la = normalized.text.indexOf('لا');
    expect(originalRange(normalized, la, la + 1)).toEqual({
      start: original.indexOf('\ufefb'),
      end: original.indexOf('\ufefb') + 1,
    });
  });

  it('keeps surrogate pairs whole', () => {
    const original = 'a😀b';
    const normalized = normalizeForSearch(original);
    expect(normalized.text).toBe('a😀b');
    expect(originalRange(normalized, 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('gives a long text what its segments give one by one, ligatures that grow it and lone surrogates included', () => {
    // Segments: a code point with its marks. The whole text goes through the per-character
    // fast path and the buffers' growth (ﷺ alone becomes 18 characters); each segment alone
    // through the general path.
    const pieces = [
      'ا',
      'أ',
      'ة',
      'ى',
      'ؤ',
      'ئ',
      'ـ',
      'بَ',
      'كِّ',
      'ﷺ',
      'ﷲ',
      'é',
      'É',
      'e\u0301',
      '٣',
      '😀',
      '\udc00',
      'A',
      ' ',
      '\u00ad',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const segments = Array.from({ length: 6000 }, () => pieces[Math.floor(next() * pieces.length)]!);
    const whole = segments.join('');
    for (const foldHamzaCarriers of [false, true]) {
      const normalized = normalizeForSearch(whole, { foldHamzaCarriers });
      let text = '';
      const starts: number[] = [];
      const ends: number[] = [];
      let offset = 0;
      for (const segment of segments) {
        const alone = normalizeForSearch(segment, { foldHamzaCarriers });
        text += alone.text;
        for (let k = 0; k < alone.text.length; k += 1) {
          starts.push(alone.starts[k]! + offset);
          ends.push(alone.ends[k]! + offset);
        }
        offset += segment.length;
      }
      expect(normalized.text).toBe(text);
      expect(normalized.text.length).toBeGreaterThan(whole.length);
      expect([...normalized.starts]).toEqual(starts);
      expect([...normalized.ends]).toEqual(ends);
    }
  });

  it('has one start and end per normalized character', () => {
    const normalized = normalizeForSearch('ﷲ أكبر');
    expect(normalized.starts.length).toBe(normalized.text.length);
    expect(normalized.ends.length).toBe(normalized.text.length);
  });
});

describe('normalizeForSearch: invisible format characters', () => {
  it.each([
    ['soft hyphen', '\u00ad'],
    ['zero-width joiner', '\u200d'],
    ['left-to-right mark', '\u200e'],
    ['right-to-left mark', '\u200f'],
    ['Arabic letter mark', '\u061c'],
    ['right-to-left embedding', '\u202b'],
    ['pop directional formatting', '\u202c'],
    ['right-to-left isolate', '\u2067'],
    ['pop directional isolate', '\u2069'],
    ['word joiner', '\u2060'],
    ['byte-order mark', '\ufeff'],
    ['combining grapheme joiner', '\u034f'],
    ['variation selector 16', '\ufe0f'],
  ])('deletes the %s inside a word, keeping the offsets of the letters around it', (_name, invisible) => {
    const original = `القا${invisible}هرة`;
    const normalized = normalizeForSearch(original);
    expect(normalized.text).toBe('القاهره');
    expect(originalRange(normalized, 0, normalized.text.length)).toEqual({ start: 0, end: original.length });
    expect(originalRange(normalized, 4, 5)).toEqual({ start: 5, end: 6 });
  });

  it('keeps the zero-width non-joiner and the zero-width space, which split words', () => {
    expect(normalizeText('می\u200cخواهم')).toBe('مي\u200cخواهم');
    expect(normalizeText('a\u200bb')).toBe('a\u200bb');
  });

  it('leaves a text of only invisible characters, diacritics and tatweel empty', () => {
    expect(normalizeText('\u200f\u00adـــَُ\ufeff')).toBe('');
  });
});
