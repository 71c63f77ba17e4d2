import { describe, expect, it } from 'vitest';
import { parseHamishLink } from './hamishLink';

describe('parseHamishLink', () => {
  it('reads the links the Markdown export writes', () => {
    expect(parseHamishLink('hamish://read/b2?at=5-20')).toEqual({
      ok: true,
      value: { articleId: 'b2', at: { start: 5, end: 20 } },
    });
    expect(parseHamishLink('hamish://read/0f8fad5b-d9cb-469f-a165-70867728950e')).toEqual({
      ok: true,
      value: { articleId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
    });
    // Some systems upper-case the scheme.
    expect(parseHamishLink('HAMISH://read/a1').ok).toBe(true);
  });

  it('refuses everything else', () => {
    for (const link of [
      '',
      'hamish:',
      'hamish://',
      'hamish://read/',
      'hamish://settings',
      'hamish://delete/a1',
      'hamish://read/a1/extra',
      'hamish://read/a1?at=5-20&then=more',
      'hamish://read/a1?at=20-5',
      'hamish://read/a1?at=5-5',
      'hamish://read/a1?at=-1-5',
      'hamish://read/a1?at=1e3-2e3',
      'hamish://read/a1?at=1234567890-1234567891',
      'hamish://read/a1?at=',
      'hamish://read/a1#fragment',
      'hamish://read/a%2F..%2Fb',
      'hamish://read/%E0%A4%A',
      'hamish://read/<script>',
      'hamish://user@read/a1',
      'hamish:read/a1',
      'http://read/a1',
      ` hamish://read/a1`,
      `hamish://read/${'a'.repeat(129)}`,
      `hamish://read/a1?at=1-2${' '.repeat(600)}`,
    ])
      expect(parseHamishLink(link), JSON.stringify(link)).toEqual({ ok: false, error: 'malformed' });
  });
});
