// The highlight colours, once for the whole app: their order is the order of the swatches, of
// the filters and of painting (a later colour is drawn over an earlier one where highlights
// overlap). The stored rows, the settings' validator, the backup schema, the painter and every
// colour picker read this list; the colours themselves are in styles/app.css.

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export function isHighlightColor(value: unknown): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
}
