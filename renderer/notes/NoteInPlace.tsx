// A note in the Notes view, edited where it stands: "Edit note" (or "Add note" on a highlight
// without one) turns the text into a text box. Save, Ctrl/⌘+Enter, or moving the focus out of
// the box saves; Cancel or Esc puts the text back as it was. A text emptied and saved deletes
// the note (the view offers Undo). When a save fails the box stays open with the text in it.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '../db/types';

export type NoteSaveOutcome = 'saved' | 'deleted' | 'failed' | 'highlight-gone';

export interface NoteNames {
  /** The Edit button's name, with the quote or title in it. */
  edit: string;
  /** The Add button's name (a highlight without a note). */
  add: string;
  /** The text box's name. */
  box: string;
}

interface NoteInPlaceProps {
  note: NoteRow | null;
  names: NoteNames;
  save: (text: string) => Promise<NoteSaveOutcome>;
}

export function NoteInPlace({ note, names, save }: NoteInPlaceProps): ReactNode {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<'failed' | 'highlight-gone' | null>(null);
  const saving = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusBack = useRef(false);
  const editing = draft !== null;

  // After Save, Cancel or Esc the focus goes back to the Edit button, not to the page's start.
  useEffect(() => {
    if (!editing && focusBack.current) {
      focusBack.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  function close(returnFocus: boolean): void {
    focusBack.current = returnFocus;
    setProblem(null);
    setDraft(null);
  }

  async function commit(returnFocus: boolean): Promise<void> {
    if (draft === null || saving.current) return;
    if (draft === (note?.text ?? '')) {
      close(returnFocus);
      return;
    }
    saving.current = true;
    const outcome = await save(draft);
    saving.current = false;
    if (outcome === 'failed' || outcome === 'highlight-gone') setProblem(outcome);
    else close(returnFocus);
  }

  if (!editing) {
    return (
      <>
        {note !== null && (
          <p className="notes-item-note" dir="auto">
            {note.text}
          </p>
        )}
        <button
          ref={editButton}
          type="button"
          className="notes-item-edit"
          aria-label={note === null ? names.add : names.edit}
          onClick={() => {
            setProblem(null);
            setDraft(note?.text ?? '');
          }}
        >
          {note === null ? t('notes.addNote') : t('notes.editNote')}
        </button>
      </>
    );
  }

  return (
    <form
      className="notes-note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void commit(true);
      }}
      onBlur={(event) => {
        // Leaving the editor altogether keeps what was typed, as the reader's note box does.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void commit(false);
      }}
      onKeyDown={(event) => {
        if (event.nativeEvent.isComposing) return;
        if (event.code === 'Escape') {
          event.preventDefault();
          close(true);
        } else if ((event.code === 'Enter' || event.code === 'NumpadEnter') && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void commit(true);
        }
      }}
    >
      <textarea
        aria-label={names.box}
        dir="auto"
        rows={3}
        autoFocus
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
      />
      <div className="notes-note-actions">
        <button type="submit">{t('notes.save')}</button>
        <button type="button" onClick={() => close(true)}>
          {t('notes.cancel')}
        </button>
      </div>
      {problem !== null && (
        <p className="notes-problem" role="alert">
          {problem === 'failed' ? t('notes.saveFailed') : t('notes.highlightGone')}
        </p>
      )}
    </form>
  );
}
