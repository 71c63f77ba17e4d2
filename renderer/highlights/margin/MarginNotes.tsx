// Notes in the margin (region "Margin notes"): on a window wide enough, each note sits beside
// its passage, level with the passage's first line, stacked without overlap, and is edited where
// it stands (a text box "Note", saved through the highlights' own note path: a pause in typing
// or leaving the box saves, an emptied note is deleted with Undo). A note whose text does not fit
// on one line shows its first line until it is focused, with "…" at the end of that line in room
// the line keeps free for it: the end the note's own text runs to (an Arabic note in the English
// interface ends on the left), so the mark never covers a letter. The reader keeps room for the
// column (margin.css).
//
// Whether a note is folded is measured, not guessed from its length: the text box is as tall as
// its text (field-sizing: content, clipped to one line by its wrapper while folded), so a note is
// long when its box is taller than one line. The same ResizeObserver that stacks the notes sees
// every change of that height, whatever caused it (the text, the font or its loading, the size,
// the column's width), and its callback runs after layout: all the boxes are read, then every
// mark and top is written, one layout for all the notes on screen, never one per note.

import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '../../db/types';
import { firstStrongDirection } from '../../text/direction';
import type { TextSurface } from '../../document/surface';
import type { PlacedHighlight } from '../placeHighlights';
import { useNoteDraft } from '../useNoteDraft';
import { stackTops } from './stackNotes';
import { useNoteAnchors, type NoteAnchor } from './useNoteAnchors';

/** Between the text column and the notes (margin.css: --margin-notes-gap, 1.5rem). */
const COLUMN_GAP = 24;
/** Between two stacked notes. */
const STACK_GAP = 6;

interface MarginNotesProps {
  surface: TextSurface;
  places: readonly PlacedHighlight[];
  notesByHighlight: ReadonlyMap<string, NoteRow>;
  /** Changes when the room beside the article changes (the panel opened or closed). */
  layoutKey: string;
  onSave: (highlightId: string, text: string) => Promise<boolean>;
}

export function MarginNotes({ surface, places, notesByHighlight, layoutKey, onSave }: MarginNotesProps): ReactNode {
  const { t } = useTranslation();
  const region = useRef<HTMLElement>(null);
  const { anchors, columnEnd } = useNoteAnchors(surface, places, notesByHighlight, region, layoutKey);

  // Folded and stacked after layout and before paint: a note's height is known only once it is
  // drawn (a focused note opens to its whole text), and one that grows pushes the ones below it
  // down. Reads first, writes after: the marks and tops written change no text box's height.
  useLayoutEffect(() => {
    const element = region.current;
    if (element === null) return;
    const arrange = () => {
      const notes = [...element.querySelectorAll<HTMLElement>(':scope > .margin-note')];
      const boxes = notes.map((note) => note.querySelector('textarea'));
      const { line, padding } = lineMetrics(boxes.find((box) => box !== null) ?? null);
      // Taller than one line (by half a line, so rounding never folds a one-line note).
      const long = boxes.map((box) => box !== null && box.clientHeight - padding > line * 1.5);
      const heights = notes.map((note) => note.offsetHeight);
      const tops = stackTops(
        notes.map((note) => Number(note.dataset['top'])),
        heights,
        STACK_GAP,
      );
      notes.forEach((note, index) => {
        note.toggleAttribute('data-long', long[index]!);
        note.style.insetBlockStart = `${Math.round(tops[index]!)}px`;
      });
    };
    arrange();
    const resized = new ResizeObserver(arrange);
    for (const note of element.querySelectorAll(':scope > .margin-note')) {
      resized.observe(note);
      const box = note.querySelector('textarea');
      if (box !== null) resized.observe(box);
    }
    return () => resized.disconnect();
  }, [anchors]);

  return (
    <section ref={region} className="margin-notes" aria-label={t('highlights.marginNotes')}>
      {anchors.map((anchor) => (
        <MarginNote
          key={anchor.id}
          anchor={anchor}
          inlineStart={columnEnd + COLUMN_GAP}
          label={t('highlights.note')}
          save={(text) => onSave(anchor.id, text)}
        />
      ))}
    </section>
  );
}

/**
 * The height of one line of a note's text and its box's padding (which clientHeight counts): the
 * boxes all share one style, so one is read for all of them.
 */
function lineMetrics(box: HTMLTextAreaElement | null): { line: number; padding: number } {
  if (box === null) return { line: Infinity, padding: 0 };
  const style = getComputedStyle(box);
  const lineHeight = parseFloat(style.lineHeight);
  return {
    line: Number.isFinite(lineHeight) ? lineHeight : parseFloat(style.fontSize) * 1.5,
    padding: parseFloat(style.paddingBlockStart) + parseFloat(style.paddingBlockEnd),
  };
}

interface MarginNoteProps {
  anchor: NoteAnchor;
  inlineStart: number;
  label: string;
  save: (text: string) => Promise<boolean>;
}

function MarginNote({ anchor, inlineStart, label, save }: MarginNoteProps): ReactNode {
  const { draft, status, change, flush } = useNoteDraft(anchor.text, save);
  // The text box and its "…" take the note's own direction (first strong letter, as dir="auto"
  // would), so both the room kept for the mark and the mark are at the end its lines run to.
  const dir = firstStrongDirection(draft) ?? undefined;
  return (
    <div
      className={`margin-note highlight-edge-${anchor.color}`}
      data-highlight={anchor.id}
      data-top={anchor.top}
      style={{ insetBlockStart: `${Math.round(anchor.top)}px`, insetInlineStart: `${Math.round(inlineStart)}px` }}
    >
      <div className="margin-note-body" dir={dir}>
        <textarea
          aria-label={label}
          aria-invalid={status === 'failed' ? true : undefined}
          rows={1}
          value={draft}
          onChange={(event) => change(event.target.value)}
          onBlur={() => void flush()}
        />
        {/* Shown only while the note is folded and longer than its line (data-long, measured above). */}
        <span className="margin-note-more" aria-hidden="true">
          …
        </span>
      </div>
    </div>
  );
}
