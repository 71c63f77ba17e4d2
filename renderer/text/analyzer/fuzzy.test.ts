import { describe, expect, it } from 'vitest';
import { correctionFor, MIN_FUZZY_LETTERS, respell, type NearTerms } from './fuzzy';

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
