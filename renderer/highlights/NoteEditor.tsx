// A note's text box: saves as the user types (after a pause) and when it loses focus, in the
// direction the user writes (dir="auto"). The first keystroke on a highlight without a note
// creates the note; clearing the text deletes it. The saving itself is useNoteDraft.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoteDraft } from './useNoteDraft';

interface NoteEditorProps {
  /** The stored text (from the live query). */
  text: string;
  label: string;
  placeholder: string;
  autoFocus?: boolean;
  /** Persists the text; resolves false when it could not be saved. */
  save: (text: string) => Promise<boolean>;
}

export function NoteEditor({ text, label, placeholder, autoFocus = false, save }: NoteEditorProps): ReactNode {
  const { t } = useTranslation();
  const { draft, status, change, flush } = useNoteDraft(text, save);
  return (
    <div className="note-editor">
      <textarea
        aria-label={label}
        placeholder={placeholder}
        dir="auto"
        rows={3}
        value={draft}
        autoFocus={autoFocus}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
      />
      <p className="note-editor-status" role="status">
        {status === 'saved' ? t('highlights.noteSaved') : status === 'failed' ? t('highlights.saveFailed') : ''}
      </p>
    </div>
  );
}
