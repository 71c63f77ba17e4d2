// Markers in the margin beside each visible highlight that has a note; activating one opens
// the note. Only highlights in the visible blocks are measured, once per frame at most.

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '../db/types';
import type { TextSurface } from '../document/surface';
import type { PlacedHighlight } from './placeHighlights';

interface Marker {
  id: string;
  top: number;
  inlineStart: number;
  text: string;
}

interface NoteMarkersProps {
  surface: TextSurface;
  places: readonly PlacedHighlight[];
  notesByHighlight: ReadonlyMap<string, NoteRow>;
  onOpen: (highlightId: string) => void;
}

const MARKER_SIZE = 22;

export function NoteMarkers({ surface, places, notesByHighlight, onOpen }: NoteMarkersProps): ReactNode {
  const { map } = surface;
  const { t } = useTranslation();
  const [markers, setMarkers] = useState<Marker[]>([]);

  useEffect(() => {
    let frame: number | undefined;
    const measure = () => {
      frame = undefined;
      const withNotes = places.filter((place) => notesByHighlight.has(place.row.id));
      if (withNotes.length === 0 || map.blockCount === 0) {
        setMarkers([]);
        return;
      }
      const { start: from, end: to } = surface.visibleRange();
      const column = surface.body.getBoundingClientRect();
      const uiRtl = document.documentElement.dir === 'rtl';
      // Beside the column, on the UI's inline-start side.
      const x = uiRtl ? column.right + 6 : column.left - MARKER_SIZE - 6;
      const next: Marker[] = [];
      for (const place of withNotes) {
        if (place.end <= from || place.start >= to) continue;
        const rect = map.rangeFor(place.start, place.end)?.getClientRects()[0];
        if (rect === undefined) continue;
        next.push({
          id: place.row.id,
          top: rect.top,
          inlineStart: uiRtl ? window.innerWidth - x - MARKER_SIZE : x,
          text: notesByHighlight.get(place.row.id)!.text,
        });
      }
      setMarkers(next);
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(measure);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [surface, map, places, notesByHighlight]);

  return markers.map((marker) => (
    <button
      key={marker.id}
      type="button"
      className="note-marker"
      style={{
        position: 'fixed',
        insetBlockStart: `${Math.round(marker.top)}px`,
        insetInlineStart: `${Math.round(marker.inlineStart)}px`,
      }}
      aria-label={t('highlights.markerLabel', { text: marker.text.slice(0, 80) })}
      title={marker.text.slice(0, 200)}
      onClick={() => onOpen(marker.id)}
    >
      ✎
    </button>
  ));
}
