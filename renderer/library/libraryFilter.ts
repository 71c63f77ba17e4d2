// The library's filter box: which articles match the words typed, over title, site, tags and
// excerpt, folded by the same normalizer as search and find (renderer/text/arabicNormalize):
// أحمد finds احمد, مكتبة finds مكتبه, case and diacritics do not count.
//
// Each article's folded text is kept, by id and `updatedAt`, so a keystroke costs one
// `includes` per article and word, not a fold of 10,000 rows.

import type { ArticleRow } from '../db/types';
import { normalizeText } from '../text/arabicNormalize';
import { siteOf } from './articleFacts';

const folded = new Map<string, { updatedAt: number; text: string }>();

/** Title, site, tags and excerpt of `article`, folded; cached until the row changes. */
export function filterTextOf(article: ArticleRow): string {
  const cached = folded.get(article.id);
  if (cached !== undefined && cached.updatedAt === article.updatedAt) return cached.text;
  const text = normalizeText(
    [article.title, siteOf(article) ?? '', article.tags.join('\n'), article.excerpt].join('\n'),
  );
  folded.set(article.id, { updatedAt: article.updatedAt, text });
  return text;
}

/** The words of a filter, folded; empty when the box holds nothing but spaces. */
export function filterWords(query: string): string[] {
  return normalizeText(query)
    .split(/\s+/u)
    .filter((word) => word !== '');
}

/** Whether every word of the filter is somewhere in the article's folded text. */
export function matchesWords(article: ArticleRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = filterTextOf(article);
  return words.every((word) => text.includes(word));
}
