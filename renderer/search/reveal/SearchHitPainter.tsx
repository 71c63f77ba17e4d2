// Reveals a search hit in the reader: paints it on the article's surface (the searchHit layer,
// with the shared priorities) and brings it into view once. Mounted by app/ inside the reader
// for routes with `?at=`; it maps the hit through the reader's own text map, so decoration in
// a block (anything marked data-not-content) cannot shift it.

import { useEffect, useRef, type ReactNode } from 'react';
import { useSurface } from '../../document/surface';
import type { RevealRange } from '../../shared/route';

export function SearchHitPainter({ at }: { at: RevealRange }): ReactNode {
  const surface = useSurface();
  const { start, end } = at;
  const map = surface?.map;
  const painter = surface?.painter;

  useEffect(() => {
    if (map === undefined || painter === undefined) return;
    // A live Range: one range costs nothing, and whoever reads the paint can measure it.
    const range = map.rangeFor(start, end);
    if (range === null) return;
    const layer = painter.layer('searchHit');
    layer.set([range]);
    return () => layer.clear();
  }, [map, painter, start, end]);

  // Scrolled to once per hit: a new rendering of the same article does not take the reader back.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    const key = `${start}-${end}`;
    if (surface === null || revealed.current === key) return;
    revealed.current = key;
    surface.reveal(start, end);
  }, [surface, start, end]);

  return null;
}
