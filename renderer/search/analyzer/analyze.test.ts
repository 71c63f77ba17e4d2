import { describe, expect, it } from 'vitest';
import { analyze, indexTerms } from './analyze';

const termsOf = (text: string) => analyze(text).map((token) => token.term);
const originals = (text: string) => analyze(text).map((token) => text.slice(token.start, token.end));

describe('analyzer normalization: one rule each, seen as terms', () => {
  it('deletes every haraka of U+064B–U+065F', () => {
    for (let code = 0x064b; code <= 0x065f; code += 1) {
      expect(termsOf(`كت${String.fromCharCode(code)}اب`), `U+${code.toString(16)}`).toEqual(['كتاب']);
    }
  });

  it.each([
    ['superscript alef U+0670', 'هٰذا', 'هذا'],
    ['tatweel U+0640', 'كتـــاب', 'كتاب'],
    ['alef with madda آ', 'آمن', 'امن'],
    ['alef with hamza above أ', 'أحمد', 'احمد'],
    ['alef with hamza below إ', 'إسلام', 'اسلام'],
    ['alef wasla ٱ', 'ٱسم', 'اسم'],
    ['alef maqsura ى', 'مصطفى', 'مصطفي'],
    ['taa marbuta ة', 'مدرسة', 'مدرسه'],
    ['Persian yeh ی', 'ایران', 'ايران'],
    ['Persian keheh ک', 'کتاب', 'كتاب'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ['Extended Arabic-Indic digits', '۱۴۰۲', '1402'],
    ['presentation forms B', '\ufee3\ufeae\ufea3\ufe92\ufe8e', 'مرحبا'],
    ['presentation forms A', '\ufb8e\ufb58', 'كپ'],
    ['Latin lowercase', 'MiniSearch', 'minisearch'],
  ])('%s', (_name, input, expected) => {
    expect(termsOf(input)).toEqual([expected]);
  });

  it('keeps ؤ and ئ in the term, or folds them to و and ي when asked', () => {
    expect(analyze('مسؤول رئيس', { hamzaCarriers: 'keep' }).map((token) => token.term)).toEqual(['مسؤول', 'رئيس']);
    expect(analyze('مسؤول رئيس', { hamzaCarriers: 'fold' }).map((token) => token.term)).toEqual(['مسوول', 'رييس']);
    expect(analyze('مسؤول رئيس', { hamzaCarriers: 'index-both' }).map((token) => token.term)).toEqual(['مسؤول', 'رئيس']);
  });

  it('with index-both, gives the folded spelling and its stem as variants', () => {
    expect(analyze('سؤالها فئة كتاب', { hamzaCarriers: 'index-both' }).map((token) => token.variants)).toEqual([
      ['سوالها', 'سوال'],
      ['فيه', 'في'],
      [],
    ]);
    expect(analyze('سؤالها', { hamzaCarriers: 'keep' })[0]!.variants).toEqual([]);
  });
});

describe('analyzer tokens', () => {
  it('stems Arabic words and leaves Latin words and numbers as they are', () => {
    expect(analyze('والمكتبات Libraries ١٩٤٨').map(({ term, stem }) => [term, stem])).toEqual([
      ['والمكتبات', 'مكتب'],
      ['libraries', 'libraries'],
      ['1948', '1948'],
    ]);
  });

  it('gives ranges in the original text, through diacritics, tatweel and ligatures', () => {
    const text = 'قرأتُ عن المُخابَرات في الكتـــاب \ufefb';
    expect(originals(text)).toEqual(['قرأتُ', 'عن', 'المُخابَرات', 'في', 'الكتـــاب', '\ufefb']);
  });

  it('analyzes mixed Arabic and English text word by word, in logical order', () => {
    const text = 'استخدمتُ Electron مع React في 2024، وبالـPython أيضًا (see docs).';
    expect(termsOf(text)).toEqual(['استخدمت', 'electron', 'مع', 'react', 'في', '2024', 'وبال', 'python', 'ايضا', 'see', 'docs']);
    expect(originals(text)).toEqual(['استخدمتُ', 'Electron', 'مع', 'React', 'في', '2024', 'وبال', 'Python', 'أيضًا', 'see', 'docs']);
  });

  it('finds the same terms for the same word with and without diacritics', () => {
    expect(analyze('المُخابَرات')).toEqual([{ term: 'المخابرات', stem: 'مخابر', variants: [], start: 0, end: 11 }]);
    expect(analyze('المخابرات')[0]).toMatchObject({ term: 'المخابرات', stem: 'مخابر' });
  });
});

describe('indexTerms', () => {
  it('gives each word, then its stem where the stem differs', () => {
    expect(indexTerms('المكتبات في Cairo')).toEqual(['المكتبات', 'مكتب', 'في', 'cairo']);
  });

  it('adds the variants after the word and its stem', () => {
    expect(indexTerms('المسؤول', { hamzaCarriers: 'index-both' })).toEqual(['المسؤول', 'مسؤول', 'المسوول', 'مسوول']);
  });

  it('agrees with analyze', () => {
    const text = 'وبالمدرسة الجديدة ٣ طلاب، والرئيسة and 3 students.';
    const expected = analyze(text).flatMap(({ term, stem, variants }) => [...(stem === term ? [term] : [term, stem]), ...variants]);
    expect(indexTerms(text)).toEqual(expected);
  });
});
