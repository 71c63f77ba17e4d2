import { describe, expect, it } from 'vitest';
import {
  analyzeForFind,
  continueFindAnalysis,
  findAnalysisDone,
  findMatches,
  firstMatchFrom,
  matchHolding,
  matchSpans,
  prepareFind,
  type FindResult,
} from './find';

/** What each match paints, as text: its words joined by " … " when they stand apart. */
function found(text: string, query: string, analyzed = true): string[] | null {
  const prepared = prepareFind(text);
  if (analyzed) analyzeForFind(prepared);
  const result = findMatches(prepared, query);
  return result === null
    ? null
    : result.matches.map((match) =>
        matchSpans(match)
          .map((span) => text.slice(span.start, span.end))
          .join(' … '),
      );
}

describe('findMatches, folded substrings (before and after the analyzer pass)', () => {
  for (const analyzed of [false, true]) {
    describe(analyzed ? 'analyzed' : 'not yet analyzed', () => {
      it('matches across diacritics both ways and returns the original text, marks included', () => {
        const text = 'عن المُخابَرات وعن المخابرات';
        expect(found(text, 'المخابرات', analyzed)).toEqual(['المُخابَرات', 'المخابرات']);
        expect(found(text, 'المُخابَرات', analyzed)).toEqual(['المُخابَرات', 'المخابرات']);
      });

      it('folds hamza forms, tatweel, ى/ي, ة/ه and digits', () => {
        // Analyzed, a word with a clitic is painted whole.
        expect(found('أحمد واحمد وإحسان', 'احمد', analyzed)).toEqual(['أحمد', analyzed ? 'واحمد' : 'احمد']);
        expect(found('الكتـــاب والكتاب', 'الكتاب', analyzed)).toEqual(['الكتـــاب', analyzed ? 'والكتاب' : 'الكتاب']);
        expect(found('مصطفى', 'مصطفي', analyzed)).toEqual(['مصطفى']);
        expect(found('مدرسة', 'مدرسه', analyzed)).toEqual(['مدرسة']);
        expect(found('الساعة ٣ والساعة 3', '3', analyzed)).toEqual(['٣', '3']);
      });

      it('keeps offsets right across block separators and after expanding ligatures', () => {
        const text = 'فقرة \ufefb أولى\n\nفقرة ثانية فيها أولى';
        const prepared = prepareFind(text);
        if (analyzed) analyzeForFind(prepared);
        const { matches } = findMatches(prepared, 'أولى')!;
        expect(matches.map((match) => text.slice(match.start, match.end))).toEqual(['أولى', 'أولى']);
        expect(matches[1]!.start).toBe(text.lastIndexOf('أولى'));
      });

      it('finds part of a word while it is typed, and does not overlap matches', () => {
        expect(found('aaaa', 'aa', analyzed)).toEqual(['aa', 'aa']);
        // Analyzed, the word being typed is painted whole (the last query word matches word starts).
        expect(found('في القاهرة اليوم', 'القاه', analyzed)).toEqual([analyzed ? 'القاهرة' : 'القاه']);
      });

      it('has nothing to look for in a query of marks or spaces, and no match for an absent word', () => {
        expect(found('نص', '\u064e\u0651', analyzed)).toBeNull();
        expect(found('نص', '   ', analyzed)).toBeNull();
        expect(found('نص', 'غائب', analyzed)).toEqual([]);
      });
    });
  }
});

describe('findMatches with the analyzer', () => {
  it('finds the clitic, prefixed and suffixed forms search finds, painting the whole word', () => {
    expect(found('وصل الوفد بدمشق أمس، ودمشق هادئة.', 'دمشق')).toEqual(['بدمشق', 'ودمشق']);
    expect(found('وبالنسبة إلى النسبة المئوية', 'النسبة')).toEqual(['وبالنسبة', 'النسبة']);
    expect(found('ارتفعت أسعار المشروبات، وكل مشروب غلا.', 'مشروب')).toEqual(['المشروبات', 'مشروب']);
    expect(found('قالت الوزارة إن وزارة أخرى', 'وزارة')).toEqual(['الوزارة', 'وزارة']);
  });

  it('still finds the letters inside another word, as the find of a browser does, painting only them', () => {
    expect(found('تحدث العالم عن المعلم', 'علم')).toEqual(['علم']);
  });

  it('finds what only the analyzer knows before the pass is done only by substrings', () => {
    expect(found('وصل الوفد بدمشق أمس.', 'دمشق', false)).toEqual(['دمشق']);
    expect(found('زار المدن الكبرى', 'مدينة', false)).toEqual([]);
    expect(found('زار المدن الكبرى', 'مدينة')).toEqual(['المدن']);
  });

  it('a phrase is found side by side first, then in one sentence apart, never across sentences', () => {
    const text = 'وقع الاتفاق النووي أمس. وقال إن الاتفاق مع إيران نووي الطابع. النووي هنا. والاتفاق هناك.';
    const prepared = analyzeForFind(prepareFind(text));
    const result = findMatches(prepared, 'الاتفاق النووي')!;
    expect(result.exact).toBe(1);
    expect(
      result.matches.map((match) =>
        matchSpans(match)
          .map((span) => text.slice(span.start, span.end))
          .join(' … '),
      ),
    ).toEqual(['الاتفاق النووي', 'الاتفاق … نووي']);
  });

  it('a sentence holding an exact phrase is not found a second time apart', () => {
    expect(found('الاتفاق النووي والاتفاق الآخر النووي.', 'الاتفاق النووي')).toEqual(['الاتفاق النووي']);
  });

  it('analyzes in slices that stop when the time is spent and give the same matches', () => {
    const text = Array.from({ length: 40 }, (_, i) => `الفقرة ${i} عن بدمشق والقاهرة.`).join('\n\n');
    const sliced = prepareFind(text);
    let slices = 0;
    while (!continueFindAnalysis(sliced, () => 0)) slices += 1;
    expect(slices).toBe(39);
    expect(findAnalysisDone(sliced)).toBe(true);
    const whole = analyzeForFind(prepareFind(text));
    expect(findMatches(sliced, 'دمشق')).toEqual(findMatches(whole, 'دمشق'));
    expect(findMatches(sliced, 'دمشق')!.matches).toHaveLength(40);
  });
});

describe('firstMatchFrom', () => {
  const exactOnly: FindResult = {
    matches: [
      { start: 5, end: 8 },
      { start: 20, end: 23 },
      { start: 40, end: 43 },
    ],
    exact: 3,
  };

  it('takes the first match at or after the reading position, wrapping to the first', () => {
    expect(firstMatchFrom(exactOnly, 0)).toBe(0);
    expect(firstMatchFrom(exactOnly, 20)).toBe(1);
    expect(firstMatchFrom(exactOnly, 21)).toBe(2);
    expect(firstMatchFrom(exactOnly, 41)).toBe(0);
    expect(firstMatchFrom({ matches: [], exact: 0 }, 10)).toBe(0);
  });

  it('prefers exact matches to words apart, and takes those only when there is no exact one', () => {
    const both: FindResult = {
      matches: [
        { start: 5, end: 8 },
        { start: 1, end: 30, parts: [] },
        { start: 50, end: 80, parts: [] },
      ],
      exact: 1,
    };
    expect(firstMatchFrom(both, 40)).toBe(0);
    const apartOnly: FindResult = { matches: both.matches.slice(1), exact: 0 };
    expect(firstMatchFrom(apartOnly, 40)).toBe(1);
  });
});

describe('findMatches when nothing matches as typed', () => {
  const text = 'زار الوفد طوكيو أمس، ثم غادر طوكيو إلى أوساكا.';

  it('corrects a word one letter off to the article word and says so', () => {
    const result = findMatches(analyzeForFind(prepareFind(text)), 'طوكبو')!;
    expect(result.corrected).toBe('طوكيو');
    expect(result.matches.map((match) => text.slice(match.start, match.end))).toEqual(['طوكيو', 'طوكيو']);
  });

  it('does not take a word with a letter more at its end for a typo, nor correct short words', () => {
    const prepared = analyzeForFind(prepareFind('قال الوزير إن الخطة جاهزة.'));
    expect(findMatches(prepared, 'الوزيرة')).toEqual({ matches: [], exact: 0 });
    expect(findMatches(prepared, 'قاك')).toEqual({ matches: [], exact: 0 });
  });

  it('does not correct before the words are analyzed', () => {
    expect(findMatches(prepareFind(text), 'طوكبو')).toEqual({ matches: [], exact: 0 });
  });
});

describe('matchHolding', () => {
  it('keeps the reader on the whole word that holds the substring match it was on', () => {
    const text = 'وصل الوفد بدمشق أمس، ودمشق هادئة.';
    const prepared = prepareFind(text);
    const before = findMatches(prepared, 'دمشق')!;
    const onSecond = before.matches[1]!.start;
    analyzeForFind(prepared);
    const after = findMatches(prepared, 'دمشق')!;
    expect(matchHolding(after, before.matches[0]!.start)).toBe(0);
    expect(matchHolding(after, onSecond)).toBe(1);
    // firstMatchFrom, for a reading position, would have moved past the word that holds it.
    expect(firstMatchFrom(after, before.matches[0]!.start)).toBe(1);
  });
});
