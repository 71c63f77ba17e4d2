// A sanitized DOM → ArticleDoc blocks. Reads elements and text only: paragraphs, headings,
// quotes, list items, preformatted text, images, rules, and the inline marks the model knows
// (emphasis, strong, code, links). Whitespace is collapsed as a browser would show it.
// Walking is bounded in depth, so a pathologically nested document degrades to plain text
// instead of exhausting the stack.

import type { Block, InlineMark } from '../article/types';

const MAX_DEPTH = 400;

/** Never article content, even if a sanitizer let one through. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'button',
  'input',
  'select',
  'option',
  'textarea',
  'form',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'nav',
  'dialog',
  'picture',
  'source',
  'map',
  'area',
  'noframes',
  'noembed',
]);

const CONTAINERS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'address',
  'center',
  'details',
  'summary',
  'figure',
  'caption',
  'dl',
  'dd',
  'body',
  'html',
  'hgroup',
]);

const MARK_TAGS: Readonly<Record<string, InlineMark['type']>> = {
  em: 'em',
  i: 'em',
  cite: 'em',
  dfn: 'em',
  var: 'em',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
};

/** Addresses a link may keep: absolute http(s) and mailto. */
export function safeLinkHref(href: string | null): string | null {
  if (href === null) return null;
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** Image sources worth keeping for the image stage: absolute http(s), or an inline raster data: URL. */
export function safeImageSrc(src: string | null): string | null {
  if (src === null) return null;
  const trimmed = src.trim();
  if (trimmed.slice(0, 5).toLowerCase() === 'data:') return DATA_IMAGE.test(trimmed) ? trimmed : null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

type TextKind = 'paragraph' | 'heading' | 'quote' | 'listItem' | 'preformatted';

interface Pending {
  kind: TextKind;
  level: 1 | 2 | 3 | 4 | 5 | 6;
  ordered: boolean;
  depth: number;
  text: string;
  marks: InlineMark[];
}

interface OpenMark {
  type: InlineMark['type'];
  href: string | undefined;
  start: number;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private current: Pending | null = null;
  private readonly openMarks: OpenMark[] = [];
  private readonly lists: boolean[] = [];
  private quoteDepth = 0;
  private preDepth = 0;
  private headingLevel: Pending['level'] | null = null;
  private listItemDepth = 0;

  walk(node: Node, depth: number): void {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      this.appendText((node as CharacterData).data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      this.walkChildren(node, depth);
      return;
    }
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (depth > MAX_DEPTH) {
      this.appendText(element.textContent ?? '');
      return;
    }
    this.element(element, tag, depth);
  }

  private walkChildren(node: Node, depth: number): void {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) this.walk(child, depth + 1);
  }

  private element(element: Element, tag: string, depth: number): void {
    const markType = MARK_TAGS[tag];
    if (markType !== undefined) {
      // Code inside <pre> is the block itself, not an inline mark.
      if (markType === 'code' && this.preDepth > 0) this.walkChildren(element, depth);
      else this.withMark(markType, undefined, () => this.walkChildren(element, depth));
      return;
    }
    switch (tag) {
      case 'a': {
        const href = safeLinkHref(element.getAttribute('href'));
        if (href === null) this.walkChildren(element, depth);
        else this.withMark('link', href, () => this.walkChildren(element, depth));
        return;
      }
      case 'br':
        if (this.preDepth > 0) this.appendRaw('\n');
        else if (this.headingLevel !== null || this.listItemDepth > 0) this.appendSpace();
        else this.flush();
        return;
      case 'wbr':
        return;
      case 'img': {
        const src = safeImageSrc(element.getAttribute('src'));
        if (src === null) return;
        this.flush();
        const alt = (element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
        this.blocks.push({ kind: 'image', src, alt, text: '' });
        return;
      }
      case 'hr':
        this.flush();
        this.blocks.push({ kind: 'rule', text: '' });
        return;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        this.flush();
        const previous = this.headingLevel;
        this.headingLevel = Number(tag[1]) as Pending['level'];
        this.walkChildren(element, depth);
        this.flush();
        this.headingLevel = previous;
        return;
      }
      case 'blockquote':
        this.flush();
        this.quoteDepth += 1;
        this.walkChildren(element, depth);
        this.flush();
        this.quoteDepth -= 1;
        return;
      case 'ul':
      case 'ol':
      case 'menu':
        this.flush();
        this.lists.push(tag === 'ol');
        this.walkChildren(element, depth);
        this.flush();
        this.lists.pop();
        return;
      case 'li':
        this.flush();
        this.listItemDepth += 1;
        this.walkChildren(element, depth);
        this.flush();
        this.listItemDepth -= 1;
        return;
      case 'pre':
      case 'xmp':
      case 'listing':
        this.flush();
        this.preDepth += 1;
        this.walkChildren(element, depth);
        this.flush();
        this.preDepth -= 1;
        return;
      case 'table':
        this.table(element);
        return;
      case 'figcaption': {
        // A caption right after its image is the image's text (the reader shows it under it).
        this.flush();
        const before = this.blocks.length;
        this.walkChildren(element, depth);
        this.flush();
        const image = this.blocks[before - 1];
        const caption = this.blocks[before];
        if (
          image?.kind === 'image' &&
          image.text === '' &&
          this.blocks.length === before + 1 &&
          caption?.kind === 'paragraph'
        ) {
          this.blocks.splice(before - 1, 2, {
            ...image,
            text: caption.text,
            ...(caption.marks !== undefined ? { marks: caption.marks } : {}),
          });
        }
        return;
      }
      case 'dt':
        this.flush();
        this.withMark('strong', undefined, () => this.walkChildren(element, depth));
        this.flush();
        return;
      default:
        if (CONTAINERS.has(tag)) {
          // Paragraphs inside one list item stay in that item.
          if (this.listItemDepth > 0 && this.current?.kind === 'listItem') {
            this.appendSpace();
            this.walkChildren(element, depth);
            return;
          }
          this.flush();
          this.walkChildren(element, depth);
          this.flush();
          return;
        }
        this.walkChildren(element, depth);
    }
  }

  /** A table becomes one paragraph per row, its cells' text joined by " | ". */
  private table(table: Element): void {
    this.flush();
    const caption = table.querySelector(':scope > caption');
    if (caption !== null) this.plainBlock(caption.textContent ?? '');
    const rows = table.querySelectorAll(':scope > tr, :scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr');
    for (const row of rows) {
      const cells = Array.from(row.children)
        .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
        .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((text) => text !== '');
      if (cells.length > 0) this.plainBlock(cells.join(' | '));
    }
  }

  private plainBlock(text: string): void {
    this.appendText(text);
    this.flush();
  }

  private withMark(type: InlineMark['type'], href: string | undefined, body: () => void): void {
    const mark: OpenMark = { type, href, start: this.current?.text.length ?? 0 };
    this.openMarks.push(mark);
    try {
      body();
    } finally {
      this.openMarks.pop();
      if (this.current !== null) this.closeMark(this.current, mark);
    }
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

  private appendText(raw: string): void {
    if (this.preDepth > 0) {
      this.appendRaw(raw.replace(/\r\n?/g, '\n'));
      return;
    }
    let text = raw.replace(/[\s\u00a0]+/g, ' ');
    const current = this.current;
    if (current === null || current.text === '' || current.text.endsWith(' ')) text = text.replace(/^ /, '');
    if (text === '') return;
    this.ensureBlock().text += text;
  }

  private appendRaw(text: string): void {
    if (text === '') return;
    this.ensureBlock().text += text;
  }

  private appendSpace(): void {
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
      while (start < end && /\s/.test(text[start]!)) start += 1;
      while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
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

export function htmlToBlocks(root: Node): Block[] {
  const builder = new BlockBuilder();
  builder.walk(root, 0);
  builder.flush();
  return builder.blocks;
}
