// The text selection inside the article, as canonical offsets with the rectangle it covers
// (for the selection toolbar), followed at one layout read per frame at most. Scrolling and
// resizing re-render too, so whatever floats beside the text follows it.

import { useEffect, useState } from 'react';
import { selectionOffsets, type TextRange } from '../document/selection';
import type { TextSurface } from '../document/surface';

export interface TextSelection {
  range: TextRange;
  rect: DOMRect;
}

export interface FollowedSelection {
  /** The selection as of the last frame; null when nothing in the article is selected. */
  current: TextSelection | null;
  /** Forgets it at once (a highlight was just made of it), ahead of the next frame's reading. */
  forget(): void;
}

export function useTextSelection(surface: TextSurface): FollowedSelection {
  const { map, canonical } = surface;
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [, setFrame] = useState(0);

  useEffect(() => {
    let frame: number | undefined;
    const update = () => {
      frame = undefined;
      const current = window.getSelection();
      const range = selectionOffsets(current, map, canonical);
      setSelection(range === null ? null : { range, rect: current!.getRangeAt(0).getBoundingClientRect() });
      setFrame((count) => count + 1);
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', schedule);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', schedule);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [map, canonical]);

  return { current: selection, forget: () => setSelection(null) };
}

/** The selection now, not the state copy a frame behind it: a quick H after Shift+arrow takes what is selected now. */
export function liveSelection(surface: TextSurface): TextRange | null {
  return selectionOffsets(window.getSelection(), surface.map, surface.canonical);
}
