// The panel for one highlight the user clicked: change its colour, write its note, copy it as
// Markdown, or delete it (undoable).

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightColor, NoteRow } from '../db/types';
import { ColorButtons } from './ColorButtons';
import { floatingStyle } from './floatingPosition';
import { NoteEditor } from './NoteEditor';
import { NoteOtherVersions } from './NoteOtherVersions';

interface HighlightEditorProps {
  rect: DOMRect;
  color: HighlightColor;
  noteText: string;
  /** The stored note, when there is one (its other versions are shown beside it). */
  note?: NoteRow | undefined;
  focusNote: boolean;
  onColor: (color: HighlightColor) => void;
  onSaveNote: (text: string) => Promise<boolean>;
  onCopy: () => void;
  onDelete: () => void;
  onClose: () => void;
}

export function HighlightEditor(props: HighlightEditorProps): ReactNode {
  const { t } = useTranslation();
  const direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  return (
    <div
      role="dialog"
      aria-label={t('highlights.editorLabel')}
      className="highlight-editor"
      style={floatingStyle(props.rect, direction, 200, 340)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onClose();
        }
      }}
    >
      <div className="highlight-editor-row">
        <ColorButtons current={props.color} onChoose={props.onColor} />
      </div>
      <NoteEditor
        text={props.noteText}
        label={t('highlights.note')}
        placeholder={t('highlights.notePlaceholder')}
        autoFocus={props.focusNote}
        save={props.onSaveNote}
      />
      <NoteOtherVersions note={props.note} />
      <div className="highlight-editor-row">
        <button type="button" onClick={props.onCopy}>
          {t('highlights.copy')}
        </button>
        <button type="button" onClick={props.onDelete}>
          {t('highlights.deleteHighlight')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('highlights.close')}
        </button>
      </div>
    </div>
  );
}
