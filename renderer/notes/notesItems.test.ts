import { describe, expect, it } from 'vitest';
import type { ArticleRow, HighlightRow, NoteRow } from '../db/types';
import { annotationsOf, filterTags, groupByArticle, notesItems, quoteForName, type NotesFilter } from './notesItems';

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
  { ...highlight('h3', 'b', 5, 'yellow', 30), tags: ['مهم', 'سياسة'] },
  { ...highlight('dead', 'a', 0, 'yellow', 40, 41), tags: ['محذوف'] },
  { ...highlight('orphaned-article', 'gone', 0, 'yellow', 50), tags: ['يتيم'] },
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
    // The article's tag or the highlight's own: h1 and h2 by their article, h3 by itself.
    expect(notesItems(articles, highlights, notes, { ...all, tag: 'سياسة' }).map((item) => item.key)).toEqual([
      'h1',
      'h3',
      'h2',
    ]);
    expect(notesItems(articles, highlights, notes, { ...all, tag: 'مهم' }).map((item) => item.key)).toEqual(['h3']);
    expect(notesItems(articles, highlights, notes, { ...all, articleId: 'b' }).map((item) => item.key)).toEqual([
      'h3',
      'whole',
    ]);
  });

  it('orders articles by title in the UI language in the By article order', () => {
    const byArticle = { ...all, order: 'article' } as const;
    const latinFirst = [article('x', 'Cairo bookshops'), article('y', 'تقرير')];
    const rows = [highlight('hx', 'x', 0, 'yellow', 1), highlight('hy', 'y', 0, 'yellow', 2)];
    const keys = (collator: Intl.Collator) =>
      notesItems(latinFirst, rows, [], byArticle, collator).map((item) => item.key);
    expect(keys(new Intl.Collator(['en', 'ar'], { sensitivity: 'base' }))).toEqual(['hx', 'hy']);
    expect(keys(new Intl.Collator(['ar', 'en'], { sensitivity: 'base' }))).toEqual(['hy', 'hx']);
  });

  it('offers the tags of live articles and of their live highlights', () => {
    expect(filterTags(articles, highlights, new Intl.Collator('ar'))).toEqual(['سياسة', 'مهم']);
  });

  it('puts each article under one header in the By article order', () => {
    const groups = groupByArticle(notesItems(articles, highlights, notes, { ...all, order: 'article' }));
    expect(groups.map((group) => [group.article.id, group.items.map((item) => item.key)])).toEqual([
      ['b', ['whole', 'h3']],
      ['a', ['h2', 'h1']],
    ]);
  });

  it('shortens a quote for the names of its controls', () => {
    expect(quoteForName('  قال   المتحدث ')).toBe('قال المتحدث');
    expect(quoteForName('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
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
