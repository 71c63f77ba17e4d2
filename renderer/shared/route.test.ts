import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './route';

describe('routes', () => {
  it('reads the library, notes and reader routes', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/')).toEqual({ view: 'library' });
    expect(parseRoute('#/notes')).toEqual({ view: 'notes' });
    expect(parseRoute('#/read/abc')).toEqual({ view: 'reader', articleId: 'abc' });
    expect(parseRoute('#/read/%E2%9C%93')).toEqual({ view: 'reader', articleId: '✓' });
  });

  it('reads a range to reveal, and ignores a malformed one', () => {
    expect(parseRoute('#/read/abc?at=10-25')).toEqual({ view: 'reader', articleId: 'abc', at: { start: 10, end: 25 } });
    expect(parseRoute('#/read/abc?at=25-10')).toEqual({ view: 'reader', articleId: 'abc' });
    expect(parseRoute('#/read/abc?at=x-1')).toEqual({ view: 'reader', articleId: 'abc' });
    expect(parseRoute('#/read/abc?other=1')).toEqual({ view: 'reader', articleId: 'abc' });
  });

  it('writes what it reads, including ids that need escaping', () => {
    for (const route of [
      { view: 'library' } as const,
      { view: 'notes' } as const,
      { view: 'reader', articleId: 'a b/c' } as const,
      { view: 'reader', articleId: 'مقالة' } as const,
      { view: 'reader', articleId: 'abc', at: { start: 3, end: 9 } } as const,
    ]) {
      expect(parseRoute(hrefFor(route))).toEqual(route);
    }
  });

  it('falls back to the library for anything else', () => {
    for (const hash of ['#', '#/nowhere', '#/read/', '#/read/%E0%A4%A', '#content']) {
      expect(parseRoute(hash)).toEqual({ view: 'library' });
    }
  });
});
