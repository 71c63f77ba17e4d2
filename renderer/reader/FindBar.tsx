// Find in article (Ctrl/Cmd+F): a search box, "n of m", next and previous (Enter and F3, with
// Shift backwards: the findNext and findPrevious commands), Escape in the bar closes it. Matching
// uses the search analyzer (find.ts): folded substrings at once, the analyzer's words once the
// article has been analyzed in idle slices; matches are painted on the article's surface (the find
// and findCurrent layers), and the current one is scrolled into view when off screen.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../commands/useCommand';
import { markFindPainted } from '../perf/marks';
import type { TextSurface } from '../document/surface';
import {
  continueFindAnalysis,
  findMatches,
  firstMatchFrom,
  matchHolding,
  matchSpans,
  type FindMatch,
  type FindResult,
  type PreparedFind,
} from './find';
import { Icon } from './Icon';

interface FindBarProps {
  /** The article's surface: its map, painter and reading position (the first match at or after it becomes current). */
  surface: TextSurface;
  /** The article prepared for matching; computed on first use and kept. */
  prepared: () => PreparedFind;
  /** Bumped each time find is asked for while open, to focus the box again. */
  focusRequest: number;
  onClose: () => void;
}

interface FindState {
  query: string;
  /** null while there is nothing to look for. */
  result: FindResult | null;
  current: number;
}

const NO_MATCHES: readonly FindMatch[] = [];
/** Leave the rest of an idle period to the page. */
const IDLE_MARGIN_MS = 2;

export function FindBar({ surface, prepared, focusRequest, onClose }: FindBarProps): ReactNode {
  const { map, painter } = surface;
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const statusId = useId();
  const [state, setState] = useState<FindState>({ query: '', result: null, current: 0 });
  const [analyzed, setAnalyzed] = useState(false);
  const { query, current } = state;
  const matches = state.result?.matches ?? NO_MATCHES;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // Fold the article while the user is still typing the first letters, then analyze its words
  // in idle slices (about a second of work for a 1 MB article), never holding up a key press.
  useEffect(() => {
    let idle = requestIdleCallback(function slice(deadline) {
      const done = continueFindAnalysis(prepared(), () => deadline.timeRemaining() - IDLE_MARGIN_MS);
      if (done) setAnalyzed(true);
      else idle = requestIdleCallback(slice);
    });
    return () => cancelIdleCallback(idle);
  }, [prepared]);

  // Once the words are analyzed, the query is looked for again, staying where the user was.
  useEffect(() => {
    if (!analyzed) return;
    setState((before) => {
      if (before.result === null) return before;
      const result = findMatches(prepared(), before.query);
      const at = before.result.matches[before.current]?.start ?? surface.readingPosition()?.offset ?? 0;
      return { ...before, result, current: result === null ? 0 : matchHolding(result, at) };
    });
  }, [analyzed, prepared, surface]);

  useEffect(() => {
    const layer = painter.layer('find');
    layer.set(
      matches.flatMap((match) => matchSpans(match).flatMap((span) => map.staticRangeFor(span.start, span.end) ?? [])),
    );
    return () => layer.clear();
  }, [map, painter, matches]);

  useEffect(() => {
    const match = matches[current];
    // Live Ranges: the current match is a few ranges, and whoever reads the paint may measure them.
    const spans = match === undefined ? [] : matchSpans(match);
    const ranges = spans.flatMap((span) => map.rangeFor(span.start, span.end) ?? []);
    const layer = painter.layer('findCurrent');
    if (ranges.length > 0) {
      layer.set(ranges);
      surface.reveal(spans[0]!.start, spans[0]!.end);
    }
    markFindPainted();
    return () => layer.clear();
  }, [surface, map, painter, matches, current]);

  function search(next: string) {
    const result = findMatches(prepared(), next);
    const readingOffset = surface.readingPosition()?.offset ?? 0;
    setState({ query: next, result, current: result === null ? 0 : firstMatchFrom(result, readingOffset) });
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
  if (state.result !== null) {
    status =
      matches.length === 0
        ? t('reader.find.none')
        : t('reader.find.count', { current: current + 1, total: matches.length });
    // Nothing matched as typed: say which spelling the matches are for.
    if (state.result.corrected !== undefined && matches.length > 0)
      status = `${t('reader.find.corrected', { query: state.result.corrected })} · ${status}`;
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
