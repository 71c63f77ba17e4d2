// Highlights and notes as Markdown: per article a title, its source, its notes, then each
// highlight as a blockquote with its notes, colour, tags and a link back. Right-to-left articles
// are wrapped in <div dir="rtl"> (Markdown inside still renders on GitHub and most viewers),
// so Arabic stays readable instead of being laid out left to right.

import type { HighlightRow } from '../db/types';
import { blockquote, escapeMarkdown } from './markdownText';
import { hamishLink, liveAnnotations, type ArticleAnnotations, type MarkdownLabels } from './exportTypes';

/** "Tags: a, b", or nothing for a highlight without tags. */
function tagsPart(highlight: HighlightRow, labels: MarkdownLabels): string[] {
  const tags = highlight.tags ?? [];
  return tags.length === 0 ? [] : [`${labels.tags}: ${tags.map(escapeMarkdown).join(', ')}`];
}

function articleSection(item: ArticleAnnotations, labels: MarkdownLabels): string {
  const { article } = item;
  const { highlights, articleNotes, notesOf } = liveAnnotations(item);
  const parts: string[] = [`# ${escapeMarkdown(article.title)}`];
  if (article.sourceUrl !== null) parts.push(`${labels.source}: <${article.sourceUrl}>`);
  if (articleNotes.length > 0) {
    parts.push(`## ${labels.articleNotes}`);
    for (const note of articleNotes) parts.push(escapeMarkdown(note.text));
  }
  for (const highlight of highlights) {
    parts.push(blockquote(highlight.exact));
    for (const note of notesOf(highlight.id)) parts.push(escapeMarkdown(note.text));
    parts.push(
      [
        `*${labels.colors[highlight.color]}*`,
        ...tagsPart(highlight, labels),
        `[${labels.openInHamish}](${hamishLink(article.id, highlight.start, highlight.end)})`,
      ].join(' · '),
    );
  }
  const body = parts.join('\n\n');
  return article.dir === 'rtl' ? `<div dir="rtl">\n\n${body}\n\n</div>` : body;
}

export function annotationsToMarkdown(items: readonly ArticleAnnotations[], labels: MarkdownLabels): string {
  return `${items.map((item) => articleSection(item, labels)).join('\n\n---\n\n')}\n`;
}

/** One highlight, for "Copy as Markdown". */
export function highlightToMarkdown(
  item: ArticleAnnotations,
  highlightId: string,
  labels: MarkdownLabels,
): string | null {
  const { highlights, notesOf } = liveAnnotations(item);
  const highlight = highlights.find((candidate) => candidate.id === highlightId);
  if (highlight === undefined) return null;
  const parts = [blockquote(highlight.exact), ...notesOf(highlight.id).map((note) => escapeMarkdown(note.text))];
  parts.push(
    [
      `— ${escapeMarkdown(item.article.title)}`,
      ...tagsPart(highlight, labels),
      `[${labels.openInHamish}](${hamishLink(item.article.id, highlight.start, highlight.end)})`,
    ].join(' · '),
  );
  const body = parts.join('\n\n');
  return item.article.dir === 'rtl' ? `<div dir="rtl">\n\n${body}\n\n</div>\n` : `${body}\n`;
}
