// The reader's side panel: the note on the whole article, then every highlight in reading
// order with its quote and note (click to go there), a colour filter, the orphans that could
// not be placed in a changed text, and the exports.
//
// Opening it on an article with thousands of highlights must not hold the frame (the panel's
// toggle, docs/reader.md): the list draws its first screenful at once and the rest in idle
// slices after (useProgressiveCount), each item memoised so a change to one redraws only it.

import { memo, useId, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightColor, HighlightRow, NoteRow } from '../db/types';
import { HIGHLIGHT_COLORS } from '../shared/highlightColors';
import { NoteEditor } from './NoteEditor';
import { NoteOtherVersions } from './NoteOtherVersions';
import type { PlacedHighlight } from './placeHighlights';
import { useProgressiveCount } from './useProgressiveCount';

interface HighlightsSidebarProps {
  /** Beside the article (which narrows, margin.css) or over it, below the reader's toolbar at `top`. */
  mode: 'beside' | 'overlay';
  top: number;
  panelRef: RefObject<HTMLElement | null>;
  placed: readonly PlacedHighlight[];
  orphans: readonly HighlightRow[];
  notesByHighlight: ReadonlyMap<string, NoteRow>;
  articleNote: NoteRow | undefined;
  textOf: (place: PlacedHighlight) => string;
  onGo: (place: PlacedHighlight) => void;
  onSaveArticleNote: (text: string) => Promise<boolean>;
  onDeleteOrphan: (row: HighlightRow) => void;
  onExportMarkdown: () => void;
  onExportJson: () => void;
}

export function HighlightsSidebar({ panelRef, ...props }: HighlightsSidebarProps): ReactNode {
  const { t } = useTranslation();
  const filterId = useId();
  const [color, setColor] = useState<HighlightColor | 'all'>('all');
  const shown = color === 'all' ? props.placed : props.placed.filter((place) => place.row.color === color);
  const drawn = useProgressiveCount(props.placed.length);
  return (
    <aside
      ref={panelRef}
      className="highlights-sidebar"
      data-mode={props.mode}
      style={{ insetBlockStart: `${props.top}px` }}
      tabIndex={-1}
      aria-label={t('highlights.sidebar')}
    >
      <NoteEditor
        text={props.articleNote?.text ?? ''}
        label={t('highlights.articleNote')}
        placeholder={t('highlights.articleNotePlaceholder')}
        save={props.onSaveArticleNote}
      />
      <NoteOtherVersions note={props.articleNote} />
      <div className="highlights-sidebar-row">
        <label htmlFor={filterId}>{t('highlights.filterColor')}</label>
        <select
          id={filterId}
          value={color}
          onChange={(event) => setColor(event.target.value as HighlightColor | 'all')}
        >
          <option value="all">{t('highlights.filterAll')}</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {t(`colors.${color}`)}
            </option>
          ))}
        </select>
      </div>
      {props.placed.length === 0 && props.orphans.length === 0 && <p>{t('highlights.sidebarEmpty')}</p>}
      <ol className="highlights-list">
        {shown.slice(0, drawn).map((place) => (
          <HighlightItem
            key={place.row.id}
            place={place}
            text={props.textOf(place)}
            note={props.notesByHighlight.get(place.row.id)}
            onGo={props.onGo}
          />
        ))}
      </ol>
      {props.orphans.length > 0 && (
        <section className="highlights-orphans">
          <p>{t('highlights.orphans', { count: props.orphans.length })}</p>
          <ul>
            {props.orphans.map((row) => (
              <li key={row.id} className={`highlights-item highlight-edge-${row.color}`}>
                <blockquote dir="auto">{row.exact}</blockquote>
                {props.notesByHighlight.get(row.id) !== undefined && (
                  <p dir="auto">{props.notesByHighlight.get(row.id)!.text}</p>
                )}
                <p className="highlights-hint">{t('highlights.orphanHint')}</p>
                <button type="button" onClick={() => props.onDeleteOrphan(row)}>
                  {t('highlights.deleteHighlight')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="highlights-sidebar-row">
        <button type="button" onClick={props.onExportMarkdown}>
          {t('highlights.exportMarkdown')}
        </button>
        <button type="button" onClick={props.onExportJson}>
          {t('highlights.exportJson')}
        </button>
      </div>
    </aside>
  );
}

interface HighlightItemProps {
  place: PlacedHighlight;
  text: string;
  note: NoteRow | undefined;
  onGo: (place: PlacedHighlight) => void;
}

const HighlightItem = memo(function HighlightItem({ place, text, note, onGo }: HighlightItemProps): ReactNode {
  return (
    <li className={`highlights-item highlight-edge-${place.row.color}`}>
      <button type="button" className="highlights-quote" dir="auto" onClick={() => onGo(place)}>
        {text}
      </button>
      {note !== undefined && (
        <p className="highlights-note" dir="auto">
          {note.text}
        </p>
      )}
      {/* Only a note with other devices' versions has anything to show there. */}
      {(note?.otherVersions?.length ?? 0) > 0 && <NoteOtherVersions note={note} />}
    </li>
  );
});
