// Markers in the margin beside each visible highlight that has a note; activating one opens
// the note. Only highlights in the visible blocks are measured, once per frame at most.

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '../db/types';
import { readingPosition } from '../document/readingPosition';
import type { TextMap } from '../document/textMap';
import type { PlacedHighlight } from './placeHighlights';

interface Marker {
  id: string;
  top: number;
  inlineStart: number;
  text: string;
}

interface NoteMarkersProps {
  map: TextMap;
  places: readonly PlacedHighlight[];
  notesByHighlight: ReadonlyMap<string, NoteRow>;
  onOpen: (highlightId: string) => void;
}

const MARKER_SIZE = 22;

export function NoteMarkers({ map, places, notesByHighlight, onOpen }: NoteMarkersProps): ReactNode {
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
      const visible = readingPosition(map, 0, window.innerHeight);
      const from = map.blockStart(visible.block);
      const to = visible.progress * map.length;
      const column = map.blockElement(0)?.parentElement?.getBoundingClientRect();
      if (column === undefined) return;
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
  }, [map, places, notesByHighlight]);

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
