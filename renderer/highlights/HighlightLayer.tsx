// Highlights and notes in the reader, mounted by app/ inside it and drawing on the article's
// text surface (document/surface.ts). This component only composes; each job has its module:
// where the highlights are (usePlacedHighlights, usePendingHighlights), painting them
// (useHighlightPainting), following the text selection (useTextSelection), making and changing
// them with undo (useHighlightActions), clicking one (useHighlightClick), the keyboard
// (useHighlightCommands), labels for screen readers (useHighlightLabels), and the toolbar, editor, margin markers, scroll marks and side panel.

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useShortcutTitle } from '../commands/shortcutText';
import { readSetting } from '../db/settings';
import type { ArticleRow } from '../db/types';
import { useSurface, type TextSurface } from '../document/surface';
import { exportAnnotationsFile, useMarkdownLabels } from '../exports/exportFiles';
import { highlightToMarkdown } from '../exports/exportMarkdown';
import { useServices } from '../platform/services';
import { HighlightAnnouncer } from './HighlightAnnouncer';
import { HighlightEditor } from './HighlightEditor';
import { HighlightsSidebar } from './HighlightsSidebar';
import { IntervalIndex } from './intervalIndex';
import type { PlacedHighlight } from './placeHighlights';
import { MarginNotes } from './margin/MarginNotes';
import './margin/margin.css';
import { useHighlightsPanel } from './margin/useHighlightsPanel';
import { NoteMarkers } from './NoteMarkers';
import { ScrollMarks } from './ScrollMarks';
import { SelectionToolbar } from './SelectionToolbar';
import { UndoToast } from './UndoToast';
import { useHighlightActions } from './useHighlightActions';
import { useHighlightClick } from './useHighlightClick';
import { useHighlightCommands } from './useHighlightCommands';
import { useHighlightLabels } from './useHighlightLabels';
import { useHighlightPainting } from './useHighlightPainting';
import { usePendingHighlights } from './usePendingHighlights';
import { usePlacedHighlights } from './usePlacedHighlights';
import { useTextSelection } from './useTextSelection';
import { Icon } from '../shared/Icon';

export function HighlightLayer({ article }: { article: ArticleRow }): ReactNode {
  const surface = useSurface();
  // The reader mounts its consumers once the article is rendered; until then there is nothing to draw on.
  return surface === null ? null : <Highlights article={article} surface={surface} />;
}

interface Choice {
  id: string;
  /** Open the chosen highlight's editor with the focus in its note. */
  focusNote: boolean;
}

function Highlights({ article, surface }: { article: ArticleRow; surface: TextSurface }): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const { map, canonical } = surface;
  const lastColor = useLiveQuery(() => readSetting(db, 'lastHighlightColor'), [db]) ?? 'yellow';
  const [chosen, choose] = useState<Choice | null>(null);
  const { open: panelOpen, layout, top: panelTop, toggleRef, panelRef, toggle, close } = useHighlightsPanel(surface);
  const labels = useMarkdownLabels();
  const toggleTitle = useShortcutTitle('toggleHighlightsPanel');

  const { rows, placement, notesByHighlight, articleNote } = usePlacedHighlights(article, surface);
  const storedIds = useMemo(() => new Set(rows?.highlights.map((row) => row.id) ?? []), [rows]);
  const pending = usePendingHighlights(storedIds);
  const all = useMemo(
    () => [...(placement?.placed ?? []), ...pending.visible].sort((a, b) => a.start - b.start || a.end - b.end),
    [placement, pending.visible],
  );
  const index = useMemo(
    () => new IntervalIndex(all.map((place) => ({ id: place.row.id, start: place.start, end: place.end }))),
    [all],
  );
  const chosenPlace = chosen === null ? undefined : all.find((place) => place.row.id === chosen.id);

  const painter = useHighlightPainting(surface, all, notesByHighlight, chosen?.id ?? null, placement !== null);
  const selection = useTextSelection(surface);
  const actions = useHighlightActions({
    article,
    surface,
    painter,
    selection,
    pending,
    notesByHighlight,
    articleNote,
    lastColor,
    choose,
  });
  useHighlightClick(surface, painter, index, choose);
  useHighlightCommands(surface, selection, chosenPlace?.row, actions, lastColor, choose);
  useHighlightLabels(surface, all, notesByHighlight);

  const annotations = rows === undefined ? null : { article, highlights: rows.highlights, notes: rows.notes };
  const exportAs = (kind: 'md' | 'json') => {
    if (annotations !== null)
      exportAnnotationsFile([annotations], kind, labels, t('highlights.exportLabel'), article.title);
  };
  // Stable, so the panel's memoised items are not redrawn when anything else here changes.
  const panelTextOf = useCallback((place: PlacedHighlight) => canonical.slice(place.start, place.end), [canonical]);
  const goFromPanel = useCallback(
    (place: PlacedHighlight) => {
      surface.goTo(place.start);
      choose({ id: place.row.id, focusNote: false });
    },
    [surface],
  );
  const editorRect =
    chosenPlace === undefined
      ? null
      : (map.rangeFor(chosenPlace.start, chosenPlace.end)?.getBoundingClientRect() ?? null);
  const current = selection.current;

  return (
    <>
      {surface.toolbar !== null &&
        createPortal(
          <button
            ref={toggleRef}
            type="button"
            className="reader-highlights-toggle with-icon"
            title={toggleTitle}
            aria-expanded={panelOpen}
            onClick={toggle}
          >
            <Icon name="highlights" />
            {t('highlights.sidebarToggle')}
          </button>,
          surface.toolbar,
        )}
      {current !== null && chosenPlace === undefined && (
        <SelectionToolbar
          rect={current.rect}
          onHighlight={(color) => void actions.create(color, false)}
          onAddNote={() => void actions.create(lastColor, true)}
          onCopy={() => void actions.copy(canonical.slice(current.range.start, current.range.end))}
        />
      )}
      {chosenPlace !== undefined && editorRect !== null && (
        <HighlightEditor
          key={chosenPlace.row.id}
          rect={editorRect}
          color={chosenPlace.row.color}
          noteText={notesByHighlight.get(chosenPlace.row.id)?.text ?? ''}
          note={notesByHighlight.get(chosenPlace.row.id)}
          focusNote={chosen?.focusNote ?? false}
          onColor={(color) => void actions.recolor(chosenPlace.row.id, color)}
          onSaveNote={(text) => actions.saveHighlightNote(chosenPlace.row.id, text)}
          onCopy={() => {
            const markdown = annotations === null ? null : highlightToMarkdown(annotations, chosenPlace.row.id, labels);
            if (markdown !== null) void actions.copy(markdown);
          }}
          onDelete={() => void actions.remove(chosenPlace.row)}
          onClose={() => choose(null)}
        />
      )}
      <HighlightAnnouncer
        surface={surface}
        index={index}
        places={all}
        notesByHighlight={notesByHighlight}
        chosenId={chosen?.id ?? null}
      />
      {layout.notes === 'margin' ? (
        <MarginNotes
          surface={surface}
          places={all}
          notesByHighlight={notesByHighlight}
          layoutKey={`${panelOpen}:${layout.panel}`}
          onSave={actions.saveHighlightNote}
        />
      ) : (
        <NoteMarkers
          surface={surface}
          places={all}
          notesByHighlight={notesByHighlight}
          layoutKey={`${panelOpen}:${layout.panel}`}
          onOpen={(id) => choose({ id, focusNote: true })}
        />
      )}
      <ScrollMarks map={map} places={all} onGo={(place) => surface.goTo(place.start)} />
      {panelOpen && layout.panel === 'overlay' && (
        <div className="highlights-backdrop" aria-hidden="true" onClick={close} />
      )}
      {panelOpen && placement !== null && (
        <HighlightsSidebar
          mode={layout.panel}
          top={panelTop}
          panelRef={panelRef}
          placed={all}
          orphans={placement.orphans}
          notesByHighlight={notesByHighlight}
          articleNote={articleNote}
          textOf={panelTextOf}
          onGo={goFromPanel}
          onSaveArticleNote={actions.saveArticleNote}
          onDeleteOrphan={(row) => void actions.remove(row)}
          onExportMarkdown={() => exportAs('md')}
          onExportJson={() => exportAs('json')}
        />
      )}
      {actions.undo !== null && (
        <UndoToast message={actions.undo.message} onUndo={actions.runUndo} onDismiss={actions.dismissUndo} />
      )}
      {actions.problem !== null && (
        <p className="highlight-problem" role="alert">
          {actions.problem}
        </p>
      )}
    </>
  );
}
