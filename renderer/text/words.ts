// Word counting that understands Arabic (no spaces before clitics matter here: a written
// word is a word) and mixed scripts, through Intl.Segmenter.

// Made on first use, not when the module loads: a word segmenter loads the break-iterator
// data, 10–18 ms measured in a fresh page, and this module is in the start-up chunk, where
// the library's first paint needs no word counted.
let segmenter: Intl.Segmenter | null = null;

export function countWords(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** The first `limit` characters of `text`, cut at a word boundary, with an ellipsis if cut. */
export function excerptOf(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
