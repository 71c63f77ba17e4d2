// The one painter of an article: a CSS Custom Highlight per layer of the registry
// (paintLayers.ts), with its priority, registered in CSS.highlights while it holds ranges and
// taken out when it is empty. Highlights, find, the search hit and anything else that marks
// text paint through it, so priorities cannot disagree. The article's DOM is never touched, so
// React keeps owning it and thousands of ranges stay cheap.
//
// One painter per text map (the reader makes it with the map): its ranges point into the DOM
// that map describes, and a new painter's layer replaces an old one's under the same name.

import { PAINT_LAYERS, type PaintLayerId } from './paintLayers';

export interface PaintLayer {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  /** Makes the layer exactly `ranges`. */
  set(ranges: Iterable<AbstractRange>): void;
  clear(): void;
  readonly size: number;
}

export interface SurfacePainter {
  layer(id: PaintLayerId): PaintLayer;
  /** Takes every layer of this painter off the page. */
  clear(): void;
}

function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function createSurfacePainter(): SurfacePainter {
  const supported = hasHighlightApi();
  const layers = new Map<PaintLayerId, PaintLayer & { readonly highlight: Highlight | null }>();

  function makeLayer(id: PaintLayerId) {
    const { name, priority } = PAINT_LAYERS[id];
    const highlight = supported ? new Highlight() : null;
    if (highlight !== null) highlight.priority = priority;
    // Registered only while it holds something, so CSS.highlights lists only what is painted.
    // The registry is touched only when the layer turns empty or stops being empty: painting
    // 2,000 highlights is 2,000 adds, not 2,000 registry look-ups.
    let registered = false;
    const publish = () => {
      if (highlight === null) return;
      if (highlight.size > 0 && !registered) {
        CSS.highlights.set(name, highlight);
        registered = true;
      } else if (highlight.size === 0 && registered) {
        if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
        registered = false;
      }
    };
    return {
      highlight,
      add(range: AbstractRange) {
        highlight?.add(range);
        publish();
      },
      delete(range: AbstractRange) {
        highlight?.delete(range);
        publish();
      },
      set(ranges: Iterable<AbstractRange>) {
        highlight?.clear();
        for (const range of ranges) highlight?.add(range);
        publish();
      },
      clear() {
        highlight?.clear();
        publish();
      },
      get size() {
        return highlight?.size ?? 0;
      },
    };
  }

  return {
    layer(id) {
      let layer = layers.get(id);
      if (layer === undefined) {
        layer = makeLayer(id);
        layers.set(id, layer);
      }
      return layer;
    },
    clear() {
      for (const layer of layers.values()) layer.clear();
    },
  };
}
