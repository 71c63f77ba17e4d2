// A block's text with its inline marks, built as React elements (never innerHTML). Marks may
// nest or overlap: the text is cut at every mark boundary and each piece is wrapped in the
// marks that cover it. Only the block's own text becomes DOM text, so the text map
// (textMap.ts) finds exactly the canonical text here.

import { Fragment, type MouseEvent, type ReactNode } from 'react';
import type { InlineMark } from '../article/types';

interface Piece {
  start: number;
  end: number;
  marks: InlineMark[];
}

export function piecesOf(text: string, marks: readonly InlineMark[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.start)));
    cuts.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    pieces.push({ start, end, marks: marks.filter((mark) => mark.start <= start && mark.end >= end) });
  }
  return pieces;
}

interface InlineTextProps {
  text: string;
  marks: readonly InlineMark[] | undefined;
  onLinkClick: (href: string) => void;
}

export function InlineText({ text, marks, onLinkClick }: InlineTextProps): ReactNode {
  if (marks === undefined || marks.length === 0) return text;
  return piecesOf(text, marks).map((piece) => {
    let node: ReactNode = text.slice(piece.start, piece.end);
    for (const mark of piece.marks) {
      if (mark.type === 'em') node = <em>{node}</em>;
      else if (mark.type === 'strong') node = <strong>{node}</strong>;
      else if (mark.type === 'code') node = <code dir="ltr">{node}</code>;
      else if (mark.href !== undefined) {
        const href = mark.href;
        // Every activation, middle click included, goes through the confirmation; the
        // browser never follows the link itself.
        const open = (event: MouseEvent) => {
          event.preventDefault();
          onLinkClick(href);
        };
        node = (
          // dir="auto" isolates a Latin name or an address from the Arabic around it.
          <a href={href} dir="auto" onClick={open} onAuxClick={(event) => event.button === 1 && open(event)}>
            {node}
          </a>
        );
      }
    }
    return <Fragment key={piece.start}>{node}</Fragment>;
  });
}
