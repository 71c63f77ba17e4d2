// Many user actions fired at once, as fast as a script can: even actions make a highlight with
// its note (two rows, one transaction), odd ones a note on the whole article, and every tenth
// deletes an earlier highlight together with its notes. Each row says which action made it, so
// after an interrupted run a test can check that every action is there whole or not at all.

import type { HamishDb } from '../../renderer/db/HamishDb';
import { addHighlight, deleteHighlight } from '../../renderer/db/highlights';
import { addNote } from '../../renderer/db/notes';

export interface RapidWriteProgress {
  started: number;
  committed: number;
  failed: number;
}

export const noteTextFor = (action: number) => `note for action ${action} `.repeat(8).trim();
export const quoteFor = (action: number) => `action ${action}`;

export function startRapidWrites(db: HamishDb, articleId: string, actions: number): RapidWriteProgress {
  const progress: RapidWriteProgress = { started: 0, committed: 0, failed: 0 };
  const made: string[] = [];
  // A write returns a Result (db/storageErrors.ts): a failure resolves with ok false.
  const settle = (write: Promise<{ ok: boolean }>) =>
    void write.then(
      (result) => (result.ok ? (progress.committed += 1) : (progress.failed += 1)),
      () => (progress.failed += 1),
    );
  void (async () => {
    for (let action = 0; action < actions; action += 1) {
      progress.started += 1;
      if (action % 10 === 9) {
        // Ten actions at a time are fired; yielding after each ten lets earlier ones commit, so
        // there are highlights to delete.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (action % 10 === 9 && made.length > 0) {
        settle(deleteHighlight(db, made.splice(Math.floor(made.length / 2), 1)[0]!));
      } else if (action % 2 === 0) {
        const quote = quoteFor(action);
        settle(
          addHighlight(
            db,
            {
              articleId,
              start: action,
              end: action + quote.length,
              exact: quote,
              prefix: '',
              suffix: '',
              color: 'yellow',
              contentHash: 'h',
              extractionVersion: 1,
            },
            noteTextFor(action),
          ).then((result) => {
            if (result.ok) made.push(result.value.highlight.id);
            return result;
          }),
        );
      } else {
        settle(addNote(db, { articleId, highlightId: null, text: noteTextFor(action) }));
      }
    }
  })();
  return progress;
}
