import { describe, expect, it } from 'vitest';
import { parseHamishLink } from '../../electron/common/hamishLink';
import { hamishLink } from '../exports/exportTypes';
import { hrefForOpenedLink } from './openedLink';
import { parseRoute } from '../shared/route';

describe('hrefForOpenedLink', () => {
  it('opens the article at the highlight', () => {
    expect(hrefForOpenedLink({ ok: true, target: { articleId: 'a1', at: { start: 40, end: 47 } } })).toBe(
      '#/read/a1?at=40-47',
    );
    expect(hrefForOpenedLink({ ok: true, target: { articleId: 'a1' } })).toBe('#/read/a1');
  });

  it('opens nothing for a malformed link', () => {
    expect(hrefForOpenedLink({ ok: false })).toBeNull();
  });

  it("follows the export's own links to the route they name, UUIDs included", () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const parsed = parseHamishLink(hamishLink(id, 12, 30));
    expect(parsed.ok).toBe(true);
    const href = hrefForOpenedLink(parsed.ok ? { ok: true, target: parsed.value } : { ok: false });
    expect(parseRoute(href!)).toEqual({ view: 'reader', articleId: id, at: { start: 12, end: 30 } });
    expect(parseHamishLink(hamishLink(id)).ok).toBe(true);
  });
});
