// The Notes view's list, as a pure function of the rows: every live highlight (with its note)
// and every note on a whole article, from articles still in the library, filtered by colour,
// tag and article, newest first or grouped by article in reading order. A tag filter keeps an
// item whose highlight carries the tag or whose article does.

import type { ArticleRow, HighlightColor, HighlightRow, NoteRow } from '../db/types';
import type { ArticleAnnotations } from '../exports/exportTypes';

export interface NotesItem {
  key: string;
  article: ArticleRow;
  highlight: HighlightRow | null;
  note: NoteRow | null;
  /** Last change to the highlight or its note. */
  time: number;
}

export interface NotesFilter {
  color: HighlightColor | 'all';
  tag: string | 'all';
  articleId: string | 'all';
  order: 'newest' | 'article';
}

export function notesItems(
  articles: readonly ArticleRow[],
  highlights: readonly HighlightRow[],
  notes: readonly NoteRow[],
  filter: NotesFilter,
  /** Orders articles by title in the By article order: the UI language's, so Arabic titles come first in Arabic. */
  collator: Intl.Collator = new Intl.Collator(undefined, { sensitivity: 'base' }),
): NotesItem[] {
  const live = new Map(
    articles.filter((article) => article.deletedAt === null).map((article) => [article.id, article]),
  );
  const noteOf = new Map<string, NoteRow>();
  const items: NotesItem[] = [];
  for (const note of notes) {
    if (note.deletedAt !== null) continue;
    if (note.highlightId !== null) {
      if (!noteOf.has(note.highlightId)) noteOf.set(note.highlightId, note);
      continue;
    }
    const article = live.get(note.articleId);
    if (article !== undefined) items.push({ key: note.id, article, highlight: null, note, time: note.updatedAt });
  }
  for (const highlight of highlights) {
    const article = live.get(highlight.articleId);
    if (highlight.deletedAt !== null || article === undefined) continue;
    const note = noteOf.get(highlight.id) ?? null;
    items.push({
      key: highlight.id,
      article,
      highlight,
      note,
      time: Math.max(highlight.updatedAt, note?.updatedAt ?? 0),
    });
  }
  const kept = items.filter(
    (item) =>
      (filter.color === 'all' || item.highlight?.color === filter.color) &&
      (filter.tag === 'all' || item.article.tags.includes(filter.tag) || itemTags(item).includes(filter.tag)) &&
      (filter.articleId === 'all' || item.article.id === filter.articleId),
  );
  if (filter.order === 'newest') return kept.sort((a, b) => b.time - a.time);
  return kept.sort(
    (a, b) =>
      collator.compare(a.article.title, b.article.title) ||
      a.article.id.localeCompare(b.article.id) ||
      (a.highlight?.start ?? -1) - (b.highlight?.start ?? -1),
  );
}

/** The highlight's own tags (none for a note on a whole article). */
export function itemTags(item: NotesItem): readonly string[] {
  return item.highlight?.tags ?? [];
}

/** Every tag the Tag filter can offer: the live articles' and their live highlights'. */
export function filterTags(
  articles: readonly ArticleRow[],
  highlights: readonly HighlightRow[],
  collator: Intl.Collator,
): string[] {
  const live = new Set<string>();
  const tags = new Set<string>();
  for (const article of articles) {
    if (article.deletedAt !== null) continue;
    live.add(article.id);
    for (const tag of article.tags) tags.add(tag);
  }
  for (const highlight of highlights)
    if (highlight.deletedAt === null && live.has(highlight.articleId))
      for (const tag of highlight.tags ?? []) tags.add(tag);
  return [...tags].sort(collator.compare);
}

export interface ArticleGroup {
  article: ArticleRow;
  items: NotesItem[];
}

/** Consecutive items of one article together, in the order given (the "By article" order). */
export function groupByArticle(items: readonly NotesItem[]): ArticleGroup[] {
  const groups: ArticleGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.article.id === item.article.id) last.items.push(item);
    else groups.push({ article: item.article, items: [item] });
  }
  return groups;
}

const QUOTE_NAME_LENGTH = 40;

/** A quote short enough for a control's name: "Remove tag x from “the first forty characters…”". */
export function quoteForName(exact: string): string {
  const chars = [...exact.replace(/\s+/g, ' ').trim()];
  return chars.length <= QUOTE_NAME_LENGTH
    ? chars.join('')
    : `${chars.slice(0, QUOTE_NAME_LENGTH).join('').trimEnd()}…`;
}

/** The items regrouped per article, for the exporters. */
export function annotationsOf(items: readonly NotesItem[]): ArticleAnnotations[] {
  const byArticle = new Map<string, ArticleAnnotations & { highlights: HighlightRow[]; notes: NoteRow[] }>();
  for (const item of items) {
    let group = byArticle.get(item.article.id);
    if (group === undefined) {
      group = { article: item.article, highlights: [], notes: [] };
      byArticle.set(item.article.id, group);
    }
    if (item.highlight !== null) group.highlights.push(item.highlight);
    if (item.note !== null) group.notes.push(item.note);
  }
  return [...byArticle.values()];
}
