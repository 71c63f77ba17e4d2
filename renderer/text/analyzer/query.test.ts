import { describe, expect, it } from 'vitest';
import { limitQuery, MAX_QUERY_LENGTH, parseQuery } from './query';

describe('parseQuery', () => {
  it('analyzes every word and marks the last one as a prefix while it is typed', () => {
    expect(parseQuery('المُخابرات العامة')).toEqual({
      terms: [
        { term: 'المخابرات', stemKeys: ['f~مخابر', 'x~مخابر', 'مخابر'], prefix: false, start: 0, end: 10 },
        { term: 'العامه', stemKeys: ['f~عام', 'x~عام'], prefix: true, start: 11, end: 17 },
      ],
      phrases: [],
    });
  });

  it('stops prefix matching once the word is finished with a space', () => {
    expect(parseQuery('كتاب ').terms).toEqual([
      { term: 'كتاب', stemKeys: ['كتاب', 'x~كتاب', 'f~كتاب'], prefix: false, start: 0, end: 4 },
    ]);
  });

  it('does not prefix-match words shorter than three letters', () => {
    expect(parseQuery('في').terms[0]!.prefix).toBe(false);
    expect(parseQuery('عن ال').terms.map((term) => term.prefix)).toEqual([false, false]);
  });

  it('reads quoted phrases in ASCII, curly and Arabic quotes', () => {
    for (const query of ['"الحرب الباردة" 1947', '“الحرب الباردة” 1947', '«الحرب الباردة» 1947']) {
      const parsed = parseQuery(query);
      expect(parsed.phrases.map((phrase) => phrase.map((term) => term.term))).toEqual([['الحرب', 'البارده']]);
      expect(parsed.terms.map((term) => term.term)).toEqual(['الحرب', 'البارده', '1947']);
    }
  });

  it('never prefix-matches inside a closed phrase', () => {
    expect(parseQuery('"الحرب الباردة"').terms.every((term) => !term.prefix)).toBe(true);
  });

  it('treats an unclosed quote as plain words', () => {
    const parsed = parseQuery('"الحرب البار');
    expect(parsed.phrases).toEqual([]);
    expect(parsed.terms.map((term) => [term.term, term.prefix])).toEqual([
      ['الحرب', false],
      ['البار', true],
    ]);
  });

  it('a one-word phrase is just a word', () => {
    expect(parseQuery('"كتاب"')).toEqual({
      terms: [{ term: 'كتاب', stemKeys: ['كتاب', 'x~كتاب', 'f~كتاب'], prefix: false, start: 1, end: 5 }],
      phrases: [],
    });
  });

  it('finds nothing to look for in blank or punctuation-only input', () => {
    expect(parseQuery('   ')).toEqual({ terms: [], phrases: [] });
    expect(parseQuery('؟!""')).toEqual({ terms: [], phrases: [] });
  });

  it('finds nothing to look for in diacritics, tatweel or invisible characters alone', () => {
    expect(parseQuery('ًٌٍَُِّ ـــ')).toEqual({ terms: [], phrases: [] });
    expect(parseQuery('\u200f\u00ad\u200d\ufeff \u202b')).toEqual({ terms: [], phrases: [] });
  });

  it('says where each word stands in the query as typed, phrases included', () => {
    const query = 'قرأتُ «الحرب الباردة» أمس';
    expect(parseQuery(query).terms.map(({ start, end }) => query.slice(start, end))).toEqual([
      'قرأتُ',
      'الحرب',
      'الباردة',
      'أمس',
    ]);
  });
});

describe('limitQuery', () => {
  it('leaves a query of the limit or less alone', () => {
    const query = 'ب'.repeat(MAX_QUERY_LENGTH);
    expect(limitQuery(query)).toEqual({ text: query, shortened: false });
  });

  it('cuts a 10,000-character query to the limit, at a space, and says so', () => {
    const query = 'كلمة '.repeat(2_000);
    const { text, shortened } = limitQuery(query);
    expect(shortened).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(text.endsWith('كلمة ')).toBe(true);
  });

  it('never leaves half a surrogate pair', () => {
    const query = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀${'b'.repeat(100)}`;
    const { text } = limitQuery(query);
    expect(text).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });
});
