// What the library says about its writes: progress of bulk work running past a second, the
// message when a write failed (nothing was changed then), and the undo bar for the last
// deletion — one article, or a bulk deletion taken back as one action.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VALUE_PLACE, WithIsolated } from '../i18n/WithIsolated';
import type { BulkKind, LibraryChanges } from './useLibraryChanges';

const PROGRESS_KEY = {
  archive: 'library.progressArchive',
  unarchive: 'library.progressUnarchive',
  delete: 'library.progressDelete',
  tag: 'library.progressTag',
  undo: 'library.progressUndo',
} as const satisfies Record<BulkKind, string>;

export function LibraryStatus({ changes, onUndo }: { changes: LibraryChanges; onUndo: () => void }): ReactNode {
  const { t } = useTranslation();
  const { progress, failure, undoable } = changes;
  return (
    <>
      {progress !== null && (
        <div className="library-progress">
          <label>
            {t(PROGRESS_KEY[progress.kind], { done: progress.done, total: progress.total })}
            <progress max={progress.total} value={progress.done} />
          </label>
        </div>
      )}
      {failure !== null && (
        <p role="alert">
          {failure.kind === 'one'
            ? t('library.actionFailed')
            : failure.kind === 'too-many-tags'
              ? t('library.bulkTooManyTags', { title: `\u2068${failure.title}\u2069`, max: failure.max })
              : t(failure.full ? 'library.bulkFailedFull' : 'library.bulkFailed')}
        </p>
      )}
      {undoable !== null && (
        <div className="undo-bar" role="status">
          <span>
            {undoable.kind === 'one' ? (
              <WithIsolated message={t('library.deleted', { title: VALUE_PLACE })} value={undoable.article.title} />
            ) : (
              t('library.deletedMany', { count: undoable.deletion.ids.length })
            )}
          </span>
          <button type="button" onClick={onUndo} disabled={changes.busy}>
            {t('library.undo')}
          </button>
          <button type="button" onClick={changes.dismissUndo}>
            {t('library.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
