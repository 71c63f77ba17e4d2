// Library selection: filters, sorts (Arabic-aware), tags.

import { describe, expect, it } from 'vitest';
import type { ArticleRow } from '../db/types';
import { allTags, selectArticles } from './libraryQuery';

function row(id: string, patch: Partial<ArticleRow>): ArticleRow {
  return {
    id,
    title: id,
    byline: null,
    siteName: null,
    sourceUrl: null,
    publishedAt: null,
    lang: 'ar',
    dir: 'rtl',
    excerpt: '',
    wordCount: 1,
    progress: 0,
    progressOffset: 0,
    tags: [],
    contentHash: id,
    extractionVersion: 1,
    source: 'paste',
    createdAt: 0,
    updatedAt: 0,
    openedAt: null,
    archivedAt: null,
    deletedAt: null,
    ...patch,
  };
}

const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });
const rows = [
  row('a', { title: 'بيروت', createdAt: 3, openedAt: 10, progress: 0.5, tags: ['سفر'] }),
  row('b', { title: 'أسوان', createdAt: 2, openedAt: 20, progress: 1 }),
  row('c', { title: 'تونس', createdAt: 1, progress: 0, tags: ['سفر', 'مدن'] }),
  row('d', { title: 'آخر', createdAt: 4, archivedAt: 5 }),
  row('e', { title: 'محذوف', createdAt: 5, deletedAt: 6 }),
];
const ids = (list: ArticleRow[]) => list.map((article) => article.id);

describe('selectArticles', () => {
  it('shows live, unarchived articles newest first by default', () => {
    expect(ids(selectArticles(rows, { sort: 'added', filter: 'all', tag: null }, collator))).toEqual(['a', 'b', 'c']);
  });

  it('sorts by last opened (never opened last) and by title in Arabic order', () => {
    expect(ids(selectArticles(rows, { sort: 'opened', filter: 'all', tag: null }, collator))).toEqual(['b', 'a', 'c']);
    // أسوان, بيروت, تونس: hamza-carrying alef sorts with alef.
    expect(ids(selectArticles(rows, { sort: 'title', filter: 'all', tag: null }, collator))).toEqual(['b', 'a', 'c']);
  });

  it('filters unread, in progress, archived and by tag', () => {
    expect(ids(selectArticles(rows, { sort: 'added', filter: 'unread', tag: null }, collator))).toEqual(['c']);
    expect(ids(selectArticles(rows, { sort: 'added', filter: 'in-progress', tag: null }, collator))).toEqual(['a']);
    expect(ids(selectArticles(rows, { sort: 'added', filter: 'archived', tag: null }, collator))).toEqual(['d']);
    expect(ids(selectArticles(rows, { sort: 'added', filter: 'all', tag: 'سفر' }, collator))).toEqual(['a', 'c']);
  });

  it('lists tags in use, without deleted articles’ tags', () => {
    expect(allTags([...rows, row('f', { tags: ['قديم'], deletedAt: 1 })], collator)).toEqual(['سفر', 'مدن']);
  });
});
