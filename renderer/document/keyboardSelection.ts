// Selecting text with the keyboard (Shift+arrows, with Ctrl/Alt for whole words; the
// extendSelection commands): the
// article is not editable, so the browser has no caret to extend; start one at the first
// visible text and extend it with Selection.modify, which follows the text's own direction.

import type { TextMap } from './textMap';

export function extendSelectionByKey(
  event: KeyboardEvent,
  map: TextMap,
  body: Element,
  firstVisibleOffset: () => number,
): boolean {
  if (!event.shiftKey || event.metaKey) return false;
  const horizontal = event.code === 'ArrowLeft' || event.code === 'ArrowRight';
  const vertical = event.code === 'ArrowUp' || event.code === 'ArrowDown';
  if (!horizontal && !vertical) return false;
  const selection = window.getSelection();
  if (selection === null) return false;
  const inBody = selection.rangeCount > 0 && body.contains(selection.getRangeAt(0).commonAncestorContainer);
  if (!inBody) {
    const point = map.pointAt(firstVisibleOffset());
    if (point === null) return false;
    selection.collapse(point.node, point.offset);
  }
  const word = event.ctrlKey || event.altKey;
  if (horizontal)
    selection.modify('extend', event.code === 'ArrowLeft' ? 'left' : 'right', word ? 'word' : 'character');
  else selection.modify('extend', event.code === 'ArrowUp' ? 'backward' : 'forward', 'line');
  return true;
}
