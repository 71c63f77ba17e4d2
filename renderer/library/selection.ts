// Which library rows are selected, as a file manager or a mail client keeps it: a click on a
// row's checkbox turns that row on or off and makes it the anchor; Shift with a click, or with
// ↓/↑, selects every row from the anchor to there, on top of what was selected when the anchor
// was set (so a second Shift-click moves the range's far end instead of adding a second range);
// Ctrl/⌘+A selects every row shown. Ranges run over the order the rows are shown in. Pure, so
// it is tested without a browser (selection.test.ts); LibraryView holds the state.

export interface Selection {
  /** The selected rows' ids. */
  readonly ids: ReadonlySet<string>;
  /** Where a range starts: the row last clicked, or where Shift+↓/↑ began; null before any. */
  readonly anchor: string | null;
  /** What was selected when the anchor was set: a range is added to it, not to the last range. */
  readonly base: ReadonlySet<string>;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null, base: new Set() };

/** Turns one row on or off; it becomes the anchor. */
export function toggle(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id, base: ids };
}

/**
 * Selects the rows from the anchor to `id` in `order` (the rows as shown), on top of the base.
 * Without an anchor shown in `order`, `id` alone is toggled on and becomes the anchor.
 */
export function selectRange(selection: Selection, order: readonly string[], id: string): Selection {
  const to = order.indexOf(id);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  if (to === -1) return selection;
  if (from === -1) {
    const ids = new Set(selection.ids).add(id);
    return { ids, anchor: id, base: new Set(selection.ids) };
  }
  const ids = new Set(selection.base);
  for (let index = Math.min(from, to); index <= Math.max(from, to); index += 1) ids.add(order[index]!);
  return { ids, anchor: selection.anchor, base: selection.base };
}

/**
 * Shift+↓/↑ from the row `from` to the row `to`: the first such step sets the anchor at `from`
 * (unless a range is already being drawn from the anchor), then the rows from the anchor to
 * `to` are selected on top of the base.
 */
export function extendTo(selection: Selection, order: readonly string[], from: string, to: string): Selection {
  const drawing = selection.anchor !== null && selection.ids.has(selection.anchor) && selection.ids.has(from);
  const start: Selection = drawing ? selection : { ids: selection.ids, anchor: from, base: selection.ids };
  return selectRange(start, order, to);
}

/** Every row shown. */
export function selectAll(order: readonly string[]): Selection {
  const ids = new Set(order);
  return { ids, anchor: null, base: ids };
}

/** The selected rows among those shown, in the order they are shown. */
export function selectedInOrder<T extends { id: string }>(selection: Selection, rows: readonly T[]): T[] {
  return selection.ids.size === 0 ? [] : rows.filter((row) => selection.ids.has(row.id));
}
