// A strip along the window's edge showing where the article's highlights are, like marks on
// a scrollbar; clicking one goes there. Marks sharing a pixel row are drawn once.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextMap } from '../document/textMap';
import type { PlacedHighlight } from './placeHighlights';

const ROWS = 400;

export function ScrollMarks({
  map,
  places,
  onGo,
}: {
  map: TextMap;
  places: readonly PlacedHighlight[];
  onGo: (place: PlacedHighlight) => void;
}): ReactNode {
  const { t } = useTranslation();
  if (places.length === 0 || map.blockCount === 0) return null;
  const rows = new Map<number, PlacedHighlight>();
  for (const place of places) {
    const row = Math.floor((map.blockAt(place.start) / map.blockCount) * ROWS);
    if (!rows.has(row)) rows.set(row, place);
  }
  return (
    // Decorative for assistive technology: the Highlights panel lists the same places.
    <div className="scroll-marks" aria-hidden="true" title={t('highlights.scrollMarks')}>
      {[...rows].map(([row, place]) => (
        <span
          key={row}
          className={`scroll-mark highlight-edge-${place.row.color}`}
          style={{ insetBlockStart: `${(row / ROWS) * 100}%` }}
          onClick={() => onGo(place)}
        />
      ))}
    </div>
  );
}
