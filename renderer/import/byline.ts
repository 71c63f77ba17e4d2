// The byline an extraction found ("Jane Doe", "كاتب المقال") is shown in the reader's header;
// the page usually prints it too, near the top of the article ("By Jane Doe", "بقلم: كاتب
// المقال — 15 يناير"), and Readability leaves that line in the content when it took the byline
// from the page's metadata. Left there it would be read twice and become the library's excerpt,
// so the few blocks at the top that only carry the byline are dropped.

import type { Block } from '../article/types';

/** How many blocks at the start may be looked at: a byline sits above the text, not in it. */
const LEADING_BLOCKS = 3;
/** What a byline line may add to the name: a lead word, a date, a place ("By X, Reuters — 3 May"). */
const EXTRA_WORDS = 5;
const LEAD_WORD = /^(?:by|written by|reporting by|بقلم|كتب|كتبت|إعداد|اعداد|تقرير)\s*[:：-]?\s*/u;
const SENTENCE_END = /[.!?؟]$/u;

function folded(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Whether `text` is a line that carries the byline and little else. */
export function isBylineLine(text: string, byline: string): boolean {
  const line = folded(text);
  const name = folded(byline);
  if (name === '' || line === '') return false;
  const bare = line.replace(LEAD_WORD, '');
  if (bare.startsWith(name) || line.endsWith(name)) {
    // What is left must read as a date or a place, not as a sentence that starts with the name.
    const rest = bare.startsWith(name) ? bare.slice(name.length) : line.slice(0, line.length - name.length);
    const words = rest.split(/[\s,:;|–—·-]+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
    return words.length <= EXTRA_WORDS && !SENTENCE_END.test(rest.trim());
  }
  // "By Jane Doe" against a byline "Jane Doe, Reuters": the line, without its lead word, is part of the byline.
  const trimmed = bare.replace(/[\s.,:;|–—-]+$/u, '');
  return trimmed.length >= 3 && name.includes(trimmed);
}

/** `blocks` without the leading paragraphs that repeat `byline`; never leaves a document without text. */
export function withoutBylineBlocks(blocks: readonly Block[], byline: string | null): Block[] {
  if (byline === null || byline.trim() === '') return [...blocks];
  const kept = blocks.filter(
    (block, index) => !(index < LEADING_BLOCKS && block.kind === 'paragraph' && isBylineLine(block.text, byline)),
  );
  return kept.some((block) => block.kind === 'image' || block.text.trim() !== '') ? kept : [...blocks];
}
