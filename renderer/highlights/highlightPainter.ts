// Paints the user's highlights with the CSS Custom Highlight API: one named Highlight per
// colour, one for "has a note" and one for the selected highlight, coloured in styles/app.css.
// The article's DOM is never touched, so React keeps owning it and thousands of highlights stay
// cheap. Where colours overlap, the later one in HIGHLIGHT_COLORS is drawn on top.
//
// A painter keeps its Highlight objects and changes only what changed, so one new highlight
// costs one range whether the article carries none or thousands. That is what lets a new
// highlight be painted straight from the key or click that made it, ahead of React's render.
// It also remembers which highlight each painted range belongs to, for hit-testing with
// CSS.highlights.highlightsFromPoint (highlightAtPoint.ts).

import { HIGHLIGHT_COLORS, type HighlightColor } from '../shared/highlightColors';
import { HIGHLIGHT_PRIORITY } from '../document/cssHighlights';

export const NOTE_HIGHLIGHT = 'hamish-note';
export const SELECTED_HIGHLIGHT = 'hamish-selected';

export function colorHighlightName(color: HighlightColor): string {
  return `hamish-${color}`;
}

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

/** One painter per text map: its ranges point into the DOM that map describes. */
export function createHighlightPainter(rangeFor: RangeFor): HighlightPainter {
  const layers = new Map<string, Highlight>();
  const layer = (name: string, priority: number) => {
    let highlight = layers.get(name);
    if (highlight === undefined) {
      highlight = new Highlight();
      highlight.priority = priority;
      layers.set(name, highlight);
    }
    return highlight;
  };
  const colorLayer = (color: HighlightColor) =>
    layer(colorHighlightName(color), HIGHLIGHT_PRIORITY.color + HIGHLIGHT_COLORS.indexOf(color));
  const noteLayer = () => layer(NOTE_HIGHLIGHT, HIGHLIGHT_PRIORITY.note);
  const selectedLayer = () => layer(SELECTED_HIGHLIGHT, HIGHLIGHT_PRIORITY.selected);

  const painted = new Map<string, Painted>();
  const byRange = new Map<AbstractRange, PaintableHighlight>();
  let selectedId: string | null = null;

  // An empty layer leaves the registry, so only what is painted is registered; another
  // painter's layer under the same name (an earlier text map's) is replaced.
  const publish = () => {
    for (const [name, highlight] of layers) {
      if (highlight.size > 0) {
        if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      } else if (CSS.highlights.has(name)) CSS.highlights.delete(name);
    }
  };

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
      publish();
      return { painted: items.length - unpainted.length, unpainted };
    },
    add(item) {
      unpaint(item.id);
      const done = paint(item);
      publish();
      return done;
    },
    highlightOf(range) {
      return byRange.get(range);
    },
    clear() {
      for (const [name, highlight] of layers) {
        highlight.clear();
        if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      }
      painted.clear();
      byRange.clear();
    },
  };
}
