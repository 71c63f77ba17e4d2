// A note's text box: saves as the user types (after a pause) and when it loses focus, in the
// direction the user writes (dir="auto"). The first keystroke on a highlight without a note
// creates the note; clearing the text deletes it.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const SAVE_PAUSE_MS = 400;

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
  const [draft, setDraft] = useState(text);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  const lastSaved = useRef(text);
  const latestDraft = useRef(text);

  // Follow changes from elsewhere (undo, another window) while the user is not editing.
  useEffect(() => {
    if (timer.current === undefined && text !== lastSaved.current) {
      lastSaved.current = text;
      latestDraft.current = text;
      setDraft(text);
    }
  }, [text]);

  // Saves run one after another: a pause in typing starts one, and a blur while it is still
  // being written must not start a second (it would add the note twice, the first write not yet
  // being in the live rows); it waits, and then has nothing left to save.
  const saving = useRef<Promise<void>>(Promise.resolve());
  function flush(): Promise<void> {
    if (timer.current !== undefined) window.clearTimeout(timer.current);
    timer.current = undefined;
    saving.current = saving.current.then(async () => {
      const value = latestDraft.current;
      if (value === lastSaved.current) return;
      const ok = await save(value);
      if (ok) lastSaved.current = value;
      setStatus(ok ? 'saved' : 'failed');
    });
    return saving.current;
  }

  // Whatever was typed is saved when the editor goes away, too.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => () => void flushRef.current(), []);

  return (
    <div className="note-editor">
      <textarea
        aria-label={label}
        placeholder={placeholder}
        dir="auto"
        rows={3}
        value={draft}
        autoFocus={autoFocus}
        onChange={(event) => {
          latestDraft.current = event.target.value;
          setDraft(event.target.value);
          setStatus('idle');
          if (timer.current !== undefined) window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void flush(), SAVE_PAUSE_MS);
        }}
        onBlur={() => void flush()}
      />
      <p className="note-editor-status" role="status">
        {status === 'saved' ? t('highlights.noteSaved') : status === 'failed' ? t('highlights.saveFailed') : ''}
      </p>
    </div>
  );
}
