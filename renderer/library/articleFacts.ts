// What a library row tells about an article besides its title: where it came from and how long
// it takes to read.

import type { ArticleRow } from '../db/types';

/** The site an article came from: its site name, else its address's host without "www.". */
export function siteOf(article: Pick<ArticleRow, 'siteName' | 'sourceUrl'>): string | null {
  if (article.siteName !== null && article.siteName.trim() !== '') return article.siteName.trim();
  if (article.sourceUrl === null) return null;
  try {
    const host = new URL(article.sourceUrl).hostname;
    return host === '' ? null : host.replace(/^www\./, '');
  } catch {
    // A source address that does not parse has no host to show; the row shows none.
    return null;
  }
}

/**
 * Minutes to read `wordCount` words, at least one. 200 words a minute: a middle figure for
 * attentive reading of Arabic (slower than English prose at 230–250) that suits both.
 */
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
