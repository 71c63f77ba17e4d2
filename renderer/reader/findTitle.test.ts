import { describe, expect, it } from 'vitest';
import { analyzeForFind, findMatches, prepareFind } from './find';
import { combineFound, firstFound, foundHolding, prepareTitleFind } from './findTitle';

const BODY = 'وصل الوفد إلى حلب أمس.\n\nوقال الوفد إن حلب هادئة.';
const body = analyzeForFind(prepareFind(BODY));

describe('combineFound', () => {
  it('puts the title’s matches before the body’s', () => {
    const title = prepareTitleFind('وفد في حلب');
    const found = combineFound(title, 'حلب', findMatches(body, 'حلب'));
    expect(found.map((entry) => [entry.inTitle, entry.match.start])).toEqual([
      [true, 'وفد في '.length],
      [false, BODY.indexOf('حلب')],
      [false, BODY.lastIndexOf('حلب')],
    ]);
  });

  it('finds a word only in the title', () => {
    const found = combineFound(prepareTitleFind('Harvest report from Aleppo'), 'Aleppo', findMatches(body, 'Aleppo'));
    expect(found).toEqual([{ inTitle: true, match: { start: 20, end: 26 } }]);
  });

  it('leaves out the body’s corrected matches when the title has the word as typed', () => {
    // The body has "xyz" only, found as a correction of "xyq", which the title has as typed.
    const corrected = { matches: [{ start: 0, end: 3 }], exact: 1, corrected: 'xyz' };
    expect(combineFound(prepareTitleFind('abc xyq'), 'xyq', corrected).map((entry) => entry.inTitle)).toEqual([true]);
    expect(combineFound(prepareTitleFind('abc'), 'xyq', corrected).map((entry) => entry.inTitle)).toEqual([false]);
  });
});

describe('firstFound and foundHolding', () => {
  const title = prepareTitleFind('الوفد في حلب');
  const result = findMatches(body, 'الوفد');
  const found = combineFound(title, 'الوفد', result);

  it('starts at the title when it is on screen, else at the body from the reading position', () => {
    expect(found).toHaveLength(3);
    expect(firstFound(found, result, true, 30)).toBe(0);
    expect(firstFound(found, result, false, 0)).toBe(1);
    expect(firstFound(found, result, false, BODY.indexOf('وقال'))).toBe(2);
  });

  it('stays on the title’s match, or on the body’s match holding the offset', () => {
    expect(foundHolding(found, result, 0, true, 0)).toBe(0);
    expect(foundHolding(found, result, 2, false, BODY.lastIndexOf('الوفد'))).toBe(2);
  });
});
