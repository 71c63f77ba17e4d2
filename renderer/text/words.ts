// Word counting that understands Arabic (no spaces before clitics matter here: a written
// word is a word) and mixed scripts, through Intl.Segmenter.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function countWords(text: string): number {
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
