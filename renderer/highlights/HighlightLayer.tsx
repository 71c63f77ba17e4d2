// Highlights and notes in the reader: places the stored highlights in the current text
// (re-anchoring and writing back what moved), paints them, and gives the user the ways to
// make and change them — the selection toolbar, click to select, the highlight editor, the
// keyboard (H, N, Shift+arrows, Delete, Escape, Ctrl/Cmd+Z), undo, the side panel and the
// exports. A new highlight is painted straight from the key or click that made it, ahead of
// React's render (which follows as a transition), and written in the background.

import { useLiveQuery } from 'dexie-react-hooks';
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../commands/useCommand';
import { useServices } from '../platform/services';
import type { ArticleDoc } from '../article/types';
import { addHighlight, deleteHighlight, recolorHighlight, restoreHighlight, type NewHighlight } from '../db/highlights';
import { deleteNote, restoreNote, writeNote } from '../db/notes';
import { readSetting, writeSetting } from '../db/settings';
import { storageFailureOf, type StorageFailure } from '../db/storageErrors';
import type { ArticleRow, HighlightColor, HighlightRow } from '../db/types';
import type { ReadingPosition } from '../document/readingPosition';
import type { TextMap } from '../document/textMap';
import { copyText } from '../shared/clipboard';
import { exportAnnotationsFile, useMarkdownLabels } from '../exports/exportFiles';
import { highlightToMarkdown } from '../exports/exportMarkdown';
import { HighlightEditor } from './HighlightEditor';
import { afterNextPaint } from './afterNextPaint';
import { highlightsAtPoint } from './highlightAtPoint';
import { createHighlightPainter } from './highlightPainter';
import { HighlightsSidebar } from './HighlightsSidebar';
import { IntervalIndex } from './intervalIndex';
import { extendSelectionByKey } from './keyboardSelection';
import { NoteMarkers } from './NoteMarkers';
import { persistPlacement } from './persistPlacement';
import { placeHighlights, type PlacedHighlight } from './placeHighlights';
import { describeRange } from './quoteSelector';
import { ScrollMarks } from './ScrollMarks';
import { SelectionToolbar } from './SelectionToolbar';
import { selectionOffsets, type TextRange } from './selectionOffsets';
import { UndoToast } from './UndoToast';
import { useArticleAnnotations } from './useArticleAnnotations';

export const HIGHLIGHTS_PAINTED_MARK = 'hamish:highlights-painted';
export const HIGHLIGHT_CREATE_MARK = 'hamish:highlight-create';
export const HIGHLIGHT_PERSISTED_MARK = 'hamish:highlight-persisted';

interface HighlightLayerProps {
  article: ArticleRow;
  doc: ArticleDoc;
  canonical: string;
  map: TextMap | null;
  body: HTMLElement | null;
  sidebarOpen: boolean;
  /** Where the reader is: keyboard selection starts at its first visible block. */
  readingPosition: RefObject<ReadingPosition | null>;
  /** Scrolls so the given canonical offset's block is at the top of the text area. */
  goTo: (offset: number) => void;
}

interface Pending extends PlacedHighlight {
  /** The stored id, once written: the pending copy goes when the live rows have it. */
  storedId?: string;
}

/** The catalog's wording of a failed write. */
const STORAGE_MESSAGES = {
  'storage-full': 'storage.full',
  closed: 'storage.closed',
  failed: 'storage.failed',
} as const satisfies Record<StorageFailure, string>;

export function HighlightLayer({
  article,
  doc,
  canonical,
  map,
  body,
  sidebarOpen,
  readingPosition,
  goTo,
}: HighlightLayerProps): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const rows = useArticleAnnotations(article.id);
  const lastColor = useLiveQuery(() => readSetting(db, 'lastHighlightColor'), [db]) ?? 'yellow';
  const [pending, setPending] = useState<Pending[]>([]);
  const [selection, setSelection] = useState<{ range: TextRange; rect: DOMRect } | null>(null);
  const [selected, setSelected] = useState<{ id: string; focusNote: boolean } | null>(null);
  const [undo, setUndo] = useState<{ message: string; run: () => Promise<void> } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [, setScrollTick] = useState(0);
  const temporaryIds = useRef(0);

  const placement = useMemo(
    () => (rows === undefined ? null : placeHighlights(rows.highlights, canonical, article.contentHash)),
    [rows, canonical, article.contentHash],
  );

  useEffect(() => {
    if (placement === null || placement.moved.length === 0) return;
    persistPlacement(db, placement.moved, canonical, article.contentHash, doc.extractionVersion).catch(
      (error: unknown) => console.warn('Could not store re-anchored highlights', error),
    );
  }, [db, placement, canonical, article.contentHash, doc.extractionVersion]);

  const storedIds = useMemo(() => new Set(rows?.highlights.map((row) => row.id) ?? []), [rows]);
  // A pending copy goes for good once its stored row has arrived (if it stayed, deleting the
  // stored row would bring the copy back). Adjusted during render, as React advises for state
  // that follows other data.
  const [seenStoredIds, setSeenStoredIds] = useState(storedIds);
  if (seenStoredIds !== storedIds) {
    setSeenStoredIds(storedIds);
    if (pending.some((item) => item.storedId !== undefined && storedIds.has(item.storedId))) {
      setPending(pending.filter((item) => item.storedId === undefined || !storedIds.has(item.storedId)));
    }
  }
  const visiblePending = useMemo(
    () => pending.filter((item) => item.storedId === undefined || !storedIds.has(item.storedId)),
    [pending, storedIds],
  );
  const all = useMemo(
    () => [...(placement?.placed ?? []), ...visiblePending].sort((a, b) => a.start - b.start || a.end - b.end),
    [placement, visiblePending],
  );
  const notesByHighlight = useMemo(() => {
    const byId = new Map<string, NonNullable<typeof rows>['notes'][number]>();
    for (const note of rows?.notes ?? [])
      if (note.highlightId !== null && !byId.has(note.highlightId)) byId.set(note.highlightId, note);
    return byId;
  }, [rows]);
  const articleNote = rows?.notes.find((note) => note.highlightId === null);
  const index = useMemo(
    () => new IntervalIndex(all.map((place) => ({ id: place.row.id, start: place.start, end: place.end }))),
    [all],
  );
  const selectedPlace = selected === null ? undefined : all.find((place) => place.row.id === selected.id);

  // Paint whenever what is shown changes (only the difference); the DOM of the article is never touched.
  const painter = useMemo(
    () => (map === null ? null : createHighlightPainter((start, end) => map.staticRangeFor(start, end))),
    [map],
  );
  useEffect(() => {
    if (painter === null) return;
    painter.sync(
      all.map((place) => ({
        id: place.row.id,
        start: place.start,
        end: place.end,
        color: place.row.color,
        hasNote: notesByHighlight.has(place.row.id),
      })),
      selected?.id ?? null,
    );
    performance.mark(HIGHLIGHTS_PAINTED_MARK);
  }, [painter, all, notesByHighlight, selected]);
  useEffect(() => () => painter?.clear(), [painter]);

  // Follow the text selection inside the article, one layout read per frame at most.
  useEffect(() => {
    if (map === null) return;
    let frame: number | undefined;
    const update = () => {
      frame = undefined;
      const current = window.getSelection();
      const range = selectionOffsets(current, map, canonical);
      setSelection(range === null ? null : { range, rect: current!.getRangeAt(0).getBoundingClientRect() });
      setScrollTick((tick) => tick + 1);
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(update);
    };
    document.addEventListener('selectionchange', schedule);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', schedule);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [map, canonical]);

  const report = useCallback((error: unknown) => setProblem(t(STORAGE_MESSAGES[storageFailureOf(error)])), [t]);

  const create = useCallback(
    async (color: HighlightColor, withNote: boolean) => {
      // The live selection first: the state copy is updated a frame later, and a quick H after
      // Shift+arrow must take what is selected now.
      const range =
        (map === null ? null : selectionOffsets(window.getSelection(), map, canonical)) ?? selection?.range ?? null;
      if (range === null) return;
      performance.mark(HIGHLIGHT_CREATE_MARK);
      const input: NewHighlight = {
        articleId: article.id,
        ...describeRange(canonical, range.start, range.end),
        color,
        contentHash: article.contentHash,
        extractionVersion: doc.extractionVersion,
      };
      temporaryIds.current += 1;
      const now = Date.now();
      const temporary: Pending = {
        row: { ...input, id: `pending-${temporaryIds.current}`, createdAt: now, updatedAt: now, deletedAt: null },
        start: range.start,
        end: range.end,
      };
      // Painted now, so the next frame shows it. Everything else waits until that frame is
      // drawn: the layer's re-render (interval index, markers, side panel), as a transition,
      // and the write with the live queries it wakes. The painter's next sync finds this
      // highlight already there and leaves it.
      painter?.add({ id: temporary.row.id, start: range.start, end: range.end, color, hasNote: false });
      performance.mark(HIGHLIGHTS_PAINTED_MARK);
      window.getSelection()?.removeAllRanges();
      await afterNextPaint();
      startTransition(() => {
        setPending((items) => [...items, temporary]);
        setSelection(null);
        setProblem(null);
      });
      try {
        const { highlight } = await addHighlight(db, input);
        performance.mark(HIGHLIGHT_PERSISTED_MARK);
        setPending((items) => items.map((item) => (item === temporary ? { ...item, storedId: highlight.id } : item)));
        if (withNote) setSelected({ id: highlight.id, focusNote: true });
        if (color !== lastColor) await writeSetting(db, 'lastHighlightColor', color);
      } catch (error) {
        setPending((items) => items.filter((item) => item !== temporary));
        report(error);
      }
    },
    [selection, map, painter, canonical, article.id, article.contentHash, doc.extractionVersion, db, lastColor, report],
  );

  const remove = useCallback(
    async (row: HighlightRow) => {
      try {
        const deletedAt = await deleteHighlight(db, row.id);
        setSelected(null);
        setUndo({ message: t('highlights.deleted'), run: () => restoreHighlight(db, row.id, deletedAt) });
      } catch (error) {
        report(error);
      }
    },
    [db, t, report],
  );

  const saveHighlightNote = useCallback(
    async (highlightId: string, text: string): Promise<boolean> => {
      const existing = notesByHighlight.get(highlightId);
      try {
        // Written by highlight, not by the note this screen last saw: a save right after another
        // must edit the note that one added (db/notes.ts, writeNote).
        if (text.trim() !== '') await writeNote(db, { articleId: article.id, highlightId, text });
        else if (existing !== undefined) {
          await deleteNote(db, existing.id);
          setUndo({ message: t('highlights.noteDeleted'), run: () => restoreNote(db, existing.id) });
        }
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [db, article.id, notesByHighlight, t, report],
  );

  const saveArticleNote = useCallback(
    async (text: string): Promise<boolean> => {
      try {
        if (articleNote !== undefined || text.trim() !== '')
          await writeNote(db, { articleId: article.id, highlightId: null, text });
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [db, article.id, articleNote, report],
  );

  const labels = useMarkdownLabels();

  const copy = useCallback(
    async (text: string) => {
      setProblem((await copyText(text)) ? null : t('highlights.copyFailed'));
    },
    [t],
  );

  // Clicking a highlight selects it (the narrowest one, where several overlap).
  useEffect(() => {
    if (body === null || map === null || painter === null) return;
    const onClick = (event: MouseEvent) => {
      const current = window.getSelection();
      if (current !== null && !current.isCollapsed) return;
      const hit = highlightsAtPoint(event.clientX, event.clientY, painter, map, index)[0];
      setSelected(hit === undefined || hit.id.startsWith('pending-') ? null : { id: hit.id, focusNote: false });
    };
    body.addEventListener('click', onClick);
    return () => body.removeEventListener('click', onClick);
  }, [body, map, painter, index]);

  // Keys (the selection's commands, which go before the reader's: Escape lets go of a chosen
  // highlight or the text selection before it leaves the article).
  // The live selection counts, not only the state copy a frame behind it.
  const selecting = () =>
    selection !== null || (map !== null && selectionOffsets(window.getSelection(), map, canonical) !== null);
  const extend = (event: KeyboardEvent) =>
    map !== null && body !== null && extendSelectionByKey(event, map, body, () => readingPosition.current?.offset ?? 0);
  useCommand('undo', () => {
    if (undo === null) return false;
    void undo.run().then(() => setUndo(null));
  });
  useCommand('extendSelection', extend);
  useCommand('extendSelectionByWord', extend);
  useCommand('highlight', () => {
    if (!selecting()) return false;
    void create(lastColor, false);
  });
  useCommand('highlightWithNote', () => {
    if (!selecting()) return false;
    void create(lastColor, true);
  });
  useCommand('dismissSelection', () => {
    if (selectedPlace !== undefined) setSelected(null);
    else if (selection !== null) window.getSelection()?.removeAllRanges();
    else return false;
  });
  useCommand('deleteHighlight', () => {
    if (selectedPlace === undefined) return false;
    void remove(selectedPlace.row);
  });

  const exportAs = (kind: 'md' | 'json') => {
    if (rows !== undefined)
      exportAnnotationsFile(
        [{ article, highlights: rows.highlights, notes: rows.notes }],
        kind,
        labels,
        t('highlights.exportLabel'),
        article.title,
      );
  };

  const editorRect =
    selectedPlace === undefined || map === null
      ? null
      : (map.rangeFor(selectedPlace.start, selectedPlace.end)?.getBoundingClientRect() ?? null);

  return (
    <>
      {selection !== null && selectedPlace === undefined && (
        <SelectionToolbar
          rect={selection.rect}
          onHighlight={(color) => void create(color, false)}
          onAddNote={() => void create(lastColor, true)}
          onCopy={() => void copy(canonical.slice(selection.range.start, selection.range.end))}
        />
      )}
      {selectedPlace !== undefined && editorRect !== null && (
        <HighlightEditor
          key={selectedPlace.row.id}
          rect={editorRect}
          color={selectedPlace.row.color}
          noteText={notesByHighlight.get(selectedPlace.row.id)?.text ?? ''}
          note={notesByHighlight.get(selectedPlace.row.id)}
          focusNote={selected?.focusNote ?? false}
          onColor={(color) =>
            void recolorHighlight(db, selectedPlace.row.id, color)
              .then(() => writeSetting(db, 'lastHighlightColor', color))
              .catch(report)
          }
          onSaveNote={(text) => saveHighlightNote(selectedPlace.row.id, text)}
          onCopy={() => {
            const markdown =
              rows === undefined
                ? null
                : highlightToMarkdown(
                    { article, highlights: rows.highlights, notes: rows.notes },
                    selectedPlace.row.id,
                    labels,
                  );
            if (markdown !== null) void copy(markdown);
          }}
          onDelete={() => void remove(selectedPlace.row)}
          onClose={() => setSelected(null)}
        />
      )}
      {map !== null && (
        <NoteMarkers
          map={map}
          places={all}
          notesByHighlight={notesByHighlight}
          onOpen={(id) => setSelected({ id, focusNote: true })}
        />
      )}
      {map !== null && <ScrollMarks map={map} places={all} onGo={(place) => goTo(place.start)} />}
      {sidebarOpen && placement !== null && (
        <HighlightsSidebar
          placed={all}
          orphans={placement.orphans}
          notesByHighlight={notesByHighlight}
          articleNote={articleNote}
          textOf={(place) => canonical.slice(place.start, place.end)}
          onGo={(place) => {
            goTo(place.start);
            setSelected({ id: place.row.id, focusNote: false });
          }}
          onSaveArticleNote={saveArticleNote}
          onDeleteOrphan={(row) => void remove(row)}
          onExportMarkdown={() => exportAs('md')}
          onExportJson={() => exportAs('json')}
        />
      )}
      {undo !== null && (
        <UndoToast
          message={undo.message}
          onUndo={() => void undo.run().then(() => setUndo(null))}
          onDismiss={() => setUndo(null)}
        />
      )}
      {problem !== null && (
        <p className="highlight-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
