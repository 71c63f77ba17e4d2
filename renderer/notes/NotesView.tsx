// Every highlight and note across the library, with its article: filter by colour, tag and
// article, newest first or by article, open one in its article, export what is shown.

import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../platform/services';
import { hrefFor } from '../shared/route';
import type { HighlightColor } from '../db/types';
import { exportAnnotationsFile, useMarkdownLabels } from '../exports/exportFiles';
import { HIGHLIGHT_COLORS } from '../shared/highlightColors';
import { annotationsOf, notesItems, type NotesFilter } from './notesItems';

/** Enough to read and scroll; the rest comes with "Show more" (the full set exports either way). */
const PAGE = 300;

export function NotesView(): ReactNode {
  const { db } = useServices();
  const { t, i18n } = useTranslation();
  const ids = { color: useId(), tag: useId(), article: useId(), order: useId() };
  const labels = useMarkdownLabels();
  const [filter, setFilter] = useState<NotesFilter>({ color: 'all', tag: 'all', articleId: 'all', order: 'newest' });
  const [shown, setShown] = useState(PAGE);
  const rows = useLiveQuery(async () => {
    const [articles, highlights, notes] = await Promise.all([
      db.articles.toArray(),
      db.highlights.toArray(),
      db.notes.toArray(),
    ]);
    return { articles: articles.filter((article) => article.deletedAt === null), highlights, notes };
  }, [db]);
  const items = useMemo(
    () => (rows === undefined ? [] : notesItems(rows.articles, rows.highlights, rows.notes, filter)),
    [rows, filter],
  );
  const tags = useMemo(() => [...new Set(rows?.articles.flatMap((article) => article.tags) ?? [])].sort(), [rows]);
  const dates = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }), [i18n.language]);
  const change = (patch: Partial<NotesFilter>) => {
    setFilter((current) => ({ ...current, ...patch }));
    setShown(PAGE);
  };
  const exportAs = (kind: 'md' | 'json') =>
    exportAnnotationsFile(annotationsOf(items), kind, labels, t('highlights.exportLabel'), t('notes.heading'));

  return (
    <section className="notes-view" aria-labelledby={`${ids.order}-heading`}>
      <h1 id={`${ids.order}-heading`}>{t('notes.heading')}</h1>
      <div className="notes-controls">
        <label htmlFor={ids.color}>{t('highlights.filterColor')}</label>
        <select
          id={ids.color}
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
        <label htmlFor={ids.tag}>{t('notes.filterTag')}</label>
        <select id={ids.tag} value={filter.tag} onChange={(event) => change({ tag: event.target.value })}>
          <option value="all">{t('notes.allTags')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <label htmlFor={ids.article}>{t('notes.filterArticle')}</label>
        <select
          id={ids.article}
          value={filter.articleId}
          onChange={(event) => change({ articleId: event.target.value })}
        >
          <option value="all">{t('notes.allArticles')}</option>
          {rows?.articles.map((article) => (
            <option key={article.id} value={article.id} dir="auto">
              {article.title}
            </option>
          ))}
        </select>
        <label htmlFor={ids.order}>{t('notes.sort')}</label>
        <select
          id={ids.order}
          value={filter.order}
          onChange={(event) => change({ order: event.target.value as NotesFilter['order'] })}
        >
          <option value="newest">{t('notes.sortNewest')}</option>
          <option value="article">{t('notes.sortArticle')}</option>
        </select>
      </div>
      <div className="notes-controls">
        <span role="status">{t('notes.count', { count: items.length })}</span>
        <button type="button" onClick={() => exportAs('md')} disabled={items.length === 0}>
          {t('highlights.exportMarkdown')}
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={items.length === 0}>
          {t('highlights.exportJson')}
        </button>
      </div>
      {rows !== undefined && items.length === 0 && <p>{t('notes.empty')}</p>}
      <ol className="notes-list" aria-label={t('notes.listLabel')}>
        {items.slice(0, shown).map((item) => (
          <li
            key={item.key}
            className={`notes-item${item.highlight === null ? '' : ` highlight-edge-${item.highlight.color}`}`}
          >
            <a
              className="notes-item-article"
              dir="auto"
              href={hrefFor({
                view: 'reader',
                articleId: item.article.id,
                ...(item.highlight === null ? {} : { at: { start: item.highlight.start, end: item.highlight.end } }),
              })}
            >
              {item.article.title}
            </a>
            {item.highlight !== null && (
              <blockquote dir="auto" lang={item.article.lang}>
                {item.highlight.exact}
              </blockquote>
            )}
            {item.note !== null && (
              <p className="notes-item-note" dir="auto">
                {item.note.text}
              </p>
            )}
            <time dateTime={new Date(item.time).toISOString()}>{dates.format(item.time)}</time>
          </li>
        ))}
      </ol>
      {items.length > shown && (
        <button type="button" onClick={() => setShown((count) => count + PAGE)}>
          {t('notes.showMore')}
        </button>
      )}
    </section>
  );
}
