// From a range of an article's canonical text to a DOM Range over the rendered article. The
// contract with the reader is small: each block is an element with `data-block="<index>"`
// whose text content is the block's text (DESIGN §3).

import { BLOCK_SEPARATOR } from '../../article/canonicalText';
import type { Block } from '../../article/types';

export interface CanonicalRange {
  start: number;
  end: number;
}

/** The block holding canonical offset `offset`, with its start, or null past the end. */
function blockAt(blocks: readonly Pick<Block, 'text'>[], offset: number): { index: number; start: number } | null {
  let start = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    const end = start + blocks[index]!.text.length;
    if (offset <= end) return { index, start };
    start = end + BLOCK_SEPARATOR.length;
  }
  return null;
}

/** Node and offset of the `offset`-th character of `element`'s text. */
function pointAt(element: Element, offset: number): { node: Text; offset: number } | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last === null ? null : { node: last, offset: last.length };
}

/**
 * The DOM range for `range` inside `root`, clipped to the block it starts in; null while that
 * block is not rendered.
 */
export function domRangeFor(
  root: ParentNode,
  blocks: readonly Pick<Block, 'text'>[],
  range: CanonicalRange,
): Range | null {
  const block = blockAt(blocks, range.start);
  if (block === null) return null;
  const element = root.querySelector(`[data-block="${block.index}"]`);
  if (element === null) return null;
  const length = blocks[block.index]!.text.length;
  const clamp = (offset: number) => Math.min(Math.max(offset - block.start, 0), length);
  const from = pointAt(element, clamp(range.start));
  const to = pointAt(element, clamp(Math.max(range.end, range.start)));
  if (from === null || to === null) return null;
  const dom = element.ownerDocument.createRange();
  dom.setStart(from.node, from.offset);
  dom.setEnd(to.node, to.offset);
  return dom;
}
