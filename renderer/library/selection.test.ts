import { describe, expect, it } from 'vitest';
import { extendTo, NO_SELECTION, selectAll, selectedInOrder, selectRange, toggle, type Selection } from './selection';

const ORDER = ['a', 'b', 'c', 'd', 'e', 'f'];
const ids = (selection: Selection) => [...selection.ids].sort();

describe('library selection', () => {
  it('a click turns one row on or off and makes it the anchor', () => {
    let selection = toggle(NO_SELECTION, 'b');
    expect(ids(selection)).toEqual(['b']);
    expect(selection.anchor).toBe('b');
    selection = toggle(selection, 'd');
    expect(ids(selection)).toEqual(['b', 'd']);
    selection = toggle(selection, 'b');
    expect(ids(selection)).toEqual(['d']);
    expect(selection.anchor).toBe('b');
  });

  it('Shift-click selects from the anchor to the row, either way, on top of what was selected before', () => {
    let selection = toggle(NO_SELECTION, 'a');
    selection = toggle(selection, 'c');
    selection = selectRange(selection, ORDER, 'e');
    expect(ids(selection)).toEqual(['a', 'c', 'd', 'e']);
    // A second Shift-click moves the range's far end: d and e are no longer in it.
    selection = selectRange(selection, ORDER, 'b');
    expect(ids(selection)).toEqual(['a', 'b', 'c']);
    expect(selection.anchor).toBe('c');
  });

  it('Shift-click with no anchor selects that row alone and anchors there', () => {
    const selection = selectRange(NO_SELECTION, ORDER, 'd');
    expect(ids(selection)).toEqual(['d']);
    expect(selection.anchor).toBe('d');
    expect(ids(selectRange(selection, ORDER, 'f'))).toEqual(['d', 'e', 'f']);
  });

  it('a range over an anchor that is no longer shown (filtered out, deleted) starts afresh at the row', () => {
    const selection = toggle(NO_SELECTION, 'z');
    expect(ids(selectRange(selection, ORDER, 'b'))).toEqual(['b', 'z']);
    // A row not shown is not selected by a range to it.
    expect(selectRange(toggle(NO_SELECTION, 'a'), ORDER, 'zz')).toEqual(toggle(NO_SELECTION, 'a'));
  });

  it('Shift+↓ and Shift+↑ grow and shrink the range from where they began', () => {
    let selection = extendTo(NO_SELECTION, ORDER, 'b', 'c');
    expect(ids(selection)).toEqual(['b', 'c']);
    selection = extendTo(selection, ORDER, 'c', 'd');
    expect(ids(selection)).toEqual(['b', 'c', 'd']);
    selection = extendTo(selection, ORDER, 'd', 'c');
    expect(ids(selection)).toEqual(['b', 'c']);
    selection = extendTo(selection, ORDER, 'c', 'b');
    selection = extendTo(selection, ORDER, 'b', 'a');
    // Past the anchor, the range runs the other way.
    expect(ids(selection)).toEqual(['a', 'b']);
  });

  it('Shift+↓ from a row outside the selection starts a new range and keeps the old rows', () => {
    let selection = toggle(NO_SELECTION, 'f');
    selection = extendTo(selection, ORDER, 'a', 'b');
    expect(ids(selection)).toEqual(['a', 'b', 'f']);
    expect(selection.anchor).toBe('a');
  });

  it('Ctrl+A selects every row shown; the selected rows are read in the order shown', () => {
    const selection = selectAll(['c', 'a']);
    expect(ids(selection)).toEqual(['a', 'c']);
    const rows = ORDER.map((id) => ({ id }));
    expect(selectedInOrder(selection, rows)).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(selectedInOrder(NO_SELECTION, rows)).toEqual([]);
  });
});
