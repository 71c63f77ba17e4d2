import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './route';

describe('routes', () => {
  it('reads the library and reader routes', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/')).toEqual({ view: 'library' });
    expect(parseRoute('#/read/abc')).toEqual({ view: 'reader', articleId: 'abc' });
    expect(parseRoute('#/read/%E2%9C%93')).toEqual({ view: 'reader', articleId: '✓' });
    expect(parseRoute('#/read/%E0%A4%A')).toEqual({ view: 'library' });
  });

  it('reads a range to reveal, and ignores a malformed one', () => {
    expect(parseRoute('#/read/abc?at=10-25')).toEqual({ view: 'reader', articleId: 'abc', at: { start: 10, end: 25 } });
    expect(parseRoute('#/read/abc?at=25-10')).toEqual({ view: 'reader', articleId: 'abc' });
    expect(parseRoute('#/read/abc?at=x-1')).toEqual({ view: 'reader', articleId: 'abc' });
    expect(parseRoute('#/read/abc?other=1')).toEqual({ view: 'reader', articleId: 'abc' });
  });

  it('writes what it reads', () => {
    for (const route of [
      { view: 'library' } as const,
      { view: 'reader', articleId: 'a b/c' } as const,
      { view: 'reader', articleId: 'abc', at: { start: 3, end: 9 } } as const,
    ]) {
      expect(parseRoute(hrefFor(route))).toEqual(route);
    }
  });
});
