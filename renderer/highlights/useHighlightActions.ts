// What the user does to highlights and notes, with its undo and its message when a write fails:
// make a highlight (painted at once, written after the frame that shows it), change its colour,
// delete it, write, change or clear a note, copy. One transaction per action (db/highlights.ts,
// db/notes.ts), each returning a Result: a failure (a full disk, a closed database, a row deleted
// in another window) is worded in the UI language, and nothing half-written stays.

import { startTransition, useCallback, useState } from 'react';
import type { Result } from '../../electron/common/result';
import { useTranslation } from 'react-i18next';
import { addHighlight, deleteHighlight, recolorHighlight, restoreHighlight, type NewHighlight } from '../db/highlights';
import { deleteNote, restoreNote, writeNote } from '../db/notes';
import { writeSetting } from '../db/settings';
import type { WriteFailure } from '../db/storageErrors';
import type { ArticleRow, HighlightRow, NoteRow } from '../db/types';
import type { TextSurface } from '../document/surface';
import { useServices } from '../platform/services';
import { copyText } from '../shared/clipboard';
import type { HighlightColor } from '../shared/highlightColors';
import { afterNextPaint } from './afterNextPaint';
import type { HighlightPainter } from './highlightPainter';
import type { PendingHighlights } from './usePendingHighlights';
import { HIGHLIGHTS_PAINTED_MARK } from './useHighlightPainting';
import { describeRange } from './quoteSelector';
import { liveSelection, type FollowedSelection } from './useTextSelection';

export const HIGHLIGHT_CREATE_MARK = 'hamish:highlight-create';
export const HIGHLIGHT_PERSISTED_MARK = 'hamish:highlight-persisted';

/** The catalog's wording of a failed write. */
export const WRITE_MESSAGES = {
  'storage-full': 'storage.full',
  closed: 'storage.closed',
  failed: 'storage.failed',
  missing: 'storage.missing',
} as const satisfies Record<WriteFailure, string>;

export interface Undo {
  message: string;
  run: () => Promise<Result<void, WriteFailure>>;
}

interface Context {
  article: ArticleRow;
  surface: TextSurface;
  painter: HighlightPainter;
  selection: FollowedSelection;
  pending: PendingHighlights;
  notesByHighlight: ReadonlyMap<string, NoteRow>;
  articleNote: NoteRow | undefined;
  lastColor: HighlightColor;
  /** Chooses a highlight (opening its editor), or none. */
  choose: (choice: { id: string; focusNote: boolean } | null) => void;
}

export interface HighlightActions {
  create(color: HighlightColor, withNote: boolean): Promise<void>;
  recolor(id: string, color: HighlightColor): Promise<void>;
  remove(row: HighlightRow): Promise<void>;
  /** Resolves false when the note could not be saved (the editor says so). */
  saveHighlightNote(highlightId: string, text: string): Promise<boolean>;
  saveArticleNote(text: string): Promise<boolean>;
  copy(text: string): Promise<void>;
  undo: Undo | null;
  runUndo(): void;
  dismissUndo(): void;
  /** What went wrong last, in the UI language; null when nothing did. */
  problem: string | null;
}

export function useHighlightActions(context: Context): HighlightActions {
  const { db } = useServices();
  const { t } = useTranslation();
  const { article, surface, painter, selection, pending, notesByHighlight, articleNote, lastColor, choose } = context;
  const [undo, setUndo] = useState<Undo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  /** True when the write went through; otherwise its failure is shown, worded in the UI language. */
  const succeeded = useCallback(
    <T>(result: Result<T, WriteFailure>): result is { readonly ok: true; readonly value: T } => {
      if (!result.ok) setProblem(t(WRITE_MESSAGES[result.error]));
      return result.ok;
    },
    [t],
  );

  async function create(color: HighlightColor, withNote: boolean) {
    const range = liveSelection(surface) ?? selection.current?.range ?? null;
    if (range === null) return;
    performance.mark(HIGHLIGHT_CREATE_MARK);
    const { canonical, doc } = surface;
    const input: NewHighlight = {
      articleId: article.id,
      ...describeRange(canonical, range.start, range.end),
      color,
      contentHash: article.contentHash,
      extractionVersion: doc.extractionVersion,
    };
    const now = Date.now();
    const temporary = {
      row: { ...input, id: pending.nextId(), createdAt: now, updatedAt: now, deletedAt: null },
      start: range.start,
      end: range.end,
    };
    // Painted now, so the next frame shows it. Everything else waits until that frame is
    // drawn: the layer's re-render (interval index, markers, side panel), as a transition, and
    // the write with the live queries it wakes. The painter's next sync finds this highlight
    // already there and leaves it.
    painter.add({ id: temporary.row.id, start: range.start, end: range.end, color, hasNote: false });
    performance.mark(HIGHLIGHTS_PAINTED_MARK);
    window.getSelection()?.removeAllRanges();
    await afterNextPaint();
    startTransition(() => {
      pending.add(temporary);
      selection.forget();
      setProblem(null);
    });
    const added = await addHighlight(db, input);
    if (!succeeded(added)) {
      // The pending copy goes, and the painter's next sync takes its paint back.
      pending.drop(temporary);
      return;
    }
    performance.mark(HIGHLIGHT_PERSISTED_MARK);
    pending.stored(temporary, added.value.highlight.id);
    if (withNote) choose({ id: added.value.highlight.id, focusNote: true });
    if (color !== lastColor) succeeded(await writeSetting(db, 'lastHighlightColor', color));
  }

  async function recolor(id: string, color: HighlightColor) {
    if (succeeded(await recolorHighlight(db, id, color)))
      succeeded(await writeSetting(db, 'lastHighlightColor', color));
  }

  async function remove(row: HighlightRow) {
    const deleted = await deleteHighlight(db, row.id);
    if (!succeeded(deleted)) return;
    choose(null);
    setUndo({ message: t('highlights.deleted'), run: () => restoreHighlight(db, row.id, deleted.value) });
  }

  async function saveHighlightNote(highlightId: string, text: string): Promise<boolean> {
    // Written by highlight, not by the note this screen last saw: a save right after another
    // must edit the note that one added (db/notes.ts, writeNote).
    if (text.trim() !== '') return succeeded(await writeNote(db, { articleId: article.id, highlightId, text }));
    const existing = notesByHighlight.get(highlightId);
    if (existing === undefined) return true;
    if (!succeeded(await deleteNote(db, existing.id))) return false;
    setUndo({ message: t('highlights.noteDeleted'), run: () => restoreNote(db, existing.id) });
    return true;
  }

  async function saveArticleNote(text: string): Promise<boolean> {
    if (articleNote === undefined && text.trim() === '') return true;
    return succeeded(await writeNote(db, { articleId: article.id, highlightId: null, text }));
  }

  async function copy(text: string) {
    setProblem((await copyText(text)) ? null : t('highlights.copyFailed'));
  }

  return {
    create,
    recolor,
    remove,
    saveHighlightNote,
    saveArticleNote,
    copy,
    undo,
    runUndo: () =>
      void undo?.run().then((result) => {
        if (succeeded(result)) setUndo(null);
      }),
    dismissUndo: () => setUndo(null),
    problem,
  };
}
