import { describe, expect, it } from 'vitest';
import { countWords, excerptOf } from './words';

describe('countWords', () => {
  it('counts Arabic, Latin and numbers, not punctuation', () => {
    expect(countWords('قال المتحدث إن Reuters نشرت 3 تقارير.')).toBe(7);
    expect(countWords('— «» ، . !')).toBe(0);
  });
});

describe('excerptOf', () => {
  it('keeps short text and cuts long text at a word boundary', () => {
    expect(excerptOf('  short\n text ')).toBe('short text');
    const long = 'كلمة '.repeat(100);
    const excerpt = excerptOf(long, 50);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt).not.toMatch(/ …$/);
  });
});
