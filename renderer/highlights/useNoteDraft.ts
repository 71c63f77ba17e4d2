// A note's text while it is being written, saved after a pause in typing, when the box loses
// focus and when it goes away; it follows the stored text (undo, another window) while the user
// is not editing. Shared by the highlight's editor (NoteEditor) and the margin notes, so both
// write through the same path with the same ordering.

import { useEffect, useRef, useState } from 'react';

const SAVE_PAUSE_MS = 400;

export type SaveStatus = 'idle' | 'saved' | 'failed';

export interface NoteDraft {
  readonly draft: string;
  readonly status: SaveStatus;
  /** The user typed: keep the text and save it after a pause. */
  change(text: string): void;
  /** Save now (on blur): whatever is still unsaved. */
  flush(): Promise<void>;
}

/** `save` persists the text and resolves false when it could not be saved. */
export function useNoteDraft(text: string, save: (text: string) => Promise<boolean>): NoteDraft {
  const [draft, setDraft] = useState(text);
  const [status, setStatus] = useState<SaveStatus>('idle');
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

  // Whatever was typed is saved when the box goes away, too.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => () => void flushRef.current(), []);

  function change(value: string) {
    latestDraft.current = value;
    setDraft(value);
    setStatus('idle');
    if (timer.current !== undefined) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), SAVE_PAUSE_MS);
  }

  return { draft, status, change, flush };
}
