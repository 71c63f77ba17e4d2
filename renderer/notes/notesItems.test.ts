import { describe, expect, it } from 'vitest';
import type { ArticleRow, HighlightRow, NoteRow } from '../db/types';
import { annotationsOf, notesItems, type NotesFilter } from './notesItems';

const article = (id: string, title: string, tags: string[] = [], deletedAt: number | null = null): ArticleRow => ({
  id,
  title,
  tags,
  deletedAt,
  byline: null,
  siteName: null,
  sourceUrl: null,
  publishedAt: null,
  lang: 'ar',
  dir: 'rtl',
  excerpt: '',
  wordCount: 0,
  progress: 0,
  progressOffset: 0,
  contentHash: 'h',
  extractionVersion: 1,
  source: 'paste',
  createdAt: 0,
  updatedAt: 0,
  openedAt: null,
  archivedAt: null,
});
const highlight = (
  id: string,
  articleId: string,
  start: number,
  color: HighlightRow['color'],
  updatedAt: number,
  deletedAt: number | null = null,
): HighlightRow => ({
  id,
  articleId,
  start,
  end: start + 3,
  exact: id,
  prefix: '',
  suffix: '',
  color,
  contentHash: 'h',
  extractionVersion: 1,
  createdAt: updatedAt,
  updatedAt,
  deletedAt,
});
const note = (
  id: string,
  articleId: string,
  highlightId: string | null,
  updatedAt: number,
  deletedAt: number | null = null,
): NoteRow => ({
  id,
  articleId,
  highlightId,
  text: id,
  createdAt: updatedAt,
  updatedAt,
  deletedAt,
});

const articles = [article('a', 'ب مقالة', ['سياسة']), article('b', 'أ مقالة'), article('gone', 'محذوفة', [], 5)];
const highlights = [
  highlight('h1', 'a', 50, 'yellow', 10),
  highlight('h2', 'a', 10, 'green', 20),
  highlight('h3', 'b', 5, 'yellow', 30),
  highlight('dead', 'a', 0, 'yellow', 40, 41),
  highlight('orphaned-article', 'gone', 0, 'yellow', 50),
];
const notes = [note('n1', 'a', 'h1', 60), note('whole', 'b', null, 15), note('deleted', 'a', 'h2', 70, 71)];
const all: NotesFilter = { color: 'all', tag: 'all', articleId: 'all', order: 'newest' };

describe('notesItems', () => {
  it('lists live highlights with their notes and whole-article notes, newest first', () => {
    const items = notesItems(articles, highlights, notes, all);
    expect(items.map((item) => item.key)).toEqual(['h1', 'h3', 'h2', 'whole']);
    expect(items[0]!.note?.id).toBe('n1');
    expect(items.find((item) => item.key === 'h2')!.note).toBeNull();
  });

  it('groups by article title, then reading order', () => {
    expect(notesItems(articles, highlights, notes, { ...all, order: 'article' }).map((item) => item.key)).toEqual([
      'whole',
      'h3',
      'h2',
      'h1',
    ]);
  });

  it('filters by colour, tag and article', () => {
    expect(notesItems(articles, highlights, notes, { ...all, color: 'yellow' }).map((item) => item.key)).toEqual([
      'h1',
      'h3',
    ]);
    expect(notesItems(articles, highlights, notes, { ...all, tag: 'سياسة' }).map((item) => item.key)).toEqual([
      'h1',
      'h2',
    ]);
    expect(notesItems(articles, highlights, notes, { ...all, articleId: 'b' }).map((item) => item.key)).toEqual([
      'h3',
      'whole',
    ]);
  });

  it('regroups items per article for export', () => {
    const groups = annotationsOf(notesItems(articles, highlights, notes, all));
    expect(
      groups.map((group) => [
        group.article.id,
        group.highlights.map((row) => row.id),
        group.notes.map((row) => row.id),
      ]),
    ).toEqual([
      ['a', ['h1', 'h2'], ['n1']],
      ['b', ['h3'], ['whole']],
    ]);
  });
});
