import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';

describe('parseQuery', () => {
  it('analyzes every word and marks the last one as a prefix while it is typed', () => {
    expect(parseQuery('المُخابرات العامة')).toEqual({
      terms: [
        { term: 'المخابرات', stemKeys: ['f~مخابر', 'x~مخابر', 'مخابر'], prefix: false },
        { term: 'العامه', stemKeys: ['f~عام', 'x~عام'], prefix: true },
      ],
      phrases: [],
    });
  });

  it('stops prefix matching once the word is finished with a space', () => {
    expect(parseQuery('كتاب ').terms).toEqual([
      { term: 'كتاب', stemKeys: ['كتاب', 'x~كتاب', 'f~كتاب'], prefix: false },
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
      terms: [{ term: 'كتاب', stemKeys: ['كتاب', 'x~كتاب', 'f~كتاب'], prefix: false }],
      phrases: [],
    });
  });

  it('finds nothing to look for in blank or punctuation-only input', () => {
    expect(parseQuery('   ')).toEqual({ terms: [], phrases: [] });
    expect(parseQuery('؟!""')).toEqual({ terms: [], phrases: [] });
  });
});
