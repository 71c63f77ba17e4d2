// Which articles the library shows and in what order: pure functions over metadata rows,
// fast enough to run on every change with 10,000 articles.

import type { ArticleRow } from '../db/types';
import { filterWords, matchesWords } from './libraryFilter';

export type SortKey = 'added' | 'opened' | 'title';
export type FilterKey = 'all' | 'unread' | 'in-progress' | 'archived';

export interface LibraryQuery {
  sort: SortKey;
  filter: FilterKey;
  /** Only articles with this tag; null for all. */
  tag: string | null;
  /** What the filter box holds: every word must be in the title, site, tags or excerpt. */
  text?: string;
}

function matchesFilter(article: ArticleRow, filter: FilterKey): boolean {
  const archived = article.archivedAt !== null;
  switch (filter) {
    case 'all':
      return !archived;
    case 'unread':
      return !archived && article.progress <= 0;
    case 'in-progress':
      return !archived && article.progress > 0 && article.progress < 1;
    case 'archived':
      return archived;
  }
}

/** Whether the library lists `article` under `filter` (deleted articles never). */
export function isListed(article: ArticleRow, filter: FilterKey): boolean {
  return article.deletedAt === null && matchesFilter(article, filter);
}

export function selectArticles(
  rows: readonly ArticleRow[],
  query: LibraryQuery,
  collator: Intl.Collator,
): ArticleRow[] {
  const words = filterWords(query.text ?? '');
  const selected = rows.filter(
    (article) =>
      isListed(article, query.filter) &&
      (query.tag === null || article.tags.includes(query.tag)) &&
      matchesWords(article, words),
  );
  const newestFirst = (a: ArticleRow, b: ArticleRow) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
  switch (query.sort) {
    case 'added':
      return selected.sort(newestFirst);
    case 'opened':
      return selected.sort((a, b) => (b.openedAt ?? -Infinity) - (a.openedAt ?? -Infinity) || newestFirst(a, b));
    case 'title':
      return selected.sort((a, b) => collator.compare(a.title, b.title) || newestFirst(a, b));
  }
}

/** Every tag in use, in collation order. */
export function allTags(rows: readonly ArticleRow[], collator: Intl.Collator): string[] {
  const tags = new Set<string>();
  for (const article of rows) if (article.deletedAt === null) for (const tag of article.tags) tags.add(tag);
  return [...tags].sort(collator.compare);
}
