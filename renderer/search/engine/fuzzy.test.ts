import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { correctionFor, MIN_FUZZY_LETTERS, respell, type NearTerms } from '../../text/analyzer/fuzzy';
import { IndexInternals } from './indexInternals';

const near = (entries: [string, number][]): NearTerms => ({
  termsWithinOneEdit: () => entries.map(([term, frequency]) => ({ term, frequency })),
});

describe('correctionFor', () => {
  it('takes the word one edit away that most documents hold', () => {
    expect(
      correctionFor(
        'طوكبو',
        near([
          ['طوكيو', 4],
          ['طوكلو', 1],
        ]),
      ),
    ).toBe('طوكيو');
  });

  it('leaves words shorter than five letters alone', () => {
    expect(MIN_FUZZY_LETTERS).toBe(5);
    expect(correctionFor('بيرت', near([['بيروت', 9]]))).toBeNull();
  });

  it('never offers a stem key, which nobody types', () => {
    expect(correctionFor('مكتبت', near([['f~مكتب', 9]]))).toBeNull();
  });

  it('breaks a tie by code-point order, so the answer does not depend on the index’s order', () => {
    expect(
      correctionFor(
        'ابcde',
        near([
          ['abcde', 2],
          ['aacde', 2],
        ]),
      ),
    ).toBe('aacde');
  });
});

describe('respell: the edit applied to the query as typed', () => {
  it.each([
    ['a substitution keeps the ة and the diacritics around it', 'المدبنة', 'المدينه', 'المدينة'],
    ['an insertion', 'البرلمن', 'البرلمان', 'البرلمان'],
    ['a deletion', 'طوككيو', 'طوكيو', 'طوكيو'],
    ['diacritics on untouched letters stay', 'مُحفوض', 'محفوظ', 'مُحفوظ'],
    ['the edit at the end', 'بيرون', 'بيروت', 'بيروت'],
  ])('%s', (_name, typed, corrected, expected) => {
    expect(respell(typed, corrected)).toBe(expected);
  });

  it('falls back to the corrected form when the two are more than one edit apart', () => {
    expect(respell('كتاب', 'مكتبات')).toBe('مكتبات');
  });
});

describe('IndexInternals.termsWithinOneEdit', () => {
  it('agrees with MiniSearch’s own fuzzy search at distance 1, with document frequencies', () => {
    const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    index.addAll([
      { id: '1', text: 'tokyo kyoto' },
      { id: '2', text: 'tokyo tokio' },
      { id: '3', text: 'toky' },
    ]);
    const internals = new IndexInternals(index);
    const found = internals.termsWithinOneEdit('tokyo').sort((a, b) => a.term.localeCompare(b.term));
    expect(found).toEqual([
      { term: 'tokio', frequency: 1 },
      { term: 'toky', frequency: 1 },
    ]);
    const public_ = index.search('tokyo', { fuzzy: 1 }).map((result) => result.id);
    expect(public_.sort()).toEqual(['1', '2', '3']);
  });
});
