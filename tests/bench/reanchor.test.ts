// Re-anchoring at scale: after 50 edits to a 1 MB article, every surviving highlight is
// placed on text equal (or, where the edit touched it, close) to its quote.

import { describe, expect, it } from 'vitest';
import { reanchorScenario } from './reanchorFixture';
import { anchorQuote } from '../../renderer/highlights/anchorQuote';

describe('re-anchoring 2,000 highlights after 50 edits', () => {
  it('places them where their quote is, and orphans only what the edits destroyed', () => {
    const { edited, highlights } = reanchorScenario(5, 300_000, 2_000, 50);
    let exactOrPosition = 0;
    let orphans = 0;
    for (const highlight of highlights) {
      const anchor = anchorQuote(edited, highlight);
      if (anchor === null) {
        orphans += 1;
        continue;
      }
      const found = edited.slice(anchor.start, anchor.end);
      if (anchor.method === 'fuzzy') expect(found.length).toBeGreaterThan(highlight.exact.length * 0.5);
      else {
        expect(found).toBe(highlight.exact);
        exactOrPosition += 1;
      }
    }
    // 50 edits on 300 KB touch a small share of 2,000 highlights of ~90 characters.
    expect(exactOrPosition).toBeGreaterThan(1_700);
    expect(orphans).toBeLessThan(60);
  });
});
