// One article in the library: its title (the link's whole name), excerpt, reading progress
// and tags, each in the article's own language and direction; and its actions.

import type { CSSProperties, MouseEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../shared/route';
import type { ArticleRow } from '../db/types';
import { siteOf } from './articleFacts';
import { readingMinutes, wordsPerMinute, type ReadingSpeeds } from '../db/readingSpeed';
import { TagField } from '../shared/TagField';

export interface ArticleActions {
  archive(article: ArticleRow, archived: boolean): void;
  remove(article: ArticleRow): void;
  addTags(article: ArticleRow, tags: string[]): void;
  removeTag(article: ArticleRow, tag: string): void;
}

interface ArticleListItemProps {
  article: ArticleRow;
  actions: ArticleActions;
  /** The user's reading speeds, for the reading time. */
  speeds: ReadingSpeeds;
  ref?: Ref<HTMLLIElement>;
  index?: number;
  setSize?: number;
  style?: CSSProperties;
  /** Whether Tab stops on the row itself (the row the arrow keys are at). */
  tabbable?: boolean;
  /** The focus came into the row. */
  onFocusRow?: (id: string) => void;
  /** Whether the row is selected (selection.ts); without `onSelect`, the row has no checkbox. */
  selected?: boolean;
  /** The checkbox was clicked; `range` when with Shift (or Shift-click on the row's free space). */
  onSelect?: (article: ArticleRow, range: boolean) => void;
}

/** A click on the row's free space, not on its link, buttons or boxes. */
function onFreeSpace(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('a, button, input, label, select, textarea') === null;
}

export function ArticleListItem({
  article,
  actions,
  speeds,
  ref,
  index,
  setSize,
  style,
  tabbable = false,
  onFocusRow,
  selected = false,
  onSelect,
}: ArticleListItemProps): ReactNode {
  const { t } = useTranslation();
  const percent = Math.round(article.progress * 100);
  const archived = article.archivedAt !== null;
  const site = siteOf(article);
  // Each control's name carries the title, so a screen reader's list of buttons tells them apart.
  const named = { title: article.title };

  return (
    <li
      ref={ref}
      className={selected ? 'library-item is-selected' : 'library-item'}
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
      style={style}
      // Focusable, so the arrow keys can move from row to row (useRowKeys.ts); one row at a time takes Tab.
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => onFocusRow?.(article.id)}
      onClick={(event) => {
        if (event.shiftKey && onSelect !== undefined && onFreeSpace(event)) {
          // Shift-click on the row selects a range as it does on the checkbox, without selecting text.
          window.getSelection()?.removeAllRanges();
          onSelect(article, true);
        }
      }}
    >
      {onSelect !== undefined && (
        <input
          type="checkbox"
          className="library-item-select"
          aria-label={t('library.selectNamed', named)}
          checked={selected}
          // React's change event on a checkbox is the click, which says whether Shift was held.
          onChange={(event) => onSelect(article, (event.nativeEvent as globalThis.MouseEvent).shiftKey === true)}
        />
      )}
      {/* The heading takes the title's direction, so an Arabic title starts at the right even in the English UI. */}
      <h2 className="library-item-heading" lang={article.lang} dir="auto">
        <a className="library-item-title" href={hrefFor({ view: 'reader', articleId: article.id })}>
          {article.title}
        </a>
      </h2>
      {article.excerpt !== '' && (
        <p className="library-item-excerpt" lang={article.lang} dir="auto">
          {article.excerpt}
        </p>
      )}
      <div className="library-item-meta">
        <span title={t('library.wordCount', { count: article.wordCount })}>
          {t('library.readingTime', {
            count: readingMinutes(article.wordCount, wordsPerMinute(article.lang, speeds)),
          })}
        </span>
        {site !== null && (
          <span className="library-item-site" dir="auto">
            {site}
          </span>
        )}
        <span className="library-item-progress">
          {percent > 0 ? t('library.readPercent', { percent }) : t('library.unread')}
          <span className="progress-track" aria-hidden="true">
            <span className="progress-fill" style={{ inlineSize: `${percent}%` }} />
          </span>
        </span>
        {archived && <span className="library-item-archived">{t('library.archived')}</span>}
      </div>
      <div className="library-item-tags">
        {article.tags.map((tag) => (
          <span key={tag} className="tag">
            <bdi>{tag}</bdi>
            <button
              type="button"
              className="tag-remove"
              aria-label={t('library.removeTag', { tag, title: article.title })}
              onClick={() => actions.removeTag(article, tag)}
            >
              ×
            </button>
          </span>
        ))}
        <TagField
          className="tag-input"
          label={t('library.tagsOf', named)}
          placeholder={t('library.tagsPlaceholder')}
          existing={article.tags}
          onAdd={(tags) => actions.addTags(article, tags)}
        />
      </div>
      <div className="library-item-actions">
        <button
          type="button"
          aria-label={t(archived ? 'library.unarchiveNamed' : 'library.archiveNamed', named)}
          onClick={() => actions.archive(article, !archived)}
        >
          {archived ? t('library.unarchive') : t('library.archive')}
        </button>
        <button type="button" aria-label={t('library.deleteNamed', named)} onClick={() => actions.remove(article)}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}
