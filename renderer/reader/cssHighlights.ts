// Painting text ranges with the CSS Custom Highlight API: one named Highlight per kind, styled
// by `::highlight(name)` in app.css. The article DOM is never touched, so React keeps owning
// it and thousands of ranges stay cheap.

export function paintRanges(name: string, ranges: Iterable<AbstractRange>, priority = 0): void {
  const highlight = new Highlight();
  highlight.priority = priority;
  for (const range of ranges) highlight.add(range);
  CSS.highlights.set(name, highlight);
}

export function clearRanges(name: string): void {
  CSS.highlights.delete(name);
}
