// The Notes view's filter bar: colour, tag, article and order. Each label wraps its control
// and the pair never breaks apart: with a long article title the Article list is cut to a
// width (the full title is in its options), and when the bar wraps it wraps between pairs.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRow, HighlightColor } from '../db/types';
import { HIGHLIGHT_COLORS } from '../shared/highlightColors';
import type { NotesFilter } from './notesItems';

interface NotesFiltersProps {
  filter: NotesFilter;
  change: (patch: Partial<NotesFilter>) => void;
  tags: readonly string[];
  articles: readonly ArticleRow[];
}

export function NotesFilters({ filter, change, tags, articles }: NotesFiltersProps): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="notes-controls notes-filters">
      <label className="notes-filter">
        <span>{t('highlights.filterColor')}</span>
        <select
          value={filter.color}
          onChange={(event) => change({ color: event.target.value as HighlightColor | 'all' })}
        >
          <option value="all">{t('highlights.filterAll')}</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {t(`colors.${color}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="notes-filter">
        <span>{t('notes.filterTag')}</span>
        <select value={filter.tag} onChange={(event) => change({ tag: event.target.value })}>
          <option value="all">{t('notes.allTags')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag} dir="auto">
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className="notes-filter">
        <span>{t('notes.filterArticle')}</span>
        <select value={filter.articleId} onChange={(event) => change({ articleId: event.target.value })}>
          <option value="all">{t('notes.allArticles')}</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id} dir="auto">
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <label className="notes-filter">
        <span>{t('notes.sort')}</span>
        <select
          value={filter.order}
          onChange={(event) => change({ order: event.target.value as NotesFilter['order'] })}
        >
          <option value="newest">{t('notes.sortNewest')}</option>
          <option value="article">{t('notes.sortArticle')}</option>
        </select>
      </label>
    </div>
  );
}
