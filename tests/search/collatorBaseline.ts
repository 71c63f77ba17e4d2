// The matching a reader app without an analyzer ships (Readest's find, for one): each query
// word is looked for as a substring of the text under an Intl.Collator of base sensitivity,
// which ignores diacritics, tatweel, invisible characters, hamza seats and letter case. A
// quoted phrase is one substring. Every word must be found (AND), as in our search.

import { blockDocId, titleDocId } from '../../renderer/search/engine/docIds';
import type { Corpus, QualityQuery } from './corpus';

const collator = new Intl.Collator('ar', { usage: 'search', sensitivity: 'base' });
/** How much longer than the query a stretch of text may be: the ignorable characters inside it. */
const SLACK = 4;

const firstCharCache = new Map<string, boolean>();
function sameLetter(a: string, b: string): boolean {
  const key = a + b;
  let same = firstCharCache.get(key);
  if (same === undefined) {
    same = collator.compare(a, b) === 0;
    firstCharCache.set(key, same);
  }
  return same;
}

/** Whether `needle` occurs in `text` as the collator compares. */
export function collatorIncludes(text: string, needle: string): boolean {
  if (needle === '') return false;
  const first = needle[0]!;
  for (let i = 0; i < text.length; i += 1) {
    if (!sameLetter(text[i]!, first)) continue;
    for (let length = needle.length; length <= needle.length + SLACK && i + length <= text.length; length += 1) {
      if (collator.compare(text.slice(i, i + length), needle) === 0) return true;
    }
  }
  return false;
}

/** The words and quoted phrases of a query. */
export function collatorNeedles(query: string): string[] {
  const needles: string[] = [];
  const rest = query.replace(/"([^"]*)"/gu, (_all, phrase: string) => {
    needles.push(phrase.trim());
    return ' ';
  });
  needles.push(...rest.split(/\s+/u).filter((word) => word !== ''));
  return needles;
}

export function collatorSearch(corpus: Corpus, queries: readonly QualityQuery[]): string[][] {
  const documents: { id: string; text: string }[] = [];
  for (const { row, doc } of corpus.articles) {
    documents.push({ id: titleDocId(row.id), text: `${row.title}\n${row.tags.join('\n')}` });
    doc.blocks.forEach((block, i) => documents.push({ id: blockDocId(row.id, i), text: block.text }));
  }
  for (const row of corpus.highlights) documents.push({ id: `h:${row.id}`, text: row.exact });
  for (const row of corpus.notes) documents.push({ id: `n:${row.id}`, text: row.text });
  return queries.map(({ query }) => {
    const needles = collatorNeedles(query);
    if (needles.length === 0) return [];
    return documents
      .filter((document) => needles.every((needle) => collatorIncludes(document.text, needle)))
      .map((document) => document.id);
  });
}
