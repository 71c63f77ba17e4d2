// The canonical text of an article: block texts joined by a fixed separator. Every stored
// position (highlight, note anchor, search hit, reading progress) is an offset into it.

import type { ArticleDoc } from './types';

export const BLOCK_SEPARATOR = '\n\n';

export function canonicalText(doc: Pick<ArticleDoc, 'blocks'>): string {
  return doc.blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/** Start offset of each block in the canonical text, in block order. */
export function blockStartOffsets(doc: Pick<ArticleDoc, 'blocks'>): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const block of doc.blocks) {
    starts.push(offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}
