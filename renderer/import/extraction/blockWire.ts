// How an article's blocks cross from the extraction frame to the app: one string with every
// block's text, one Int32Array describing the blocks and their marks, and the few other
// strings (link addresses, image sources and descriptions). A 1 MB page is some 4,000 blocks
// and 6,000 marks; sent as objects, copying them between the two processes and checking each
// with the article model's schema (zod, which may not compile its checks here: no eval) took
// ~20% of a 1 MB import. Sent like this the copy is two memcpys, and decoding *is* the check:
// the app builds every block itself from numbers it checks one by one (kinds, levels, lengths
// that add up to the text, marks inside their block), so what it gets is well-formed by
// construction, whatever the frame sent.

import type { Block, BlockDirection, InlineMark } from '../../article/types';

export interface WireBlocks {
  /** Every block's text, in order, nothing between them. */
  readonly text: string;
  /** Per block: kind, dir, text length, two fields of its kind, mark count; then per mark: type, start, end, string index or -1. */
  readonly layout: Int32Array;
  /** Link addresses, image sources and image descriptions, referred to by index. */
  readonly strings: readonly string[];
}

const KINDS = ['paragraph', 'heading', 'quote', 'listItem', 'preformatted', 'image', 'rule'] as const;
const DIRS = [undefined, 'rtl', 'ltr', 'auto'] as const;
const MARK_TYPES = ['em', 'strong', 'code', 'link'] as const;
const BLOCK_FIELDS = 6;
const MARK_FIELDS = 4;

export function encodeBlocks(blocks: readonly Block[]): WireBlocks {
  const texts: string[] = [];
  const strings: string[] = [];
  let size = 0;
  for (const block of blocks) size += BLOCK_FIELDS + (block.marks?.length ?? 0) * MARK_FIELDS;
  const layout = new Int32Array(size);
  let at = 0;
  const string = (value: string) => strings.push(value) - 1;
  for (const block of blocks) {
    texts.push(block.text);
    let first = 0;
    let second = 0;
    if (block.kind === 'heading') first = block.level;
    else if (block.kind === 'listItem') {
      first = block.ordered ? 1 : 0;
      second = block.depth;
    } else if (block.kind === 'image') {
      first = string(block.src);
      second = string(block.alt);
    }
    const marks = block.marks ?? [];
    layout[at] = KINDS.indexOf(block.kind);
    layout[at + 1] = DIRS.indexOf(block.dir);
    layout[at + 2] = block.text.length;
    layout[at + 3] = first;
    layout[at + 4] = second;
    layout[at + 5] = marks.length;
    at += BLOCK_FIELDS;
    for (const mark of marks) {
      layout[at] = MARK_TYPES.indexOf(mark.type);
      layout[at + 1] = mark.start;
      layout[at + 2] = mark.end;
      layout[at + 3] = mark.href === undefined ? -1 : string(mark.href);
      at += MARK_FIELDS;
    }
  }
  return { text: texts.join(''), layout, strings };
}

/** The blocks `wire` describes, or null if any part of it is not a well-formed block. */
export function decodeBlocks(wire: WireBlocks): Block[] | null {
  const { text, layout, strings } = wire;
  const blocks: Block[] = [];
  let at = 0;
  let offset = 0;
  const stringAt = (index: number) => (index >= 0 && index < strings.length ? strings[index]! : null);
  while (at < layout.length) {
    if (at + BLOCK_FIELDS > layout.length) return null;
    const kind = KINDS[layout[at]!];
    const dirCode = layout[at + 1]!;
    const dir: BlockDirection | undefined = DIRS[dirCode];
    const length = layout[at + 2]!;
    const first = layout[at + 3]!;
    const second = layout[at + 4]!;
    const markCount = layout[at + 5]!;
    at += BLOCK_FIELDS;
    if (kind === undefined || dirCode < 0 || dirCode >= DIRS.length) return null;
    if (length < 0 || offset + length > text.length || markCount < 0) return null;
    if (at + markCount * MARK_FIELDS > layout.length) return null;
    const blockText = text.slice(offset, offset + length);
    offset += length;
    const marks: InlineMark[] = [];
    for (let i = 0; i < markCount; i += 1, at += MARK_FIELDS) {
      const type = MARK_TYPES[layout[at]!];
      const start = layout[at + 1]!;
      const end = layout[at + 2]!;
      const hrefIndex = layout[at + 3]!;
      const href = hrefIndex === -1 ? undefined : stringAt(hrefIndex);
      if (type === undefined || start < 0 || end < start || end > length || href === null) return null;
      marks.push(href === undefined ? { type, start, end } : { type, start, end, href });
    }
    const base = {
      text: blockText,
      ...(markCount > 0 ? { marks } : {}),
      ...(dir !== undefined ? { dir } : {}),
    };
    switch (kind) {
      case 'heading':
        if (first < 1 || first > 6) return null;
        blocks.push({ ...base, kind, level: first as 1 | 2 | 3 | 4 | 5 | 6 });
        break;
      case 'listItem':
        if ((first !== 0 && first !== 1) || second < 0) return null;
        blocks.push({ ...base, kind, ordered: first === 1, depth: second });
        break;
      case 'image': {
        const src = stringAt(first);
        const alt = stringAt(second);
        if (src === null || alt === null) return null;
        blocks.push({ ...base, kind, src, alt });
        break;
      }
      default:
        blocks.push({ ...base, kind });
    }
  }
  return offset === text.length ? blocks : null;
}
