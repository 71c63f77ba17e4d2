// How many items of a long list to draw: the first screenful at once, then more in idle slices
// until all are there, so a list of thousands (the highlights panel) opens within a frame. Once
// the whole list has been drawn it stays whole: an item added later shows at once.

import { useEffect, useState } from 'react';

/** Drawn at once: more than a screenful of the panel's items at any window height. */
export const FIRST_ITEMS = 40;
/** Added per idle slice: a few milliseconds of rendering each on this machine. */
export const ITEMS_PER_SLICE = 200;
/** An idle slice runs at the latest this long after the last, however busy the page. */
const SLICE_TIMEOUT_MS = 100;

export function useProgressiveCount(total: number, first = FIRST_ITEMS, perSlice = ITEMS_PER_SLICE): number {
  // Infinity once the whole list has been drawn: from then on it follows the list as it is.
  const [drawn, setDrawn] = useState(() => (total <= first ? Infinity : first));

  useEffect(() => {
    if (drawn >= total) return;
    const next = () => setDrawn((count) => (count + perSlice >= total ? Infinity : count + perSlice));
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(next, { timeout: SLICE_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(next, 0);
    return () => window.clearTimeout(handle);
  }, [drawn, total, perSlice]);

  return Math.min(drawn, total);
}
