// The library's writes as the view needs them: one row's archive, delete and tags, the same for
// a selection of rows (bulkActions.ts), the one deletion the undo bar and Ctrl/⌘+Z can take
// back (one article, or a whole bulk deletion as one action), progress for bulk work that runs
// past a second, and the message when a write failed (stored data is then as it was).

import { useEffect, useMemo, useState } from 'react';
import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow } from '../db/types';
import { storageFailureOf } from '../db/storageErrors';
import { MAX_TAGS } from '../shared/tags';
import type { ArticleActions } from './ArticleListItem';
import {
  bulkAddTags,
  bulkSetArchived,
  bulkSoftDelete,
  TooManyTagsError,
  undoBulkDelete,
  type BulkDeletion,
  type Progress,
} from './bulkActions';
import { addTags, removeTag, setArchived, softDelete, undoDelete } from './libraryActions';

/** Progress is shown for bulk work still running after this long. */
export const PROGRESS_AFTER_MS = 1000;

/** What the undo bar (and Ctrl/⌘+Z) would take back. */
export type Undoable = { kind: 'one'; article: ArticleRow } | { kind: 'many'; deletion: BulkDeletion };

export type BulkKind = 'archive' | 'unarchive' | 'delete' | 'tag' | 'undo';

export interface BulkProgress {
  readonly kind: BulkKind;
  readonly done: number;
  readonly total: number;
}

/** Why the last write failed, as the view words it; null when it did not. */
export type Failure =
  { kind: 'one' } | { kind: 'bulk'; full: boolean } | { kind: 'too-many-tags'; title: string; max: number };

export interface LibraryChanges {
  /** One row's actions. */
  readonly actions: ArticleActions;
  archiveMany(ids: readonly string[], archived: boolean): Promise<boolean>;
  /** Deletes the rows as one undoable action. */
  deleteMany(ids: readonly string[]): Promise<boolean>;
  tagMany(ids: readonly string[], tags: readonly string[]): Promise<boolean>;
  readonly undoable: Undoable | null;
  /** Takes back the last deletion; resolves to the ids brought back (empty when it failed). */
  undo(): Promise<string[]>;
  dismissUndo(): void;
  /** Bulk work under way and past PROGRESS_AFTER_MS; null otherwise. */
  readonly progress: BulkProgress | null;
  /** Whether bulk work is under way (the selection's buttons wait for it). */
  readonly busy: boolean;
  readonly failure: Failure | null;
}

export function useLibraryChanges(db: HamishDb): LibraryChanges {
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [running, setRunning] = useState<BulkProgress | null>(null);
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    if (running === null) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
    // Armed once per piece of work, not on every chunk's progress.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running === null]);

  /** Runs one bulk write; a failure is shown, and then nothing was changed (one transaction). */
  async function bulk<T>(kind: BulkKind, total: number, work: (onProgress: Progress) => Promise<T>): Promise<T | null> {
    setFailure(null);
    setRunning({ kind, done: 0, total });
    try {
      return await work((done) => setRunning({ kind, done, total }));
    } catch (error) {
      console.error(`Library ${kind} of ${total} articles failed`, error);
      setFailure(
        error instanceof TooManyTagsError
          ? { kind: 'too-many-tags', title: error.title, max: MAX_TAGS }
          : { kind: 'bulk', full: storageFailureOf(error) === 'storage-full' },
      );
      return null;
    } finally {
      setRunning(null);
      setSlow(false);
    }
  }

  const actions = useMemo<ArticleActions>(() => {
    const attempt = (work: Promise<void>) => {
      setFailure(null);
      work.catch((error: unknown) => {
        console.error('Library change failed', error);
        setFailure({ kind: 'one' });
      });
    };
    return {
      archive: (article, archived) => attempt(setArchived(db, article.id, archived)),
      remove: (article) => {
        setUndoable({ kind: 'one', article });
        attempt(softDelete(db, article.id));
      },
      addTags: (article, added) => attempt(addTags(db, article.id, added)),
      removeTag: (article, removed) => attempt(removeTag(db, article.id, removed)),
    };
  }, [db]);

  return {
    actions,
    async archiveMany(ids, archived) {
      const kind = archived ? 'archive' : 'unarchive';
      return (await bulk(kind, ids.length, (onProgress) => bulkSetArchived(db, ids, archived, onProgress))) !== null;
    },
    async deleteMany(ids) {
      const deletion = await bulk('delete', ids.length, (onProgress) => bulkSoftDelete(db, ids, onProgress));
      if (deletion === null) return false;
      setUndoable({ kind: 'many', deletion });
      return true;
    },
    async tagMany(ids, tags) {
      return (await bulk('tag', ids.length, (onProgress) => bulkAddTags(db, ids, tags, onProgress))) !== null;
    },
    undoable,
    async undo() {
      if (undoable === null) return [];
      setUndoable(null);
      if (undoable.kind === 'one') {
        try {
          await undoDelete(db, undoable.article.id);
          return [undoable.article.id];
        } catch (error) {
          console.error('Undo failed', error);
          setFailure({ kind: 'one' });
          return [];
        }
      }
      const { deletion } = undoable;
      const back = await bulk('undo', deletion.ids.length, (onProgress) => undoBulkDelete(db, deletion, onProgress));
      // Failed: the deletion stays, and can still be taken back.
      if (back === null) setUndoable(undoable);
      return back ?? [];
    },
    dismissUndo: () => setUndoable(null),
    progress: slow ? running : null,
    busy: running !== null,
    failure,
  };
}
