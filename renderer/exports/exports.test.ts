// The exports compared with expected files written by hand in tests/fixtures/export/.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { ArticleRow, HighlightRow, NoteRow } from '../db/types';
import { annotationsToMarkdown, highlightToMarkdown } from './exportMarkdown';
import type { ArticleAnnotations, MarkdownLabels } from './exportTypes';
import { annotationsToWebAnnotations } from './exportWebAnnotations';
import { escapeMarkdown } from './markdownText';

const T = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const expectedDir = path.resolve(import.meta.dirname, '../../tests/fixtures/export');

function article(id: string, title: string, dir: 'rtl' | 'ltr', sourceUrl: string | null): ArticleRow {
  return {
    id,
    title,
    dir,
    sourceUrl,
    lang: dir === 'rtl' ? 'ar' : 'en',
    byline: null,
    siteName: null,
    publishedAt: null,
    excerpt: '',
    wordCount: 0,
    progress: 0,
    progressOffset: 0,
    tags: [],
    contentHash: 'x',
    extractionVersion: 1,
    source: 'paste',
    createdAt: T,
    updatedAt: T,
    openedAt: null,
    archivedAt: null,
    deletedAt: null,
  };
}

function highlight(
  id: string,
  articleId: string,
  start: number,
  exact: string,
  color: HighlightRow['color'],
  prefix: string,
  suffix: string,
  at: number,
  deletedAt: number | null = null,
): HighlightRow {
  return {
    id,
    articleId,
    start,
    end: start + exact.length,
    exact,
    prefix,
    suffix,
    color,
    contentHash: 'x',
    extractionVersion: 1,
    createdAt: T + at,
    updatedAt: T + at,
    deletedAt,
  };
}

function note(
  id: string,
  articleId: string,
  highlightId: string | null,
  text: string,
  created: number,
  updated = created,
  deletedAt: number | null = null,
): NoteRow {
  return { id, articleId, highlightId, text, createdAt: T + created, updatedAt: T + updated, deletedAt };
}

const items: ArticleAnnotations[] = [
  {
    article: article('a1', 'تقرير عن *المخابرات*', 'rtl', 'https://example.org/a1'),
    highlights: [
      highlight('h2', 'a1', 40, 'نص ثانٍ', 'yellow', 'قبل ', ' بعد', 3000),
      {
        ...highlight('h1', 'a1', 0, 'قال المتحدث', 'green', '', ' باسم الوزارة', 1000),
        tags: ['مصادر', 'وزارة *الخارجية*'],
      },
      highlight('h3', 'a1', 60, 'محذوف', 'blue', '', '', 3500, T + 9_999),
    ],
    notes: [
      note('n1', 'a1', 'h1', 'ملاحظة أولى\nسطر ثانٍ', 2000, 9000),
      note('n0', 'a1', null, 'رأي عام في المقال', 5000),
      note('n9', 'a1', 'h2', 'deleted note', 6000, 6000, T + 7000),
    ],
  },
  {
    article: article('b2', 'Notes on Cairo', 'ltr', null),
    highlights: [{ ...highlight('h4', 'b2', 5, '# not a heading', 'pink', 'Cairo', '.', 4000), tags: ['Cairo'] }],
    notes: [],
  },
];

const labels: MarkdownLabels = {
  source: 'Source',
  articleNotes: 'Notes on the article',
  openInHamish: 'Open in Hamish',
  tags: 'Tags',
  colors: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
};

describe('exports', () => {
  it('writes Markdown as expected: reading order, notes under quotes, RTL wrapped, deleted rows left out', async () => {
    expect(annotationsToMarkdown(items, labels)).toBe(await readFile(path.join(expectedDir, 'expected.md'), 'utf8'));
  });

  it('renders in a Markdown viewer with the Arabic part right-to-left and its quotes still quotes', async () => {
    const html = await marked.parse(annotationsToMarkdown(items, labels));
    const rtl = html.slice(html.indexOf('<div dir="rtl">'), html.indexOf('</div>'));
    expect(rtl).toContain('<h1>تقرير عن *المخابرات*</h1>');
    expect(rtl).toContain('<blockquote>\n<p>قال المتحدث</p>\n</blockquote>');
    expect(html.slice(html.indexOf('</div>'))).toContain('<blockquote>\n<p># not a heading</p>');
  });

  it('writes W3C Web Annotations as expected', async () => {
    const expected = JSON.parse(await readFile(path.join(expectedDir, 'expected.json'), 'utf8'));
    expect(annotationsToWebAnnotations(items, 'Hamish export')).toEqual(expected);
  });

  it('copies one highlight as Markdown, and nothing for a deleted one', () => {
    expect(highlightToMarkdown(items[1]!, 'h4', labels)).toBe(
      '> \\# not a heading\n\n— Notes on Cairo · Tags: Cairo · [Open in Hamish](hamish://read/b2?at=5-20)\n',
    );
    expect(highlightToMarkdown(items[0]!, 'h3', labels)).toBeNull();
  });

  it('escapes Markdown in quotes and notes', () => {
    expect(escapeMarkdown('a *b* [c](d) 1. e')).toBe('a \\*b\\* \\[c\\](d) 1. e');
    expect(escapeMarkdown('1. first\n- item\n> quote')).toBe('1\\. first\n\\- item\n\\> quote');
  });
});
