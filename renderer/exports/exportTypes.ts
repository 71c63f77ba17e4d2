// What the exporters take: one article with its live highlights and notes, and the words to
// label things with in the user's language (the exporters stay pure; the UI passes the labels).

import type { ArticleRow, HighlightColor, HighlightRow, NoteRow } from '../db/types';

export interface ArticleAnnotations {
  article: ArticleRow;
  highlights: readonly HighlightRow[];
  notes: readonly NoteRow[];
}

export interface MarkdownLabels {
  source: string;
  articleNotes: string;
  openInHamish: string;
  /** Before a highlight's tags: "Tags: a, b". */
  tags: string;
  colors: Readonly<Record<HighlightColor, string>>;
}

/** Where a highlight lives in Hamish, for links back from exported files. */
export function hamishLink(articleId: string, start?: number, end?: number): string {
  const base = `hamish://read/${encodeURIComponent(articleId)}`;
  return start === undefined || end === undefined ? base : `${base}?at=${start}-${end}`;
}

/** Highlights and notes that still exist, highlights in reading order. */
export function liveAnnotations({ highlights, notes }: ArticleAnnotations) {
  const liveHighlights = highlights
    .filter((highlight) => highlight.deletedAt === null)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const liveNotes = notes.filter((note) => note.deletedAt === null && note.text.trim() !== '');
  return {
    highlights: liveHighlights,
    articleNotes: liveNotes.filter((note) => note.highlightId === null).sort((a, b) => a.createdAt - b.createdAt),
    notesOf: (highlightId: string) =>
      liveNotes.filter((note) => note.highlightId === highlightId).sort((a, b) => a.createdAt - b.createdAt),
  };
}
