// The map between canonical-text offsets (article/canonicalText.ts) and the rendered DOM: one
// sorted table of text-node start offsets, built once per render and looked up by binary
// search, in both directions. Find, highlights, search hits and reading progress all go
// through it. It reads the DOM and never changes it.
//
// Only text inside block elements (`[data-block]`, rendered by ArticleBody) counts; anything
// inside an element marked `data-not-content` (a label, a counter) is skipped, so decoration
// can never shift an offset. Offsets between blocks (the separator) or inside a block without
// text (an image, a rule) resolve to the nearest text by the bias asked for.

import { blockStartOffsets } from '../article/canonicalText';
import type { ArticleDoc } from '../article/types';

export const BLOCK_ATTRIBUTE = 'data-block';
export const NOT_CONTENT_ATTRIBUTE = 'data-not-content';

/** A position in the DOM: a text node and a UTF-16 offset into it. */
export interface TextPoint {
  readonly node: Text;
  readonly offset: number;
}

/** Which side of a gap (block separator, text-less block) an offset resolves to. */
export type Bias = 'forward' | 'backward';

export interface TextMap {
  /** Length of the canonical text. */
  readonly length: number;
  readonly blockCount: number;
  /** The element rendering block `index`, if rendered. */
  blockElement(index: number): HTMLElement | undefined;
  /** Canonical offset where block `index` starts. */
  blockStart(index: number): number;
  /** Canonical offset where block `index`'s text ends (before the separator). */
  blockEnd(index: number): number;
  /** The block containing `offset`; an offset in a separator belongs to the block before it. */
  blockAt(offset: number): number;
  /** The DOM point at `offset`; null only when the article has no text at all. */
  pointAt(offset: number, bias?: Bias): TextPoint | null;
  /** A live Range over [start, end); null when nothing of it is text. */
  rangeFor(start: number, end: number): Range | null;
  /** The same as a StaticRange: cheaper by the thousand, for painting with CSS highlights. */
  staticRangeFor(start: number, end: number): StaticRange | null;
  /** The canonical offset of a DOM boundary point; null when the point is outside the article body. */
  offsetAt(node: Node, offsetInNode: number): number | null;
}

/** Last index i in [0, count) with key(i) <= target, or -1. `key` must be non-decreasing. */
function lastAtOrBefore(count: number, target: number, key: (i: number) => number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (key(mid) <= target) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** First index i in [from, to) for which `isAtOrAfter(i)` holds, or `to`. Monotonic predicate. */
function firstWhere(from: number, to: number, isAtOrAfter: (i: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isAtOrAfter(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function skipNonContent(node: Node): number {
  return node instanceof Element && node.hasAttribute(NOT_CONTENT_ATTRIBUTE)
    ? NodeFilter.FILTER_REJECT
    : NodeFilter.FILTER_ACCEPT;
}

/** The text nodes of one block element, in order, without empty ones. */
function textNodesOf(element: Element, into: Text[]): void {
  const only = element.firstChild;
  if (only !== null && only === element.lastChild && only.nodeType === Node.TEXT_NODE) {
    if ((only as Text).length > 0) into.push(only as Text);
    return;
  }
  const walker = element.ownerDocument.createTreeWalker(
    element,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    skipNonContent,
  );
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE && (node as Text).length > 0) into.push(node as Text);
  }
}

/**
 * Builds the map for `root`, which holds the rendering of `doc` (and may hold other things:
 * only `[data-block]` elements are read). Call after every render that changed the text.
 */
export function buildTextMap(root: Element, doc: Pick<ArticleDoc, 'blocks'>): TextMap {
  const starts = blockStartOffsets(doc);
  const blockCount = doc.blocks.length;
  const ends = doc.blocks.map((block, index) => starts[index]! + block.text.length);
  const length = blockCount === 0 ? 0 : ends[blockCount - 1]!;

  const blockElements: (HTMLElement | undefined)[] = new Array(blockCount);
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  const nodeBlocks: number[] = [];
  /** Index into `nodes` of each block's first text node (= the next block's, if it has none). */
  const firstNodeOfBlock = new Int32Array(blockCount + 1);

  const elements = root.querySelectorAll<HTMLElement>(`[${BLOCK_ATTRIBUTE}]`);
  for (const element of elements) {
    const index = Number(element.getAttribute(BLOCK_ATTRIBUTE));
    if (Number.isInteger(index) && index >= 0 && index < blockCount) blockElements[index] = element;
  }
  const blockNodes: Text[] = [];
  for (let index = 0; index < blockCount; index += 1) {
    firstNodeOfBlock[index] = nodes.length;
    const element = blockElements[index];
    if (element === undefined) continue;
    blockNodes.length = 0;
    textNodesOf(element, blockNodes);
    let offset = starts[index]!;
    for (const node of blockNodes) {
      // Rendering is a pure function of the block, so its text nodes spell exactly block.text;
      // clamping only guards the table against a renderer bug.
      if (offset >= ends[index]!) break;
      nodes.push(node);
      nodeStarts.push(offset);
      nodeBlocks.push(index);
      offset += node.length;
    }
  }
  firstNodeOfBlock[blockCount] = nodes.length;
  const renderedBlocks = blockElements.flatMap((element, index) => (element === undefined ? [] : [index]));
  const nodeIndex = new Map<Text, number>(nodes.map((node, index) => [node, index]));
  const nodeEnd = (i: number) => Math.min(nodeStarts[i]! + nodes[i]!.length, ends[nodeBlocks[i]!]!);

  function clamp(offset: number): number {
    return Math.max(0, Math.min(length, Math.floor(offset)));
  }

  function pointAt(offset: number, bias: Bias = 'forward'): TextPoint | null {
    if (nodes.length === 0) return null;
    const at = clamp(offset);
    // Backward bias puts a boundary shared by two nodes at the end of the first one.
    let i = lastAtOrBefore(nodes.length, bias === 'backward' ? at - 1 : at, (k) => nodeStarts[k]!);
    if (i === -1) return { node: nodes[0]!, offset: 0 };
    if (at <= nodeEnd(i)) return { node: nodes[i]!, offset: at - nodeStarts[i]! };
    // In a gap after node i: a separator, or a block with no text.
    if (bias === 'forward' && i + 1 < nodes.length) i += 1;
    else return { node: nodes[i]!, offset: nodeEnd(i) - nodeStarts[i]! };
    return { node: nodes[i]!, offset: 0 };
  }

  function boundsFor(start: number, end: number): [TextPoint, TextPoint] | null {
    const from = pointAt(start, 'forward');
    const to = pointAt(Math.max(start, end), 'backward');
    if (from === null || to === null) return null;
    const fromIndex = nodeIndex.get(from.node)!;
    const toIndex = nodeIndex.get(to.node)!;
    if (toIndex < fromIndex || (toIndex === fromIndex && to.offset <= from.offset)) {
      // Nothing of [start, end) is text (a separator, an image): a collapsed range where it was.
      return end > start ? null : [from, from];
    }
    return [from, to];
  }

  function rangeFor(start: number, end: number): Range | null {
    const bounds = boundsFor(start, end);
    if (bounds === null) return null;
    const range = root.ownerDocument.createRange();
    range.setStart(bounds[0].node, bounds[0].offset);
    range.setEnd(bounds[1].node, bounds[1].offset);
    return range;
  }

  function staticRangeFor(start: number, end: number): StaticRange | null {
    const bounds = boundsFor(start, end);
    if (bounds === null) return null;
    return new StaticRange({
      startContainer: bounds[0].node,
      startOffset: bounds[0].offset,
      endContainer: bounds[1].node,
      endOffset: bounds[1].offset,
    });
  }

  function blockAt(offset: number): number {
    return Math.max(
      0,
      lastAtOrBefore(blockCount, clamp(offset), (k) => starts[k]!),
    );
  }

  /** Compares the boundary point with (node, 0): true when the point is at or before it. */
  function pointIsAtOrBefore(probe: Range, node: Node): boolean {
    return probe.comparePoint(node, 0) >= 0;
  }

  function offsetAt(node: Node, offsetInNode: number): number | null {
    if (!root.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const i = nodeIndex.get(node as Text);
      if (i !== undefined) return Math.min(nodeStarts[i]! + Math.max(0, offsetInNode), nodeEnd(i));
    }
    const probe = root.ownerDocument.createRange();
    probe.setStart(
      node,
      Math.min(offsetInNode, node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length),
    );
    const element = node instanceof Element ? node : node.parentElement;
    const blockElement = element?.closest(`[${BLOCK_ATTRIBUTE}]`);
    const block =
      blockElement != null && root.contains(blockElement) ? Number(blockElement.getAttribute(BLOCK_ATTRIBUTE)) : NaN;
    if (Number.isInteger(block) && block >= 0 && block < blockCount) {
      // Inside a block but not in a counted text node: the first of its text nodes after the point.
      const from = firstNodeOfBlock[block]!;
      const to = firstNodeOfBlock[block + 1]!;
      const next = firstWhere(from, to, (i) => pointIsAtOrBefore(probe, nodes[i]!));
      return next < to ? nodeStarts[next]! : ends[block]!;
    }
    // Between blocks: the start of the first block after the point.
    const next = firstWhere(0, renderedBlocks.length, (k) =>
      pointIsAtOrBefore(probe, blockElements[renderedBlocks[k]!]!),
    );
    return next < renderedBlocks.length ? starts[renderedBlocks[next]!]! : length;
  }

  return {
    length,
    blockCount,
    blockElement: (index) => blockElements[index],
    blockStart: (index) => starts[index] ?? length,
    blockEnd: (index) => ends[index] ?? length,
    blockAt,
    pointAt,
    rangeFor,
    staticRangeFor,
    offsetAt,
  };
}
