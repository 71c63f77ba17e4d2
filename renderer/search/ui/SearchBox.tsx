// The search box in the top bar (the focusSearch command: / or Ctrl/Cmd+K) and, while there is a query,
// the results under it: notes, highlights and articles, with filters. Choosing a result opens
// the article at the hit.

import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcutTitle } from '../../commands/shortcutText';
import { useCommand } from '../../commands/useCommand';
import type { SearchFilters as Filters } from '../types';
import { useIndexStatus } from './SearchContext';
import { SearchFilters } from './SearchFilters';
import { SearchResultGroup } from './SearchResultGroup';
import { useSearchResults, type SearchState } from './useSearchResults';
import './search.css';

const NO_FILTERS: Filters = {};

const GROUPS = [
  { kind: 'note', results: 'notes', label: 'search.notes' },
  { kind: 'highlight', results: 'highlights', label: 'search.highlights' },
  { kind: 'article', results: 'articles', label: 'search.articles' },
] as const;

function BuildProgress(): ReactNode {
  const { t } = useTranslation();
  const status = useIndexStatus();
  if (status.state !== 'building') return null;
  const percent = status.total === 0 ? 0 : Math.floor((status.done / status.total) * 100);
  return (
    <div className="search-progress">
      <progress aria-label={t('search.building')} value={status.done} max={Math.max(1, status.total)} />
      <span>{t('search.buildingPercent', { percent })}</span>
    </div>
  );
}

/** Said while the last write of the index failed: search works on the index in memory. */
function StoreWarning(): ReactNode {
  const { t } = useTranslation();
  const status = useIndexStatus();
  if (status.state !== 'ready' || status.storeFailed === undefined) return null;
  return (
    <p className="search-progress" role="status">
      {t(status.storeFailed === 'full' ? 'search.storeFull' : 'search.storeFailed')}
    </p>
  );
}

/** Space kept between the popup and the window's edges. */
const WINDOW_MARGIN = 8;

/** Moves the popup back by what it overhangs the window (measured, so it holds in both directions). */
function placeInsideWindow(element: HTMLElement): void {
  element.style.translate = '';
  const box = element.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  let shift = 0;
  if (box.right > width - WINDOW_MARGIN) shift = width - WINDOW_MARGIN - box.right;
  if (box.left + shift < WINDOW_MARGIN) shift = WINDOW_MARGIN - box.left;
  element.style.translate = shift === 0 ? '' : `${shift}px 0`;
}

/**
 * Keeps the popup inside the window: it hangs from the search box's end, and where the box
 * stands far from that edge of a narrow window the popup would reach past the other one.
 */
function useInsideWindow(panel: RefObject<HTMLDivElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!shown || element === null) return;
    const place = () => placeInsideWindow(element);
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [panel, shown]);
}

function Results({ results, onChoose }: { results: SearchState; onChoose: () => void }): ReactNode {
  const { t } = useTranslation();
  const status = useIndexStatus();
  if (status.state === 'failed' || results.state === 'failed') return <p role="alert">{t('search.failed')}</p>;
  if (results.state !== 'done') return <p className="search-message">{t('search.waiting')}</p>;
  const { response } = results;
  const total = response.totals.note + response.totals.highlight + response.totals.article;
  const { notice, correctedQuery } = response;
  return (
    <>
      {notice?.kind === 'shortened' && (
        <p className="search-message" role="status">
          {t('search.shortened', { limit: notice.limit })}
        </p>
      )}
      {correctedQuery !== null && (
        <p className="search-message search-correction" role="status">
          {t('search.showingResultsFor')} <bdi dir="auto">{correctedQuery}</bdi>
        </p>
      )}
      <p className="search-message" aria-live="polite">
        {notice?.kind === 'nothing-to-search'
          ? t('search.nothingToSearch')
          : total === 0
            ? t('search.nothingFound')
            : ''}
      </p>
      {GROUPS.map(({ kind, results: key, label }) => (
        <SearchResultGroup
          key={kind}
          name={t(label)}
          results={response[key]}
          total={response.totals[kind]}
          approximate={response.approximate[kind]}
          onChoose={onChoose}
        />
      ))}
    </>
  );
}

export function SearchBox(): ReactNode {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const results = useSearchResults(query, filters);
  const showPanel = open && query.trim() !== '';

  const shortcutTitle = useShortcutTitle('focusSearch');
  useInsideWindow(panel, showPanel);

  useCommand('focusSearch', () => {
    input.current?.focus();
    input.current?.select();
    setOpen(true);
  });

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  function resultLinks(): HTMLAnchorElement[] {
    return [...(container.current?.querySelectorAll<HTMLAnchorElement>('.search-result a') ?? [])];
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      // Escape closes the results, then empties the box; handled here, it does not also leave the reader.
      event.preventDefault();
      if (showPanel) setOpen(false);
      else setQuery('');
      input.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (!showPanel) {
      setOpen(true);
      return;
    }
    const links = resultLinks();
    if (links.length === 0 || !(event.target instanceof HTMLInputElement || event.target instanceof HTMLAnchorElement))
      return;
    event.preventDefault();
    const current = links.indexOf(event.target as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
    if (next < 0) input.current?.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  }

  return (
    <div className="search" role="search" ref={container} onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="search"
        className="search-input"
        aria-label={t('search.label')}
        aria-controls={panelId}
        placeholder={t('search.placeholder')}
        title={shortcutTitle}
        value={query}
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
      />
      <BuildProgress />
      <StoreWarning />
      <div
        ref={panel}
        id={panelId}
        className="search-panel"
        role="region"
        aria-label={t('search.results')}
        hidden={!showPanel}
      >
        {showPanel && (
          <>
            <SearchFilters filters={filters} onChange={setFilters} />
            <Results results={results} onChoose={() => setOpen(false)} />
          </>
        )}
      </div>
    </div>
  );
}
