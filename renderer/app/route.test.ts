import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './route';

describe('routes', () => {
  it('round-trips reader routes, including ids that need escaping', () => {
    for (const articleId of ['abc-123', 'a/b c', 'مقالة']) {
      expect(parseRoute(hrefFor({ view: 'reader', articleId }))).toEqual({ view: 'reader', articleId });
    }
  });

  it('falls back to the library for anything else', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/read/', '#/read/%E0%A4%A', '#content']) {
      expect(parseRoute(hash)).toEqual({ view: 'library' });
    }
  });
});
