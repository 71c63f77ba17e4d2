// Paints the user's highlights through the article's painter (document/painter.ts): a layer per
// colour, one for "has a note" and one for the chosen highlight, with the priorities of the
// shared registry (document/paintLayers.ts), coloured in styles/app.css.
//
// It keeps track of what it painted and changes only what changed, so one new highlight costs
// one range whether the article carries none or thousands. That is what lets a new highlight be
// painted straight from the key or click that made it, ahead of React's render. It also
// remembers which highlight each painted range belongs to, for hit-testing with
// CSS.highlights.highlightsFromPoint (highlightAtPoint.ts).

import type { SurfacePainter } from '../document/painter';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../shared/highlightColors';

export interface PaintableHighlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly color: HighlightColor;
  readonly hasNote: boolean;
}

/** Maps a canonical-text range to a DOM range (TextMap.staticRangeFor); null when not rendered. */
export type RangeFor = (start: number, end: number) => AbstractRange | null;

export interface PaintResult {
  painted: number;
  /** Ids with no range in the DOM (listed elsewhere, e.g. as orphans). */
  unpainted: string[];
}

export interface HighlightPainter {
  /** Makes what is painted exactly `items`, adding and removing only what changed. */
  sync(items: readonly PaintableHighlight[], selectedId: string | null): PaintResult;
  /** Paints one more highlight now; false when its text is not rendered. */
  add(item: PaintableHighlight): boolean;
  /** The painted highlight a range (as highlightsFromPoint returns it) belongs to. */
  highlightOf(range: AbstractRange): PaintableHighlight | undefined;
  /** Removes everything this painter painted from the page. */
  clear(): void;
}

interface Painted {
  readonly item: PaintableHighlight;
  readonly range: AbstractRange;
}

/** One per text map and painter: its ranges point into the DOM that map describes. */
export function createHighlightPainter(surface: SurfacePainter, rangeFor: RangeFor): HighlightPainter {
  const colorLayer = (color: HighlightColor) => surface.layer(color);
  const noteLayer = () => surface.layer('note');
  const selectedLayer = () => surface.layer('selected');

  const painted = new Map<string, Painted>();
  const byRange = new Map<AbstractRange, PaintableHighlight>();
  let selectedId: string | null = null;

  const paint = (item: PaintableHighlight): boolean => {
    const range = rangeFor(item.start, item.end);
    if (range === null) return false;
    painted.set(item.id, { item, range });
    byRange.set(range, item);
    colorLayer(item.color).add(range);
    if (item.hasNote) noteLayer().add(range);
    if (item.id === selectedId) selectedLayer().add(range);
    return true;
  };

  const unpaint = (id: string) => {
    const entry = painted.get(id);
    if (entry === undefined) return;
    painted.delete(id);
    byRange.delete(entry.range);
    colorLayer(entry.item.color).delete(entry.range);
    noteLayer().delete(entry.range);
    selectedLayer().delete(entry.range);
  };

  return {
    sync(items, nextSelectedId) {
      const wanted = new Set<string>();
      const unpainted: string[] = [];
      const selectionMoved = nextSelectedId !== selectedId;
      if (selectionMoved) {
        selectedLayer().clear();
        selectedId = nextSelectedId;
      }
      for (const item of items) {
        wanted.add(item.id);
        const entry = painted.get(item.id);
        if (
          entry !== undefined &&
          entry.item.start === item.start &&
          entry.item.end === item.end &&
          entry.item.color === item.color
        ) {
          if (entry.item.hasNote !== item.hasNote) {
            if (item.hasNote) noteLayer().add(entry.range);
            else noteLayer().delete(entry.range);
            painted.set(item.id, { item, range: entry.range });
            byRange.set(entry.range, item);
          }
          if (selectionMoved && item.id === selectedId) selectedLayer().add(entry.range);
          continue;
        }
        unpaint(item.id);
        if (!paint(item)) unpainted.push(item.id);
      }
      for (const id of [...painted.keys()]) if (!wanted.has(id)) unpaint(id);
      return { painted: items.length - unpainted.length, unpainted };
    },
    add(item) {
      unpaint(item.id);
      return paint(item);
    },
    highlightOf(range) {
      return byRange.get(range);
    },
    clear() {
      for (const color of HIGHLIGHT_COLORS) colorLayer(color).clear();
      noteLayer().clear();
      selectedLayer().clear();
      painted.clear();
      byRange.clear();
    },
  };
}
