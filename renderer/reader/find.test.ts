import { describe, expect, it } from 'vitest';
import { findMatches, firstMatchFrom, prepareFind } from './find';

function found(text: string, query: string): string[] | null {
  const matches = findMatches(prepareFind(text), query);
  return matches === null ? null : matches.map((match) => text.slice(match.start, match.end));
}

describe('findMatches', () => {
  it('matches across diacritics both ways and returns the original text, marks included', () => {
    const text = 'عن المُخابَرات وعن المخابرات';
    expect(found(text, 'المخابرات')).toEqual(['المُخابَرات', 'المخابرات']);
    expect(found(text, 'المُخابَرات')).toEqual(['المُخابَرات', 'المخابرات']);
  });

  it('folds hamza forms, tatweel, ى/ي, ة/ه and digits', () => {
    expect(found('أحمد واحمد وإحسان', 'احمد')).toEqual(['أحمد', 'احمد']);
    expect(found('الكتـــاب والكتاب', 'الكتاب')).toEqual(['الكتـــاب', 'الكتاب']);
    expect(found('مصطفى', 'مصطفي')).toEqual(['مصطفى']);
    expect(found('مدرسة', 'مدرسه')).toEqual(['مدرسة']);
    expect(found('الساعة ٣ والساعة 3', '3')).toEqual(['٣', '3']);
  });

  it('keeps offsets right across block separators and after expanding ligatures', () => {
    const text = 'فقرة \ufefb أولى\n\nفقرة ثانية فيها أولى';
    const matches = findMatches(prepareFind(text), 'أولى')!;
    expect(matches.map((match) => text.slice(match.start, match.end))).toEqual(['أولى', 'أولى']);
    expect(matches[1]!.start).toBe(text.lastIndexOf('أولى'));
  });

  it('does not overlap matches', () => {
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });

  it('has nothing to look for in a query of marks or spaces, and no match for an absent word', () => {
    expect(found('نص', '\u064e\u0651')).toBeNull();
    expect(found('نص', '   ')).toBeNull();
    expect(found('نص', 'غائب')).toEqual([]);
  });
});

describe('firstMatchFrom', () => {
  const matches = [
    { start: 5, end: 8 },
    { start: 20, end: 23 },
    { start: 40, end: 43 },
  ];

  it('takes the first match at or after the reading position, wrapping to the first', () => {
    expect(firstMatchFrom(matches, 0)).toBe(0);
    expect(firstMatchFrom(matches, 20)).toBe(1);
    expect(firstMatchFrom(matches, 21)).toBe(2);
    expect(firstMatchFrom(matches, 41)).toBe(0);
    expect(firstMatchFrom([], 10)).toBe(0);
  });
});
