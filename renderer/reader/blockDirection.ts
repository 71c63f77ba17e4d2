// The direction a block is rendered in. A block keeps the direction its source gave; otherwise
// it is `dir="auto"` (first strong character), except when its words say otherwise: "Python هي
// لغة برمجة" starts with a Latin word but is an Arabic sentence, and first-strong would lay it
// out left to right, reversing the reading order of its parts.

import type { Block, BlockDirection } from '../article/types';
import { estimateDirection, firstStrongDirection } from '../text/direction';

export function blockDirection(block: Pick<Block, 'text' | 'dir'>): BlockDirection {
  if (block.dir === 'rtl' || block.dir === 'ltr') return block.dir;
  const estimate = estimateDirection(block.text);
  return estimate === null || estimate === firstStrongDirection(block.text) ? 'auto' : estimate;
}
