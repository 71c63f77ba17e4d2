// Renders an ArticleDoc's blocks as React elements. Rendering is a pure function of the
// document, so canonical-text offsets map onto DOM text deterministically.

import { createElement, type ReactNode } from 'react';
import type { ArticleDoc, Block } from '../article/types';
import { StoredImage } from '../images/StoredImage';
import { InlineText } from './InlineText';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function headingTag(level: number): HeadingTag {
  // The article title is the page's h1; article headings start one level below it.
  return `h${Math.min(6, Math.max(2, level + 1))}` as HeadingTag;
}

interface BlockProps {
  block: Block;
  index: number;
  onLinkClick: (href: string) => void;
}

function BlockView({ block, index, onLinkClick }: BlockProps): ReactNode {
  const common = { 'data-block': index, dir: block.dir ?? 'auto' } as const;
  const inline = <InlineText text={block.text} marks={block.marks} onLinkClick={onLinkClick} />;
  switch (block.kind) {
    case 'paragraph':
      return <p {...common}>{inline}</p>;
    case 'heading':
      return createElement(headingTag(block.level), common, inline);
    case 'quote':
      return <blockquote {...common}>{inline}</blockquote>;
    case 'listItem':
      return (
        <li {...common} style={{ marginInlineStart: `${block.depth * 1.5}em` }}>
          {inline}
        </li>
      );
    case 'preformatted':
      return <pre {...common}>{inline}</pre>;
    case 'image':
      return (
        <figure {...common}>
          <StoredImage src={block.src} alt={block.alt} />
        </figure>
      );
    case 'rule':
      return <hr data-block={index} />;
  }
}

interface Group {
  ordered: boolean | null;
  items: { block: Block; index: number }[];
}

/** Consecutive list items of the same kind share one <ul>/<ol>; other blocks stand alone. */
function groupBlocks(blocks: readonly Block[]): Group[] {
  const groups: Group[] = [];
  blocks.forEach((block, index) => {
    const ordered = block.kind === 'listItem' ? block.ordered : null;
    const last = groups[groups.length - 1];
    if (ordered !== null && last !== undefined && last.ordered === ordered) last.items.push({ block, index });
    else groups.push({ ordered, items: [{ block, index }] });
  });
  return groups;
}

interface ArticleBodyProps {
  doc: ArticleDoc;
  onLinkClick: (href: string) => void;
}

export function ArticleBody({ doc, onLinkClick }: ArticleBodyProps): ReactNode {
  return groupBlocks(doc.blocks).map((group) => {
    const first = group.items[0]!.index;
    const children = group.items.map(({ block, index }) => (
      <BlockView key={index} block={block} index={index} onLinkClick={onLinkClick} />
    ));
    if (group.ordered === null) return children;
    const List = group.ordered ? 'ol' : 'ul';
    return <List key={`list-${first}`}>{children}</List>;
  });
}
