// Renders an ArticleDoc's blocks as React elements. Rendering is a pure function of the
// document, so canonical-text offsets map onto DOM text deterministically (textMap.ts): each
// block element carries `data-block` and holds exactly the block's text, nothing else. Blocks
// are grouped in chunks that the browser can skip wholesale while they are off screen.

import { createElement, memo, type CSSProperties, type ReactNode } from 'react';
import type { ArticleDoc, Block } from '../article/types';
import { StoredImage } from '../images/StoredImage';
import { storedImageId } from '../images/storedImage';
import { blockDirection } from './blockDirection';
import { InlineText } from './InlineText';
import { BLOCK_ATTRIBUTE } from '../document/textMap';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function headingTag(level: number): HeadingTag {
  // The article title is the page's h1; article headings start one level below it.
  return `h${Math.min(6, Math.max(2, level + 1))}` as HeadingTag;
}

/** Images are stored with the article; anything that would be fetched is not shown. */
export function isStoredImageSource(src: string): boolean {
  return /^data:image\//i.test(src) || src.startsWith('blob:');
}

interface BlockProps {
  block: Block;
  index: number;
  /** For an ordered list item: its number among the items of its depth. */
  ordinal: number | undefined;
  onLinkClick: (href: string) => void;
}

function BlockView({ block, index, ordinal, onLinkClick }: BlockProps): ReactNode {
  const common = { [BLOCK_ATTRIBUTE]: index, dir: blockDirection(block) };
  const inline = <InlineText text={block.text} marks={block.marks} onLinkClick={onLinkClick} />;
  switch (block.kind) {
    case 'paragraph':
      return <p {...common}>{inline}</p>;
    case 'heading':
      // Focusable so the table of contents can move focus to it.
      return createElement(headingTag(block.level), { ...common, tabIndex: -1 }, inline);
    case 'quote':
      return <blockquote {...common}>{inline}</blockquote>;
    case 'listItem':
      return (
        <li {...common} value={ordinal} style={{ marginInlineStart: `${block.depth * 1.5}em` }}>
          {inline}
        </li>
      );
    case 'preformatted':
      return <pre {...common}>{inline}</pre>;
    case 'image':
      return (
        <figure {...common}>
          {storedImageId(block.src) !== null ? (
            // Kept in the database (images table) and shown through an object URL.
            <StoredImage src={block.src} alt={block.alt} />
          ) : isStoredImageSource(block.src) ? (
            <img src={block.src} alt={block.alt} loading="lazy" decoding="async" />
          ) : (
            <span
              className="article-image-missing"
              {...(block.alt === '' ? { 'aria-hidden': true } : { role: 'img', 'aria-label': block.alt })}
            />
          )}
          {block.text !== '' && <figcaption>{inline}</figcaption>}
        </figure>
      );
    case 'rule':
      return <hr {...{ [BLOCK_ATTRIBUTE]: index }} />;
  }
}

interface Group {
  ordered: boolean | null;
  items: { block: Block; index: number; ordinal: number | undefined }[];
}

/**
 * Consecutive list items of the same kind share one <ul>/<ol>; other blocks stand alone.
 * Nested items of an ordered list are numbered per depth, restarting under each parent.
 */
function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  let counters: number[] = [];
  blocks.forEach((block, index) => {
    const ordered = block.kind === 'listItem' ? block.ordered : null;
    const last = groups[groups.length - 1];
    const continues = ordered !== null && last !== undefined && last.ordered === ordered;
    let ordinal: number | undefined;
    if (block.kind === 'listItem' && block.ordered) {
      if (!continues) counters = [];
      counters.length = block.depth + 1;
      ordinal = (counters[block.depth] ?? 0) + 1;
      counters[block.depth] = ordinal;
    }
    if (continues) last.items.push({ block, index, ordinal });
    else groups.push({ ordered, items: [{ block, index, ordinal }] });
  });
  return groups;
}

interface ArticleBodyProps {
  doc: ArticleDoc;
  /** Keep it stable (useCallback): the body re-renders only when the document changes. */
  onLinkClick: (href: string) => void;
}

/**
 * Top-level elements per chunk. Chromium's paint walk visits every box of the article on any
 * change to the page (a selection, a highlight, a button's colour): with 3,500 paragraphs that
 * took ~15 ms a frame. Chunks with `content-visibility: auto` let it skip all but the few on
 * screen (~2.5 ms, docs/highlights.md).
 */
export const CHUNK_SIZE = 32;

export const ArticleBody = memo(function ArticleBody({ doc, onLinkClick }: ArticleBodyProps): ReactNode {
  const elements = groupBlocks(doc.blocks).map((group) => {
    const first = group.items[0]!.index;
    const children = group.items.map(({ block, index, ordinal }) => (
      <BlockView key={index} block={block} index={index} ordinal={ordinal} onLinkClick={onLinkClick} />
    ));
    if (group.ordered === null) return children[0];
    const List = group.ordered ? 'ol' : 'ul';
    return <List key={`list-${first}`}>{children}</List>;
  });
  const chunks: ReactNode[] = [];
  for (let start = 0; start < elements.length; start += CHUNK_SIZE) {
    const members = elements.slice(start, start + CHUNK_SIZE);
    // Its size before it is first laid out: what its blocks' own estimates add up to.
    chunks.push(
      <div key={start} className="article-chunk" style={{ '--chunk-blocks': members.length } as CSSProperties}>
        {members}
      </div>,
    );
  }
  return chunks;
});
