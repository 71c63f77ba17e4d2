// Plain text → ArticleDoc. One paragraph per non-empty line (blank lines separate too). A
// short line with no final punctuation that stands between two paragraphs is taken as a
// subheading, which is how articles copied out of web pages and word processors usually carry
// their sections; a line ending in "…" or "...." stays text.

import { documentDirection } from '../text/direction';
import { hasVisibleText } from './textTitle';
import { EXTRACTION_VERSION, type ArticleDoc, type Block } from './types';

const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 10;
// Sentence-final and clause-final marks in Latin and Arabic script, and ellipses.
const FINAL_PUNCTUATION = /[.!?؟:;؛,،…"'»”)\]]$/u;

function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH) return false;
  if (line.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  return !FINAL_PUNCTUATION.test(line);
}

export function textToBlocks(text: string): Block[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(hasVisibleText);
  const short = lines.map(looksLikeHeading);
  return lines.map((line, index): Block => {
    // Between two paragraphs: a run of short lines (a poem, an address, a list) is not a heading.
    const between = index > 0 && index < lines.length - 1 && !short[index - 1] && !short[index + 1];
    if (between && short[index]) return { kind: 'heading', level: 2, text: line, dir: 'auto' };
    return { kind: 'paragraph', text: line, dir: 'auto' };
  });
}

export function textToDoc(text: string, lang: string | null = null): ArticleDoc {
  const blocks = textToBlocks(text);
  const dir = documentDirection(lang, blocks.map((block) => block.text).join(' '));
  return { extractionVersion: EXTRACTION_VERSION, lang: lang ?? (dir === 'rtl' ? 'ar' : 'en'), dir, blocks };
}

/** Splits "title on the first line, body after it", as the welcome article is written. */
export function splitTitle(text: string): { title: string; body: string } {
  const normalized = text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .trimStart();
  const newline = normalized.indexOf('\n');
  if (newline === -1) return { title: normalized.trim(), body: '' };
  return { title: normalized.slice(0, newline).trim(), body: normalized.slice(newline + 1) };
}
