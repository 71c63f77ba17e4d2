// Painting text ranges with the CSS Custom Highlight API: one named Highlight per kind, styled
// by `::highlight(name)` in app.css. The article DOM is never touched, so React keeps owning
// it and thousands of ranges stay cheap.

/**
 * Which named highlight is drawn on top where ranges overlap: the user's colours at the
 * bottom, then the note and selection marks, and find or search hits, which are what the
 * user is looking for right now, above everything.
 */
export const HIGHLIGHT_PRIORITY = {
  /** The five colours take 0..4. */
  color: 0,
  note: 10,
  selected: 11,
  find: 20,
  findCurrent: 21,
} as const;

export function paintRanges(name: string, ranges: Iterable<AbstractRange>, priority = 0): void {
  const highlight = new Highlight();
  highlight.priority = priority;
  for (const range of ranges) highlight.add(range);
  CSS.highlights.set(name, highlight);
}

export function clearRanges(name: string): void {
  CSS.highlights.delete(name);
}
