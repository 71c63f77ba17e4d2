// Word counting that understands Arabic (no spaces before clitics matter here: a written
// word is a word) and mixed scripts. Intl.Segmenter defines what a word is; counting a 1 MB
// article through it took 30–60 ms of the import in a fresh page, one segment object at a
// time. Most of such text is tokens between spaces that are plainly one word each: letters
// and digits of the Latin and Arabic scripts, with their marks, between punctuation that
// stands apart. When every token is such, two regular expressions count them; otherwise each
// token that is not goes through the segmenter. words.test.ts checks that both ways agree
// on random text of every kind the fast way skips.

/** What separates tokens: white space at which a word always breaks (not U+FEFF, a format character). */
const SPACE = '\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u205f\\u3000';
/** Letters and digits that start or continue a word: Latin and Arabic script. */
const WORD_START =
  '0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0620-\\u064a\\u0660-\\u0669\\u066e\\u066f\\u0671-\\u06d3\\u06d5\\u06ee-\\u06fc\\u06ff\\u0750-\\u077f';
/** Combining marks that continue a word (Latin diacritics, Arabic harakat and Quranic marks). */
const WORD_MARK =
  '\\u0300-\\u036f\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed';
/** Punctuation that is no word and never joins the letters beside it when it ends a token. */
const EDGE_PUNCTUATION = '.,;:!?()\\[\\]"\'«»“”‘’%،؛؟…\\u2013\\u2014-';

/** From a token's start: the whole token is exactly one word. */
const SIMPLE = `[${EDGE_PUNCTUATION}]*[${WORD_START}](?:[${WORD_START}]|[${WORD_MARK}])*[${EDGE_PUNCTUATION}]*(?![^${SPACE}])`;
const TOKEN_START = `(?:^|[${SPACE}])`;
const SIMPLE_TOKEN = new RegExp(`${TOKEN_START}${SIMPLE}`, 'g');
/** The start of a token that is not simple: one search, building no string. */
const OTHER_TOKEN = new RegExp(`${TOKEN_START}(?!${SIMPLE})[^${SPACE}]`);
const TOKEN = new RegExp(`[^${SPACE}]+`, 'g');
const SIMPLE_TOKEN_ALONE = new RegExp(`^${SIMPLE}`);

// Made on first use, not when the module loads: a word segmenter loads the break-iterator
// data, 10–18 ms measured in a fresh page, and this module is in the start-up chunk, where
// the library's first paint needs no word counted.
let segmenter: Intl.Segmenter | null = null;

/** The number of words by Intl.Segmenter alone. */
export function segmentedWordCount(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

export function countWords(text: string): number {
  if (!OTHER_TOKEN.test(text)) return text.match(SIMPLE_TOKEN)?.length ?? 0;
  // Words always break at the separating spaces, so each token can be counted on its own.
  let count = 0;
  for (const token of text.match(TOKEN) ?? []) count += SIMPLE_TOKEN_ALONE.test(token) ? 1 : segmentedWordCount(token);
  return count;
}

/**
 * `countWords` of the texts joined by white space, counted one text at a time: a word never
 * spans the white space between them, so the sum is the same, and the joined text need not be
 * built (an article's canonical text: its blocks joined by a blank line).
 */
export function countWordsOfTexts(texts: Iterable<string>): number {
  let count = 0;
  for (const text of texts) count += countWords(text);
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
