// The filters under the search box: type, colour, tag and article. Tags and articles are read
// from the library when the panel is open.

import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../platform/services';
import { HIGHLIGHT_COLORS } from '../../shared/highlightColors';
import type { ResultKind, SearchFilters as Filters } from '../types';

const KINDS: readonly ResultKind[] = ['note', 'highlight', 'article'];
const KIND_LABELS = { note: 'search.notes', highlight: 'search.highlights', article: 'search.articles' } as const;

interface SearchFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** Sets `key` to `value`, or removes it when the value is '' (the "any" choice). */
function withFilter<K extends keyof Filters>(filters: Filters, key: K, value: string): Filters {
  const next = { ...filters };
  if (value === '') delete next[key];
  else next[key] = value as Filters[K];
  return next;
}

export function SearchFilters({ filters, onChange }: SearchFiltersProps): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const id = useId();
  const tags = useLiveQuery(() => db.articles.orderBy('tags').uniqueKeys(), [db]);
  const articles = useLiveQuery(
    () =>
      db.articles
        .orderBy('title')
        .filter((article) => article.deletedAt === null)
        .toArray((rows) => rows.map(({ id: articleId, title, lang }) => ({ articleId, title, lang }))),
    [db],
  );

  const select = (key: keyof Filters, label: string, anyLabel: string, options: ReactNode) => (
    <span className="search-filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filters[key] ?? ''}
        onChange={(event) => onChange(withFilter(filters, key, event.target.value))}
      >
        <option value="">{anyLabel}</option>
        {options}
      </select>
    </span>
  );

  return (
    <div className="search-filters">
      {select(
        'kind',
        t('search.type'),
        t('search.typeAll'),
        KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(KIND_LABELS[kind])}
          </option>
        )),
      )}
      {select(
        'color',
        t('search.color'),
        t('search.colorAny'),
        HIGHLIGHT_COLORS.map((color) => (
          <option key={color} value={color}>
            {t(`colors.${color}`)}
          </option>
        )),
      )}
      {select(
        'tag',
        t('search.tag'),
        t('search.tagAny'),
        (tags ?? []).map((tag) => (
          <option key={String(tag)} value={String(tag)} dir="auto">
            {String(tag)}
          </option>
        )),
      )}
      {select(
        'articleId',
        t('search.article'),
        t('search.articleAny'),
        (articles ?? []).map((article) => (
          <option key={article.articleId} value={article.articleId} lang={article.lang} dir="auto">
            {article.title}
          </option>
        )),
      )}
    </div>
  );
}
