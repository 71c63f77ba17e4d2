// Where the window is too narrow for notes in the margin: a marker beside each passage that has
// a note, level with the line the passage ends on, in a gutter the reader keeps free on the
// interface's inline-end side (margin.css), so it covers no letter. Markers are placed in the
// page, not the window: they scroll with the text and pass under the reader's toolbar instead of
// floating over it. Activating one opens the note.

import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '../db/types';
import type { TextSurface } from '../document/surface';
import { useNoteAnchors } from './margin/useNoteAnchors';
import type { PlacedHighlight } from './placeHighlights';

interface NoteMarkersProps {
  surface: TextSurface;
  places: readonly PlacedHighlight[];
  notesByHighlight: ReadonlyMap<string, NoteRow>;
  /** Changes when the room beside the article changes (the panel opened or closed). */
  layoutKey: string;
  onOpen: (highlightId: string) => void;
}

/** The marker's size (app.css: .note-marker) and its gap from the text column. */
const MARKER_SIZE = 22;
const MARKER_GAP = 4;

export function NoteMarkers({ surface, places, notesByHighlight, layoutKey, onOpen }: NoteMarkersProps): ReactNode {
  const { t } = useTranslation();
  const layer = useRef<HTMLDivElement>(null);
  const { anchors, columnEnd } = useNoteAnchors(surface, places, notesByHighlight, layer, layoutKey);
  return (
    <div ref={layer} className="note-markers">
      {anchors.map((anchor) => (
        <button
          key={anchor.id}
          type="button"
          className="note-marker"
          style={{
            insetBlockStart: `${Math.round(anchor.endTop + (anchor.endHeight - MARKER_SIZE) / 2)}px`,
            insetInlineStart: `${Math.round(columnEnd + MARKER_GAP)}px`,
          }}
          aria-label={t('highlights.markerLabel', { text: anchor.text.slice(0, 80) })}
          title={anchor.text.slice(0, 200)}
          onClick={() => onOpen(anchor.id)}
        >
          ✎
        </button>
      ))}
    </div>
  );
}
