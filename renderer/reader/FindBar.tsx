// Find in article (Ctrl/Cmd+F): a search box, "n of m", next and previous (Enter and F3, with
// Shift backwards: the findNext and findPrevious commands), Escape in the bar closes it. Matching
// folds diacritics, tatweel and letter forms (find.ts); matches are painted with CSS highlights,
// the current one distinct, and the current one is scrolled into view when off screen.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../commands/useCommand';
import { markFindPainted } from '../perf/marks';
import type { NormalizedText } from '../text/arabicNormalize';
import { clearRanges, HIGHLIGHT_PRIORITY, paintRanges } from '../document/cssHighlights';
import { findMatches, firstMatchFrom, type TextSpan } from './find';
import { Icon } from './Icon';
import type { TextMap } from '../document/textMap';

export const FIND_HIGHLIGHT = 'hamish-find';
export const FIND_CURRENT_HIGHLIGHT = 'hamish-find-current';

interface FindBarProps {
  map: TextMap;
  /** The article folded for matching; computed on first use and kept. */
  prepared: () => NormalizedText;
  /** Canonical offset where reading is: the first match at or after it becomes current. */
  readingOffset: () => number;
  /** Top of the text area in client pixels (below the toolbar). */
  textTop: () => number;
  /** Bumped each time find is asked for while open, to focus the box again. */
  focusRequest: number;
  onClose: () => void;
}

interface FindState {
  query: string;
  /** null while there is nothing to look for. */
  matches: readonly TextSpan[] | null;
  current: number;
}

const NO_MATCHES: readonly TextSpan[] = [];

function scrollIntoTextArea(range: Range, textTop: number): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= textTop && rect.bottom <= window.innerHeight) return;
  const middle = textTop + (window.innerHeight - textTop) / 2;
  window.scrollBy({ top: rect.top + rect.height / 2 - middle, behavior: 'instant' });
}

export function FindBar({ map, prepared, readingOffset, textTop, focusRequest, onClose }: FindBarProps): ReactNode {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const statusId = useId();
  const [state, setState] = useState<FindState>({ query: '', matches: null, current: 0 });
  const { query, current } = state;
  const matches = state.matches ?? NO_MATCHES;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // Fold the article while the user is still typing the first letters.
  useEffect(() => {
    const idle = requestIdleCallback(() => prepared());
    return () => cancelIdleCallback(idle);
  }, [prepared]);

  useEffect(() => {
    paintRanges(
      FIND_HIGHLIGHT,
      matches.flatMap((match) => map.staticRangeFor(match.start, match.end) ?? []),
      HIGHLIGHT_PRIORITY.find,
    );
    return () => clearRanges(FIND_HIGHLIGHT);
  }, [map, matches]);

  useEffect(() => {
    const match = matches[current];
    const range = match === undefined ? null : map.rangeFor(match.start, match.end);
    if (range !== null) {
      paintRanges(FIND_CURRENT_HIGHLIGHT, [range], HIGHLIGHT_PRIORITY.findCurrent);
      scrollIntoTextArea(range, textTop());
    }
    markFindPainted();
    return () => clearRanges(FIND_CURRENT_HIGHLIGHT);
  }, [map, matches, current, textTop]);

  function search(next: string) {
    const found = findMatches(prepared(), next);
    setState({ query: next, matches: found, current: found === null ? 0 : firstMatchFrom(found, readingOffset()) });
  }

  function step(by: 1 | -1) {
    if (matches.length === 0) return;
    setState({ ...state, current: (current + by + matches.length) % matches.length });
  }

  // F3 steps wherever the focus is; Enter only in the find box (elsewhere it presses a button).
  const inBox = (event: KeyboardEvent) => event.code !== 'Enter' || event.target === input.current;
  useCommand('findNext', (event) => {
    if (!inBox(event)) return false;
    step(1);
  });
  useCommand('findPrevious', (event) => {
    if (!inBox(event)) return false;
    step(-1);
  });
  // Escape anywhere in the bar closes find (and so does not also leave the article).
  useCommand('closeFind', (event) => {
    if (!(event.target instanceof Node && bar.current?.contains(event.target))) return false;
    onClose();
  });

  let status = '';
  if (state.matches !== null) {
    status =
      matches.length === 0
        ? t('reader.find.none')
        : t('reader.find.count', { current: current + 1, total: matches.length });
  }

  return (
    <div ref={bar} className="find-bar" role="search">
      <input
        ref={input}
        type="search"
        dir="auto"
        value={query}
        aria-label={t('reader.find.label')}
        aria-describedby={statusId}
        placeholder={t('reader.find.label')}
        onChange={(event) => search(event.target.value)}
      />
      <span id={statusId} className="find-status" role="status">
        {status}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('reader.find.previous')}
        disabled={matches.length === 0}
        onClick={() => step(-1)}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('reader.find.next')}
        disabled={matches.length === 0}
        onClick={() => step(1)}
      >
        <Icon name="down" />
      </button>
      <button type="button" className="icon-button" aria-label={t('reader.find.close')} onClick={onClose}>
        <Icon name="close" />
      </button>
    </div>
  );
}
