// Writes blocks as a walk of the page reads it: text appended to the block being written (its
// kind from where the walk stands — in a heading, a list item, a quote, preformatted text),
// inline marks opened and closed around what the walk reads inside them, and each block
// finished with its white space and marks settled. htmlToBlocks.ts does the walking.

import type { Block, InlineMark } from '../article/types';

type TextKind = 'paragraph' | 'heading' | 'quote' | 'listItem' | 'preformatted';

/** White space as a browser collapses it (`\s` holds the no-break space too). */
const WHITE_SPACE_RUN = /\s+/g;
const WHITE_SPACE = /\s/;

export interface Pending {
  kind: TextKind;
  level: 1 | 2 | 3 | 4 | 5 | 6;
  ordered: boolean;
  depth: number;
  text: string;
  marks: InlineMark[];
}

export interface OpenMark {
  type: InlineMark['type'];
  href: string | undefined;
  start: number;
}

export class BlockWriter {
  readonly blocks: Block[] = [];
  /** The block being written, if any. */
  protected current: Pending | null = null;
  private readonly openMarks: OpenMark[] = [];
  protected readonly lists: boolean[] = [];
  protected quoteDepth = 0;
  protected preDepth = 0;
  protected headingLevel: Pending['level'] | null = null;
  protected listItemDepth = 0;

  /** Opens a mark at the end of what is written; `closeMarkOpened` closes it. */
  protected openMark(type: InlineMark['type'], href: string | undefined): OpenMark {
    const mark: OpenMark = { type, href, start: this.current?.text.length ?? 0 };
    this.openMarks.push(mark);
    return mark;
  }

  /** Closes the mark `openMark` opened last, over what was written since. */
  protected closeMarkOpened(mark: OpenMark): void {
    this.openMarks.pop();
    if (this.current !== null) this.closeMark(this.current, mark);
  }

  private closeMark(block: Pending, mark: OpenMark): void {
    const end = block.text.length;
    if (end <= mark.start) return;
    block.marks.push(
      mark.href === undefined
        ? { type: mark.type, start: mark.start, end }
        : { type: mark.type, start: mark.start, end, href: mark.href },
    );
  }

  private ensureBlock(): Pending {
    if (this.current !== null) return this.current;
    let kind: TextKind = 'paragraph';
    if (this.preDepth > 0) kind = 'preformatted';
    else if (this.headingLevel !== null) kind = 'heading';
    else if (this.listItemDepth > 0) kind = 'listItem';
    else if (this.quoteDepth > 0) kind = 'quote';
    this.current = {
      kind,
      level: this.headingLevel ?? 2,
      ordered: this.lists[this.lists.length - 1] ?? false,
      depth: Math.max(0, this.lists.length - 1),
      text: '',
      marks: [],
    };
    // Marks still open continue in the new block from its start.
    for (const mark of this.openMarks) mark.start = 0;
    return this.current;
  }

  protected appendText(raw: string): void {
    if (this.preDepth > 0) {
      this.appendRaw(raw.replace(/\r\n?/g, '\n'));
      return;
    }
    let text = raw.replace(WHITE_SPACE_RUN, ' ');
    const current = this.current;
    if ((current === null || current.text === '' || current.text.endsWith(' ')) && text.startsWith(' '))
      text = text.slice(1);
    if (text === '') return;
    this.ensureBlock().text += text;
  }

  protected appendRaw(text: string): void {
    if (text === '') return;
    this.ensureBlock().text += text;
  }

  protected appendSpace(): void {
    if (this.current !== null && this.current.text !== '' && !this.current.text.endsWith(' ')) this.current.text += ' ';
  }

  flush(): void {
    const block = this.current;
    if (block === null) return;
    for (const mark of this.openMarks) this.closeMark(block, mark);
    this.current = null;
    const text = block.kind === 'preformatted' ? block.text.replace(/^\n+|\s+$/g, '') : block.text.trimEnd();
    if (text.trim() === '') return;
    const marks: InlineMark[] = [];
    for (const mark of block.marks) {
      // A mark never starts or ends on the spaces around its words.
      let start = mark.start;
      let end = Math.min(mark.end, text.length);
      while (start < end && WHITE_SPACE.test(text[start]!)) start += 1;
      while (end > start && WHITE_SPACE.test(text[end - 1]!)) end -= 1;
      if (end > start) marks.push({ ...mark, start, end });
    }
    // Every block's direction follows its own words, as for pasted text (the reader's
    // blockDirection): pages put `dir` anywhere — on <html>, on a wrapper inside the article,
    // on one paragraph — so the same Latin paragraph read right to left under one page's markup
    // and left to right under another's.
    const base = { text, dir: 'auto' as const, ...(marks.length > 0 ? { marks } : {}) };
    switch (block.kind) {
      case 'heading':
        this.blocks.push({ ...base, kind: 'heading', level: block.level });
        return;
      case 'listItem':
        this.blocks.push({ ...base, kind: 'listItem', ordered: block.ordered, depth: block.depth });
        return;
      default:
        this.blocks.push({ ...base, kind: block.kind });
    }
  }
}
