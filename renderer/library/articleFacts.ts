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
