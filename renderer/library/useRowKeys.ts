// The library's keys, through the command registry (commands/commands.ts): ↓ and ↑ move the
// focus from row to row (the list is virtualized, so the row is scrolled into view and focused
// once it exists), Enter opens the focused row's article, Delete deletes the row the focus is in
// (the undo bar and Ctrl/⌘+Z, handled by LibraryView, bring it back) and the focus moves to the
// row that takes its place. Keys pressed outside the list (the toolbar, the navigation) are left
// alone, so they keep their own meaning; with nothing focused, ↓ and ↑ start at the first or
// last row. Shift+↓/↑ move the same way and select from where they began (selection.ts), Space
// on a row selects or unselects it. Text fields keep their keys (the dispatcher sees to that).

import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useCommand } from '../commands/useCommand';
import type { ArticleRow } from '../db/types';
import { hrefFor } from '../shared/route';

/** The index in the list of the row an event happened in, or null outside every row. */
function rowIndexOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const row = target.closest<HTMLElement>('.library-item');
  if (row === null) return null;
  const index = Number(row.dataset.index);
  return Number.isInteger(index) ? index : null;
}

/** The focus is on no control: the page itself. */
function focusIsNowhere(target: EventTarget | null): boolean {
  return target === null || target === document.body || target === document.documentElement;
}

export interface RowKeys {
  /** The row the arrows start from, and the one Tab reaches; null before any. */
  current: string | null;
  /** Called when the focus enters a row (by a key, a click or Tab). */
  focused(id: string): void;
}

export interface RowKeyActions {
  /** Delete in a row; returns the ids it deletes (the selection, when the row is in it). */
  remove(article: ArticleRow): readonly string[];
  /** Shift+↓/↑ moved from row `from` to row `to`. */
  extend(from: string, to: string): void;
  /** Space on a row. */
  toggle(article: ArticleRow): void;
}

export function useRowKeys(
  articles: readonly ArticleRow[],
  virtualizer: Virtualizer<Window, Element>,
  listRef: RefObject<HTMLUListElement | null>,
  { remove, extend, toggle }: RowKeyActions,
): RowKeys {
  const [current, setCurrent] = useState<string | null>(null);
  // The row to focus as soon as it is rendered (after a key moved to it, or took its neighbour away).
  const focusWanted = useRef<string | null>(null);

  useEffect(() => {
    const id = focusWanted.current;
    if (id === null) return;
    const index = articles.findIndex((article) => article.id === id);
    if (index === -1) {
      focusWanted.current = null;
      return;
    }
    const row = listRef.current?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`);
    if (row != null) {
      focusWanted.current = null;
      row.focus({ preventScroll: true });
    }
  });

  function moveTo(index: number): void {
    const article = articles[index];
    if (article === undefined) return;
    focusWanted.current = article.id;
    setCurrent(article.id);
    virtualizer.scrollToIndex(index);
  }

  function step(event: KeyboardEvent, by: 1 | -1, selecting = false): boolean | void {
    if (articles.length === 0) return false;
    const at = rowIndexOf(event.target);
    if (at === null && !focusIsNowhere(event.target)) return false;
    const from = at ?? articles.findIndex((article) => article.id === current);
    const to = from === -1 ? (by > 0 ? 0 : articles.length - 1) : Math.min(articles.length - 1, Math.max(0, from + by));
    moveTo(to);
    if (selecting) extend(articles[from === -1 ? to : from]!.id, articles[to]!.id);
  }

  useCommand('nextArticle', (event) => step(event, 1));
  useCommand('previousArticle', (event) => step(event, -1));
  useCommand('selectNext', (event) => step(event, 1, true));
  useCommand('selectPrevious', (event) => step(event, -1, true));

  useCommand('toggleSelected', (event) => {
    // Only on the row itself: Space on its buttons and boxes is theirs.
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('library-item')) return false;
    const article = articles[rowIndexOf(event.target) ?? -1];
    if (article === undefined) return false;
    toggle(article);
  });

  useCommand('openArticle', (event) => {
    // Only on the row itself: Enter on its link or buttons is theirs.
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('library-item')) return false;
    const article = articles[rowIndexOf(event.target) ?? -1];
    if (article === undefined) return false;
    window.location.hash = hrefFor({ view: 'reader', articleId: article.id });
  });

  useCommand('deleteArticle', (event) => {
    const at = rowIndexOf(event.target);
    const article = at === null ? undefined : articles[at];
    if (at === null || article === undefined) return false;
    // The row itself, or the whole selection when the row is in it.
    const gone = new Set(remove(article));
    const stays = (row: ArticleRow) => !gone.has(row.id);
    const next = articles.slice(at + 1).find(stays) ?? articles.slice(0, at).findLast(stays);
    if (next !== undefined) {
      focusWanted.current = next.id;
      setCurrent(next.id);
    }
  });

  return { current, focused: setCurrent };
}
