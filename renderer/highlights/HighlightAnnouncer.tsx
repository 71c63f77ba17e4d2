// Highlights are painted with the CSS Custom Highlight API, which adds nothing to the DOM, so a
// screen reader cannot tell a highlighted passage from the rest; and the article's DOM may not
// be changed (every stored offset depends on its text nodes: docs/surface.md). So highlights are
// announced from outside the article, in a visually hidden live region: when the caret or the
// end of a selection comes into a highlight (caret browsing, Shift+arrows, a click, a screen
// reader that moves the caret), and when a highlight is chosen, its colour and whether it has a
// note are said ("Yellow highlight, with a note"). Nothing is said while the caret moves within
// the same highlight, and the region empties when the caret leaves highlighted text.

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '../db/types';
import type { TextSurface } from '../document/surface';
import type { HighlightColor } from '../shared/highlightColors';
import type { Interval, IntervalIndex } from './intervalIndex';

interface HighlightAnnouncerProps {
  surface: TextSurface;
  index: IntervalIndex<Interval>;
  /** Every highlight placed in the article, by id. */
  places: readonly {
    readonly row: { readonly id: string; readonly color: HighlightColor };
    readonly start: number;
    readonly end: number;
  }[];
  notesByHighlight: ReadonlyMap<string, NoteRow>;
  /** The chosen highlight's id (clicked, or opened from its marker), if any. */
  chosenId: string | null;
}

/** The narrowest highlight holding the caret, as a click there would choose it. */
function highlightAtCaret(surface: TextSurface, index: IntervalIndex<Interval>): string | null {
  const selection = window.getSelection();
  const node = selection?.focusNode ?? null;
  if (node === null || !surface.body.contains(node)) return null;
  const offset = surface.map.offsetAt(node, selection!.focusOffset);
  if (offset === null) return null;
  // The caret just after a highlight's last letter still reads that letter.
  const holding = [...index.at(offset), ...(offset > 0 ? index.at(offset - 1) : [])];
  holding.sort((a, b) => a.end - a.start - (b.end - b.start));
  return holding[0]?.id ?? null;
}

export function HighlightAnnouncer({
  surface,
  index,
  places,
  notesByHighlight,
  chosenId,
}: HighlightAnnouncerProps): ReactNode {
  const { t } = useTranslation();
  const [atCaret, setAtCaret] = useState<string | null>(null);

  useEffect(() => {
    const onSelectionChange = () => setAtCaret(highlightAtCaret(surface, index));
    onSelectionChange();
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [surface, index]);

  const id = chosenId ?? atCaret;
  const place = id === null ? undefined : places.find((candidate) => candidate.row.id === id);
  const text =
    place === undefined
      ? ''
      : t(notesByHighlight.has(place.row.id) ? 'highlights.announceWithNote' : 'highlights.announce', {
          color: t(`colors.${place.row.color}`),
        });
  return (
    <p className="visually-hidden" role="status">
      {text}
    </p>
  );
}
