// Text with the matched words wrapped in <mark>, from ranges in original-text offsets. React
// builds the elements; nothing is parsed as HTML.

import type { ReactNode } from 'react';
import type { TextRange } from '../types';

export function MarkedText({ text, marks }: { text: string; marks: readonly TextRange[] }): ReactNode {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (start < at || end <= start) continue; // overlapping or empty: the earlier mark wins
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
