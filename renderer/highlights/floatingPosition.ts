// Where a small floating panel goes next to a piece of text: below it (above when there is no
// room), starting at the text's inline start — the right edge in Arabic — and kept on screen.

import type { CSSProperties } from 'react';

const MARGIN = 8;

export function floatingStyle(
  rect: DOMRect,
  direction: 'rtl' | 'ltr',
  panelHeight = 56,
  panelWidth = 320,
): CSSProperties {
  const below = rect.bottom + MARGIN;
  const top = below + panelHeight > window.innerHeight ? Math.max(MARGIN, rect.top - panelHeight - MARGIN) : below;
  const start = direction === 'rtl' ? window.innerWidth - rect.right : rect.left;
  const inlineStart = Math.min(Math.max(MARGIN, start), Math.max(MARGIN, window.innerWidth - panelWidth - MARGIN));
  return {
    position: 'fixed',
    insetBlockStart: `${Math.round(top)}px`,
    insetInlineStart: `${Math.round(inlineStart)}px`,
  };
}
