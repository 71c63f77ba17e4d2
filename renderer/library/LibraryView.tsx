// The library: every article the user keeps, sorted and filtered, in a virtualized list
// (only the rows on screen exist in the DOM, so 10,000 articles scroll as smoothly as ten).
// Only metadata rows are read; bodies never are. Rows can be selected and changed together
// (selection.ts, SelectionToolbar.tsx); deleting, one row or many, can be undone.

import { useWindowVirtualizer, windowScroll, type Virtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../platform/services';
import { libraryArticles } from '../db/articles';
import { knownReadingSpeeds, READING_SPEED_KEYS, rememberReadingSpeeds } from '../db/readingSpeed';
import { readSettings } from '../db/settings';
import type { ArticleRow } from '../db/types';
import { markLibraryPainted } from '../perf/marks';
import { takePrefetchedHead } from './libraryPrefetch';
import { ArticleListItem, type ArticleActions } from './ArticleListItem';
import { useRowKeys, type RowKeyActions } from './useRowKeys';
import { useCommand } from '../commands/useCommand';
import { allTags, selectArticles, type FilterKey, type SortKey } from './libraryQuery';
import { extendTo, NO_SELECTION, selectAll, selectedInOrder, selectRange, toggle, type Selection } from './selection';
import { SelectionToolbar } from './SelectionToolbar';
import { LibraryStatus } from './LibraryStatus';
import { useLibraryChanges } from './useLibraryChanges';

const ESTIMATED_ROW_HEIGHT = 200;

/**
 * The window virtualizer's scroll writer, minus writes to where the page already is. On mount
 * the virtualizer writes back the offset it has just read, and that `scrollTo` forces a
 * synchronous layout in the middle of the first commit (CPU profiles of cold loads put it at
 * 20+ ms). Corrections after a row is measured, and smooth scrolls, are still written.
 */
function scrollWindowIfMoved(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<Window, Element>,
): void {
  if ((options.adjustments ?? 0) === 0 && options.behavior !== 'smooth' && offset === instance.scrollOffset) return;
  windowScroll(offset, options, instance);
}

function VirtualArticleList({
  articles,
  actions,
  label,
  selected,
  onSelect,
  keyActions,
}: {
  articles: readonly ArticleRow[];
  actions: ArticleActions;
  label: string;
  selected: ReadonlySet<string>;
  onSelect: (article: ArticleRow, range: boolean) => void;
  keyActions: RowKeyActions;
}): ReactNode {
  const { db } = useServices();
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Known from start-up (main.tsx) for the first paint; live, so a changed speed shows at once.
  const speeds = useLiveQuery(
    () => readSettings(db, READING_SPEED_KEYS).then(rememberReadingSpeeds),
    [db],
    knownReadingSpeeds(),
  );

  // The list's distance from the top of the page, which the window virtualizer needs; it moves
  // when something above it (the imports panel) appears or goes. Read by the observer (which
  // reports once on observing, after layout) rather than in a layout effect: a forced layout and
  // a second render before the first paint cost more than they buy. Until then a margin of 0
  // only makes the first frame render a row or two more below the fold; rows sit at the same
  // place either way, since their offset is taken relative to the margin.
  useEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const measure = () => setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: articles.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    // One row (~200 px) each side: rows are tall, and each costs layout time at start-up.
    overscan: 1,
    scrollMargin,
    scrollToFn: scrollWindowIfMoved,
    // The window's size from the first render, so it renders the rows that fill the window at
    // once; with the default (0 × 0) it renders one row and a second pass before the paint adds the rest.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    getItemKey: (index) => articles[index]!.id,
  });
  const keys = useRowKeys(articles, virtualizer, listRef, keyActions);

  return (
    <ul ref={listRef} className="library-list" aria-label={label} style={{ blockSize: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <ArticleListItem
          key={item.key}
          ref={virtualizer.measureElement}
          index={item.index}
          setSize={articles.length}
          article={articles[item.index]!}
          actions={actions}
          speeds={speeds}
          tabbable={keys.current === null ? item.index === 0 : articles[item.index]!.id === keys.current}
          onFocusRow={keys.focused}
          selected={selected.has(articles[item.index]!.id)}
          onSelect={onSelect}
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        />
      ))}
    </ul>
  );
}

export function LibraryView(): ReactNode {
  const { db } = useServices();
  const { t, i18n } = useTranslation();
  const id = useId();
  // The rows read ahead at start-up, shown until the full list has loaded. With them, the
  // full list waits until their first frame is painted, so reading and sorting thousands of
  // rows cannot delay it.
  const [head] = useState(() => takePrefetchedHead(db));
  const [fullWanted, setFullWanted] = useState(head === undefined);
  const full = useLiveQuery(() => (fullWanted ? libraryArticles(db) : undefined), [db, fullWanted]);
  const complete = full !== undefined;
  const rows = full ?? head;
  const [sort, setSort] = useState<SortKey>('added');
  const [filter, setFilter] = useState<FilterKey>('all');
  const [tag, setTag] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const changes = useLibraryChanges(db);

  const collator = useMemo(
    () => new Intl.Collator([i18n.language, 'ar', 'en'], { sensitivity: 'base', numeric: true }),
    [i18n.language],
  );
  const tags = useMemo(() => (rows === undefined ? [] : allTags(rows, collator)), [rows, collator]);
  const activeTag = tag !== null && tags.includes(tag) ? tag : null;
  const articles = useMemo(
    () => (rows === undefined ? undefined : selectArticles(rows, { sort, filter, tag: activeTag, text }, collator)),
    [rows, sort, filter, activeTag, text, collator],
  );

  const loaded = rows !== undefined;
  // A layout effect, so the frame is asked for in the task that commits the rows: a passive
  // effect may run only after that frame is painted, and would then mark (and hold back the
  // full list until) the frame after it.
  useLayoutEffect(() => {
    if (loaded) return markLibraryPainted(() => setFullWanted(true));
  }, [loaded]);

  // The selection acts on the selected rows that are shown (a filter hides the others).
  const order = useMemo(() => articles?.map((article) => article.id) ?? [], [articles]);
  const chosen = useMemo(() => selectedInOrder(selection, articles ?? []), [selection, articles]);
  const chosenIds = chosen.map((article) => article.id);

  function onSelect(article: ArticleRow, range: boolean): void {
    setSelection((now) => (range ? selectRange(now, order, article.id) : toggle(now, article.id)));
  }

  async function deleteChosen(ids: readonly string[]): Promise<void> {
    if (await changes.deleteMany(ids)) setSelection(NO_SELECTION);
  }

  const keyActions: RowKeyActions = {
    remove(article) {
      // Delete in a selected row deletes the selection, as one action.
      if (chosenIds.length > 1 && selection.ids.has(article.id)) {
        void deleteChosen(chosenIds);
        return chosenIds;
      }
      changes.actions.remove(article);
      return [article.id];
    },
    extend: (from, to) => setSelection((now) => extendTo(now, order, from, to)),
    toggle: (article) => onSelect(article, false),
  };

  async function undo(): Promise<void> {
    const back = await changes.undo();
    // A bulk deletion taken back comes back selected, as it was.
    if (back.length > 1) setSelection(selectAll(back));
  }

  // Ctrl/⌘+Z brings back what was just deleted, as the undo bar's button does.
  useCommand('undoLibrary', () => {
    if (changes.undoable === null || changes.busy) return false;
    void undo();
  });
  // Text fields keep Ctrl/⌘+A for their own text (the dispatcher sees to that).
  useCommand('selectAll', () => {
    if (order.length === 0) return false;
    setSelection(selectAll(order));
  });
  useCommand('clearSelection', () => {
    if (chosen.length === 0) return false;
    setSelection(NO_SELECTION);
  });

  const total = rows?.length ?? 0;
  return (
    <section className="library" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{t('library.heading')}</h1>
      {total > 0 && (
        <div className="library-toolbar" role="group" aria-label={t('library.toolbar')}>
          <input
            type="search"
            className="library-filter"
            dir="auto"
            aria-label={t('library.filterBox')}
            placeholder={t('library.filterPlaceholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.code === 'Escape' && text !== '') {
                event.preventDefault();
                setText('');
              }
            }}
          />
          <label>
            {t('library.sortLabel')}
            <select value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
              <option value="added">{t('library.sortAdded')}</option>
              <option value="opened">{t('library.sortOpened')}</option>
              <option value="title">{t('library.sortTitle')}</option>
            </select>
          </label>
          <label>
            {t('library.filterLabel')}
            <select value={filter} onChange={(event) => setFilter(event.target.value as FilterKey)}>
              <option value="all">{t('library.filterAll')}</option>
              <option value="unread">{t('library.filterUnread')}</option>
              <option value="in-progress">{t('library.filterInProgress')}</option>
              <option value="archived">{t('library.filterArchived')}</option>
            </select>
          </label>
          {tags.length > 0 && (
            <label>
              {t('library.tagFilterLabel')}
              <select
                value={activeTag ?? ''}
                onChange={(event) => setTag(event.target.value === '' ? null : event.target.value)}
              >
                <option value="">{t('library.tagFilterAll')}</option>
                {tags.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <span className="library-count" aria-live="polite">
            {complete ? t('library.count', { count: articles?.length ?? 0 }) : ''}
          </span>
        </div>
      )}
      {total > 0 && (
        <SelectionToolbar
          count={chosen.length}
          allArchived={chosen.length > 0 && chosen.every((article) => article.archivedAt !== null)}
          busy={changes.busy}
          onArchive={(archived) =>
            void changes.archiveMany(chosenIds, archived).then((done) => done && setSelection(NO_SELECTION))
          }
          onDelete={() => void deleteChosen(chosenIds)}
          onTag={(tags) => void changes.tagMany(chosenIds, tags)}
          onClear={() => setSelection(NO_SELECTION)}
        />
      )}
      <LibraryStatus changes={changes} onUndo={() => void undo()} />
      {complete && total === 0 && <p className="library-empty">{t('library.empty')}</p>}
      {complete && total > 0 && articles !== undefined && articles.length === 0 && (
        <p className="library-empty">{t('library.noMatches')}</p>
      )}
      {articles !== undefined && articles.length > 0 && (
        <VirtualArticleList
          articles={articles}
          actions={changes.actions}
          label={t('library.listLabel')}
          selected={selection.ids}
          onSelect={onSelect}
          keyActions={keyActions}
        />
      )}
    </section>
  );
}
