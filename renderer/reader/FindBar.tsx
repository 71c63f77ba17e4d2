// Find in article (Ctrl/Cmd+F): a search box, "n of m", next and previous (Enter and F3, with
// Shift backwards: the findNext and findPrevious commands), Escape in the bar closes it. Matching
// uses the search analyzer (find.ts): folded substrings at once, the analyzer's words once the
// article has been analyzed in idle slices; matches are painted on the article's surface (the find
// and findCurrent layers), and the current one is scrolled into view when off screen. The title
// is searched too (findTitle.ts): its matches come first and are painted on the same layers.

import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../commands/useCommand';
import { markFindPainted } from '../perf/marks';
import type { TextSurface } from '../document/surface';
import { continueFindAnalysis, findMatches, matchSpans, type FindResult, type PreparedFind } from './find';
import {
  combineFound,
  firstFound,
  foundHolding,
  prepareTitleFind,
  rangesInElement,
  titleSpans,
  type Found,
} from './findTitle';
import { Icon } from '../shared/Icon';

interface FindBarProps {
  /** The article's surface: its map, painter and reading position (the first match at or after it becomes current). */
  surface: TextSurface;
  /** The article prepared for matching; computed on first use and kept. */
  prepared: () => PreparedFind;
  /** Bumped each time find is asked for while open, to focus the box again. */
  focusRequest: number;
  /** The article's title, which find covers too (it is not part of the canonical text), and its element. */
  title: { readonly text: string; readonly element: HTMLElement | null };
  onClose: () => void;
}

interface FindState {
  query: string;
  /** The body's result; null while there is nothing to look for. */
  result: FindResult | null;
  /** The title's matches, then the body's. */
  found: readonly Found[];
  current: number;
}

const NOTHING_FOUND: readonly Found[] = [];
/** Leave the rest of an idle period to the page. */
const IDLE_MARGIN_MS = 2;

/** Brings the title into view when a match in it becomes current and it is off screen (above the text area). */
function revealTitle(element: HTMLElement | null, textTop: number): void {
  if (element === null) return;
  const box = element.getBoundingClientRect();
  if (box.top < textTop || box.bottom > window.innerHeight) window.scrollBy({ top: box.top - textTop });
}

export function FindBar({ surface, prepared, focusRequest, title, onClose }: FindBarProps): ReactNode {
  const { map, painter } = surface;
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const statusId = useId();
  const [state, setState] = useState<FindState>({ query: '', result: null, found: NOTHING_FOUND, current: 0 });
  const [analyzed, setAnalyzed] = useState(false);
  const { query, current } = state;
  const found = state.result === null ? NOTHING_FOUND : state.found;
  const titlePrepared = useMemo(() => prepareTitleFind(title.text), [title.text]);
  const titleElement = title.element;

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
      const was = before.found[before.current];
      const at = (was?.inTitle === false ? was.match.start : undefined) ?? surface.readingPosition()?.offset ?? 0;
      const next = combineFound(titlePrepared, before.query, result);
      return {
        ...before,
        result,
        found: next,
        current: foundHolding(next, result, before.current, was?.inTitle === true, at),
      };
    });
  }, [analyzed, prepared, surface, titlePrepared]);

  useEffect(() => {
    const layer = painter.layer('find');
    const inBody = found.filter((entry) => !entry.inTitle);
    layer.set([
      ...(titleElement === null ? [] : rangesInElement(titleElement, titleSpans(found))),
      ...inBody.flatMap((entry) =>
        matchSpans(entry.match).flatMap((span) => map.staticRangeFor(span.start, span.end) ?? []),
      ),
    ]);
    return () => layer.clear();
  }, [map, painter, found, titleElement]);

  useEffect(() => {
    const entry = found[current];
    // Live Ranges: the current match is a few ranges, and whoever reads the paint may measure them.
    const spans = entry === undefined ? [] : matchSpans(entry.match);
    const ranges =
      entry?.inTitle === true
        ? titleElement === null
          ? []
          : rangesInElement(titleElement, spans)
        : spans.flatMap((span) => map.rangeFor(span.start, span.end) ?? []);
    const layer = painter.layer('findCurrent');
    if (ranges.length > 0) {
      layer.set(ranges);
      if (entry?.inTitle === true) revealTitle(titleElement, surface.textTop());
      else surface.reveal(spans[0]!.start, spans[0]!.end);
    }
    markFindPainted();
    return () => layer.clear();
  }, [surface, map, painter, found, current, titleElement]);

  function search(next: string) {
    const result = findMatches(prepared(), next);
    const readingOffset = surface.readingPosition()?.offset ?? 0;
    const nextFound = result === null ? NOTHING_FOUND : combineFound(titlePrepared, next, result);
    const titleVisible = titleElement !== null && titleElement.getBoundingClientRect().bottom > surface.textTop();
    setState({
      query: next,
      result,
      found: nextFound,
      current: firstFound(nextFound, result, titleVisible, readingOffset),
    });
  }

  function step(by: 1 | -1) {
    if (found.length === 0) return;
    setState({ ...state, current: (current + by + found.length) % found.length });
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
      found.length === 0
        ? t('reader.find.none')
        : t('reader.find.count', { current: current + 1, total: found.length });
    // Nothing matched as typed: say which spelling the matches are for.
    if (state.result.corrected !== undefined && found.some((entry) => !entry.inTitle))
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
        disabled={found.length === 0}
        onClick={() => step(-1)}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('reader.find.next')}
        disabled={found.length === 0}
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
