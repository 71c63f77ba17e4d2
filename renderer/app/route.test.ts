import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './route';

describe('routes', () => {
  it('round-trips reader routes, including ids that need escaping', () => {
    for (const articleId of ['abc-123', 'a/b c', 'مقالة']) {
      expect(parseRoute(hrefFor({ view: 'reader', articleId }))).toEqual({ view: 'reader', articleId });
    }
  });

  it('knows the notes view and a range to reveal in an article', () => {
    expect(parseRoute('#/notes')).toEqual({ view: 'notes' });
    expect(hrefFor({ view: 'notes' })).toBe('#/notes');
    expect(parseRoute(hrefFor({ view: 'reader', articleId: 'a b', at: { start: 3, end: 9 } }))).toEqual({ view: 'reader', articleId: 'a b', at: { start: 3, end: 9 } });
    expect(parseRoute('#/read/x?at=9-3')).toEqual({ view: 'reader', articleId: 'x' });
  });

  it('falls back to the library for anything else', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/read/', '#/read/%E0%A4%A', '#content']) {
      expect(parseRoute(hash)).toEqual({ view: 'library' });
    }
  });
});
