import { describe, expect, it } from 'vitest';
import { analyze, analyzeQuery, ANALYZER_OPTIONS, indexTerms } from './analyze';

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
    expect(analyze('مسؤول رئيس', { ...ANALYZER_OPTIONS, hamzaCarriers: 'keep' }).map((token) => token.term)).toEqual([
      'مسؤول',
      'رئيس',
    ]);
    expect(analyze('مسؤول رئيس', { ...ANALYZER_OPTIONS, hamzaCarriers: 'fold' }).map((token) => token.term)).toEqual([
      'مسوول',
      'رييس',
    ]);
    expect(
      analyze('مسؤول رئيس', { ...ANALYZER_OPTIONS, hamzaCarriers: 'index-both' }).map((token) => token.term),
    ).toEqual(['مسؤول', 'رئيس']);
  });

  it('with index-both, adds the folded spelling, the other seat and their stem keys to the keys', () => {
    const options = { ...ANALYZER_OPTIONS, hamzaCarriers: 'index-both', brokenPlurals: false } as const;
    expect(analyze('سؤالها فئة', options).map((token) => token.keys)).toEqual([
      ['سؤالها', 'سؤال', 'سوالها', 'سوال', 'سئالها', 'سئال'],
      ['فئه', 'sه~فئ', 'فيه', 'sه~في', 'فؤه', 'sه~فؤ'],
    ]);
    expect(analyze('سؤالها', { ...options, hamzaCarriers: 'keep' })[0]!.keys).toEqual(['سؤالها', 'سؤال']);
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
    expect(termsOf(text)).toEqual([
      'استخدمت',
      'electron',
      'مع',
      'react',
      'في',
      '2024',
      'وبال',
      'python',
      'ايضا',
      'see',
      'docs',
    ]);
    expect(originals(text)).toEqual([
      'استخدمتُ',
      'Electron',
      'مع',
      'React',
      'في',
      '2024',
      'وبال',
      'Python',
      'أيضًا',
      'see',
      'docs',
    ]);
  });

  it('finds the same terms for the same word with and without diacritics', () => {
    expect(analyze('المُخابَرات')).toEqual([
      { term: 'المخابرات', stem: 'مخابر', suffixClass: 'f', keys: ['المخابرات', 'f~مخابر'], start: 0, end: 11 },
    ]);
    expect(analyze('المخابرات')[0]).toMatchObject({ term: 'المخابرات', stem: 'مخابر' });
  });
});

describe('indexTerms', () => {
  it('gives each word, then its stem key where the stem differs', () => {
    expect(indexTerms('المكتبات في Cairo')).toEqual(['المكتبات', 'f~مكتب', 'في', 'cairo']);
  });

  it('adds the other spelling after the word and its stem key', () => {
    expect(indexTerms('المسؤول', { ...ANALYZER_OPTIONS, hamzaCarriers: 'index-both' })).toEqual([
      'المسؤول',
      'مسؤول',
      'المسوول',
      'مسوول',
      'المسئول',
      'مسئول',
    ]);
  });

  it('agrees with analyze', () => {
    const text = 'وبالمدرسة الجديدة ٣ طلاب، والرئيسة and 3 students.';
    const expected = analyze(text).flatMap(({ keys }) => keys);
    expect(indexTerms(text)).toEqual(expected);
  });
});

describe('suffix classes read on the original text', () => {
  const classOf = (text: string) => analyze(text)[0]!.suffixClass;

  it('takes a final ه that was ة for a feminine ending, and one written ه for either', () => {
    expect(classOf('مكتبة')).toBe('f');
    expect(classOf('مكتبه')).toBe('x');
  });

  it('knows ة in its presentation forms and under diacritics', () => {
    expect(classOf('مكتب\ufe94')).toBe('f');
    expect(classOf('مكتبةٌ')).toBe('f');
  });

  it('gives non-Arabic words no class and no stem keys', () => {
    expect(classOf('Cairo')).toBeNull();
    expect(analyzeQuery('Cairo')[0]!.stemKeys).toEqual([]);
  });
});

describe('what a query word matches through its stem', () => {
  /** Whether the query word finds the document word: the same form, or a stem key they share. */
  const finds = (query: string, word: string) => {
    const asked = analyzeQuery(query)[0]!;
    const wanted = new Set([asked.term, ...asked.stemKeys]);
    return analyze(word)[0]!.keys.some((key) => wanted.has(key));
  };

  it('a word with ة finds its other feminine forms, not the masculine word that shares its stem', () => {
    expect(finds('مكتبة', 'المكتبات')).toBe(true);
    expect(finds('المكتبات', 'مكتبة')).toBe(true);
    expect(finds('مكتبة', 'مكتب')).toBe(false);
    expect(finds('مكتبة', 'المكتب')).toBe(false);
  });

  it('a word with ات finds the masculine too, which many nouns pluralize with ات', () => {
    expect(finds('مشروبات', 'مشروب')).toBe(true);
    expect(finds('المطارات', 'مطار')).toBe(true);
    // The measured cost: المكتبات (libraries) finds المكتب (office).
    expect(finds('المكتبات', 'مكتب')).toBe(true);
  });

  it('a feminine word finds a ه ending, which may be ة without its dots', () => {
    expect(finds('مكتبة', 'ومكتبه')).toBe(true);
  });

  it('a masculine word finds every form of its stem, the feminine included', () => {
    expect(finds('جديد', 'الجديدة')).toBe(true);
    expect(finds('المعلم', 'المعلمين')).toBe(true);
    expect(finds('المعلمون', 'معلم')).toBe(true);
  });

  it('a word typed with ه for ة finds both readings', () => {
    expect(finds('مدرسه', 'المدرسة')).toBe(true);
    expect(finds('مدرسه', 'مدرس')).toBe(true);
  });

  it('nisba adjectives match across ي, ية and يات', () => {
    expect(finds('عربي', 'العربية')).toBe(true);
    expect(finds('العربية', 'عربي')).toBe(true);
    expect(finds('العربية', 'عربيات')).toBe(true);
  });

  it('a two-letter stem matches only through the same suffixes', () => {
    expect(finds('القران', 'القرية')).toBe(false);
    expect(finds('القران', 'القرى')).toBe(false);
    expect(finds('القرية', 'قرية')).toBe(true);
    expect(finds('السنة', 'سنة')).toBe(true);
    expect(finds('لغة', 'لغات')).toBe(true);
  });
});
