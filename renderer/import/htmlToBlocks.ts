// A sanitized DOM → ArticleDoc blocks. Reads elements and text only: paragraphs, headings,
// quotes, list items, preformatted text, images, rules, and the inline marks the model knows
// (emphasis, strong, code, links). Whitespace is collapsed as a browser would show it.
// Walking is bounded in depth, so a pathologically nested document degrades to plain text
// instead of exhausting the stack.

import type { Block, InlineMark } from '../article/types';
import { safeImageSrc, safeLinkHref } from './blockAddresses';
import { BlockWriter, type Pending } from './blockWriter';

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

export { safeImageSrc, safeLinkHref } from './blockAddresses';

// Node types, read once rather than from `Node` on every node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_FRAGMENT_NODE = 11;

class BlockBuilder extends BlockWriter {
  walk(node: Node, depth: number): void {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      this.appendText((node as CharacterData).data);
      return;
    }
    if (type === DOCUMENT_FRAGMENT_NODE) {
      this.walkChildren(node, depth);
      return;
    }
    if (type !== ELEMENT_NODE) return;
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

  /** The element's content under a mark (no closure per element: thousands on a long page). */
  private walkMarked(element: Element, depth: number, type: InlineMark['type'], href: string | undefined): void {
    const mark = this.openMark(type, href);
    try {
      this.walkChildren(element, depth);
    } finally {
      this.closeMarkOpened(mark);
    }
  }

  private element(element: Element, tag: string, depth: number): void {
    const markType = MARK_TAGS[tag];
    if (markType !== undefined) {
      // Code inside <pre> is the block itself, not an inline mark.
      if (markType === 'code' && this.preDepth > 0) this.walkChildren(element, depth);
      else this.walkMarked(element, depth, markType, undefined);
      return;
    }
    switch (tag) {
      case 'a': {
        const href = safeLinkHref(element.getAttribute('href'));
        if (href === null) this.walkChildren(element, depth);
        else this.walkMarked(element, depth, 'link', href);
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
        this.walkMarked(element, depth, 'strong', undefined);
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
}

export function htmlToBlocks(root: Node): Block[] {
  const builder = new BlockBuilder();
  builder.walk(root, 0);
  builder.flush();
  return builder.blocks;
}
