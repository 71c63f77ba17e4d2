// What fits beside the article at a window's width: the highlights panel beside the text or over
// it, and the notes in a margin column or as markers. One decision, in one place, so the
// stylesheet (margin.css) and the components agree; the widths are the stylesheet's, in CSS
// pixels at the root font size (16 px), and margin.css names each one beside its number here.

import { useEffect, useMemo, useState } from 'react';

/** The panel's inline size (margin.css: --panel-inline-size, 22rem). */
export const PANEL_WIDTH = 352;
/** The margin notes' column and the gap before it (margin.css: --margin-notes-space, 16.5rem). */
export const MARGIN_NOTES_SPACE = 264;
/** The app's own padding on both sides of the reader (app.css: .app-content, 1.25rem each). */
const PAGE_PADDING = 40;
/** Narrower than this the article stops being comfortable to read beside anything (30rem). */
const MIN_ARTICLE_BESIDE_PANEL = 480;
/** The article keeps at least this much beside the margin notes (36rem, about 50 characters). */
const MIN_ARTICLE_BESIDE_NOTES = 576;

export interface SideLayout {
  /** Beside the article, which narrows, or over a dimmed article when both cannot fit. */
  readonly panel: 'beside' | 'overlay';
  /** Notes in the margin beside their passages, or markers where the window is too narrow. */
  readonly notes: 'margin' | 'markers';
}

export function sideLayoutFor(windowWidth: number, panelOpen: boolean): SideLayout {
  const text = windowWidth - PAGE_PADDING;
  const panel = text - PANEL_WIDTH >= MIN_ARTICLE_BESIDE_PANEL ? 'beside' : 'overlay';
  const besidePanel = panelOpen && panel === 'beside' ? PANEL_WIDTH : 0;
  const notes = text - besidePanel - MARGIN_NOTES_SPACE >= MIN_ARTICLE_BESIDE_NOTES ? 'margin' : 'markers';
  return { panel, notes };
}

/** The layout for the window's width now, followed as the window is resized. */
export function useSideLayout(panelOpen: boolean): SideLayout {
  const [width, setWidth] = useState(() => document.documentElement.clientWidth);
  useEffect(() => {
    const follow = () => setWidth(document.documentElement.clientWidth);
    window.addEventListener('resize', follow, { passive: true });
    return () => window.removeEventListener('resize', follow);
  }, []);
  const { panel, notes } = sideLayoutFor(width, panelOpen);
  // A new object only when something changed, so effects that depend on it run when it does.
  return useMemo(() => ({ panel, notes }), [panel, notes]);
}
