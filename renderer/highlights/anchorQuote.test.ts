import { describe, expect, it } from 'vitest';
import { anchorQuote } from './anchorQuote';
import { describeRange } from './quoteSelector';

const article =
  'قال المتحدث باسم الوزارة إن Reuters نشرت 3 تقارير عن المخابرات. ' +
  'وأضاف أن التحقيق مستمر منذ عام 2024، وأن النتائج ستُعلن قريبًا. ' +
  'وفي بيروت قال المتحدث إن الوضع هادئ.';

function select(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(quote, at + 1);
  return describeRange(text, at, at + quote.length);
}

describe('describeRange', () => {
  it('keeps the quote and up to 32 characters of context', () => {
    const selectors = select(article, 'التحقيق مستمر');
    expect(selectors.exact).toBe('التحقيق مستمر');
    expect(selectors.prefix).toHaveLength(32);
    expect(article.slice(selectors.start - 32, selectors.start)).toBe(selectors.prefix);
    expect(selectors.suffix).toBe(article.slice(selectors.end, selectors.end + 32));
  });

  it('refuses empty or out-of-range ranges', () => {
    expect(() => describeRange('abc', 2, 2)).toThrow(RangeError);
    expect(() => describeRange('abc', 1, 9)).toThrow(RangeError);
  });
});

describe('anchorQuote', () => {
  it('uses the stored position when the quote is still there', () => {
    const selectors = select(article, 'Reuters نشرت 3 تقارير');
    expect(anchorQuote(article, selectors)).toEqual({
      start: selectors.start,
      end: selectors.end,
      method: 'position',
      score: 1,
    });
    expect(anchorQuote(`${article} (تحديث)`, selectors)).toMatchObject({ method: 'position' });
  });

  it('finds the exact quote after text was inserted before it', () => {
    const selectors = select(article, 'التحقيق مستمر');
    const edited = `مقدمة جديدة أضيفت في الأعلى. ${article}`;
    const anchor = anchorQuote(edited, selectors)!;
    expect(anchor.method).toBe('exact');
    expect(edited.slice(anchor.start, anchor.end)).toBe('التحقيق مستمر');
  });

  it('chooses the occurrence whose context matches, not merely the nearest', () => {
    // "قال المتحدث" appears twice; the user highlighted the second one.
    const selectors = select(article, 'قال المتحدث', 1);
    const edited = article.replace('وفي بيروت', 'وفي مدينة بيروت') + ' '.repeat(10);
    const moved = { ...selectors, start: 0, end: selectors.exact.length }; // a stale position near the first one
    const anchor = anchorQuote(edited, moved)!;
    expect(anchor.start).toBe(edited.lastIndexOf('قال المتحدث'));
  });

  it('falls back to a fuzzy match when the quoted text itself was edited', () => {
    const selectors = select(article, 'وأن النتائج ستُعلن قريبًا');
    const edited = article.replace('ستُعلن', 'ستعلن');
    const anchor = anchorQuote(edited, selectors)!;
    expect(anchor.method).toBe('fuzzy');
    expect(edited.slice(anchor.start, anchor.end)).toContain('النتائج ستعلن قريبًا');
  });

  it('returns null (an orphan) when the passage is gone', () => {
    const selectors = select(article, 'التحقيق مستمر منذ عام 2024');
    const edited = article.replace('وأضاف أن التحقيق مستمر منذ عام 2024، وأن النتائج ستُعلن قريبًا. ', '');
    expect(anchorQuote(edited, selectors)).toBeNull();
  });

  it('does not fuzzy-match a short quote onto a different word', () => {
    const selectors = select('one two three', 'two');
    expect(anchorQuote('one six three', selectors)).toBeNull();
  });

  it('handles a mixed Arabic/Latin selection exactly', () => {
    const selectors = select(article, 'إن Reuters نشرت');
    const anchor = anchorQuote(`  ${article}`, selectors)!;
    expect(anchor).toMatchObject({ start: selectors.start + 2, end: selectors.end + 2, method: 'exact' });
  });
});

describe('anchorQuote far from the old position', () => {
  const filler = 'نص محايد لا علاقة له بالموضوع. '.repeat(400);
  const passage = 'وأكد الباحث أن نتائج الدراسة الجديدة تخالف ما نشرته Nature في عام 2019 بشكل واضح';

  it('finds a passage that moved far away and was lightly edited', () => {
    const original = `${passage} ${filler}`;
    const selectors = describeRange(original, 0, passage.length);
    const edited = `${filler}${filler} ${passage.replace('الجديدة', 'الجديده')} خاتمة.`;
    const anchor = anchorQuote(edited, selectors)!;
    expect(anchor.method).toBe('fuzzy');
    expect(edited.slice(anchor.start, anchor.end)).toContain('نتائج الدراسة الجديده');
  });

  it('leaves a far, heavily rewritten passage as an orphan', () => {
    const original = `${passage} ${filler}`;
    const selectors = describeRange(original, 0, passage.length);
    const rewritten = passage.replace('وأكد الباحث أن', 'وقال العالم إن').replace('بشكل واضح', 'تماما');
    expect(anchorQuote(`${filler}${filler} ${rewritten}`, selectors)).toBeNull();
  });
});
