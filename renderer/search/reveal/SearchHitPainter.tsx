// Reveals a search hit in the reader: once the article's blocks are on screen, scrolls to the
// hit and paints it with the CSS Custom Highlight API (the article's DOM is never touched, so
// React keeps owning it). Rendered beside the reader for routes with `?at=`.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import { useServices } from '../../platform/services';
import type { RevealRange } from '../../shared/route';
import { domRangeFor } from './domRange';

export const SEARCH_HIT_HIGHLIGHT = 'hamish-search-hit';

function paint(range: Range): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(SEARCH_HIT_HIGHLIGHT, new Highlight(range));
}

export function SearchHitPainter({ articleId, at }: { articleId: string; at: RevealRange }): ReactNode {
  const { db } = useServices();
  const blocks = useLiveQuery(async () => (await db.bodies.get(articleId))?.doc.blocks ?? null, [db, articleId]);
  const { start, end } = at;

  useEffect(() => {
    if (blocks === undefined || blocks === null) return;
    const content = document.getElementById('content') ?? document.body;
    const reveal = (): boolean => {
      const range = domRangeFor(content, blocks, { start, end });
      if (range === null) return false;
      paint(range);
      const anchor = range.startContainer.parentElement;
      anchor?.scrollIntoView({ block: 'center' });
      return true;
    };
    // The reader renders after its own read of the body: wait for the block to appear.
    const observer = new MutationObserver(() => {
      if (reveal()) observer.disconnect();
    });
    if (!reveal()) observer.observe(content, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(SEARCH_HIT_HIGHLIGHT);
    };
  }, [blocks, start, end]);

  return null;
}
