// The highlights panel's state and keys: open or closed (its toolbar button, or Shift+H), beside
// the article or over it (sideLayout.ts), placed below the reader's toolbar. Over the article it
// takes the focus when it opens; Escape closes it and gives the focus back to its button (beside
// the article, Escape does so while the focus is in the panel; elsewhere the key keeps its
// meaning in the reader).

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useCommand } from '../../commands/useCommand';
import type { TextSurface } from '../../document/surface';
import { useSideLayout, type SideLayout } from './sideLayout';

export interface HighlightsPanel {
  readonly open: boolean;
  readonly layout: SideLayout;
  /** Where the panel starts: the bottom of the reader's toolbar, in client pixels. */
  readonly top: number;
  readonly toggleRef: RefObject<HTMLButtonElement | null>;
  readonly panelRef: RefObject<HTMLElement | null>;
  toggle(): void;
  close(): void;
}

export function useHighlightsPanel(surface: TextSurface): HighlightsPanel {
  const [open, setOpen] = useState(false);
  const layout = useSideLayout(open);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const top = useToolbarBottom(surface, open);

  const close = useCallback(() => {
    setOpen(false);
    toggleRef.current?.focus();
  }, []);
  const toggle = useCallback(() => {
    if (open && panelRef.current?.contains(document.activeElement)) close();
    else setOpen(!open);
  }, [open, close]);

  useCommand('toggleHighlightsPanel', toggle);
  useCommand(
    'closeHighlightsPanel',
    () => {
      if (layout.panel === 'beside' && !panelRef.current?.contains(document.activeElement)) return false;
      close();
    },
    open,
  );

  // Over the article the panel is where the user is: it takes the focus (Tab stays reachable).
  useEffect(() => {
    if (open && layout.panel === 'overlay') panelRef.current?.focus();
  }, [open, layout.panel]);

  return { open, layout, top, toggleRef, panelRef, toggle, close };
}

/** The bottom of the reader's toolbar, followed while the page scrolls (once a frame) and resizes. */
function useToolbarBottom(surface: TextSurface, enabled: boolean): number {
  const [bottom, setBottom] = useState(() => surface.textTop());
  useEffect(() => {
    if (!enabled) return;
    let frame: number | undefined;
    const measure = () => {
      frame = undefined;
      setBottom(Math.round(surface.textTop()));
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [surface, enabled]);
  return bottom;
}
