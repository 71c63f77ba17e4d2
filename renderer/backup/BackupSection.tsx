// Settings → Backups: export the library to a file, restore one (after checking all of it,
// merging — after a summary of what the merge will do — or, once confirmed, replacing), and the
// list of automatic backups.

import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutomaticBackupInfo } from '../../electron/common/backups';
import type { BackupFileError } from '../../electron/common/ipc';
import type { Result } from '../../electron/common/result';
import { storageFailureOf } from '../db/storageErrors';
import { useServices } from '../platform/services';
import type { RestoreMode, RestoreSummary } from './applyBackup';
import { saveAutomaticBackup } from './automaticBackups';
import { AutomaticBackupList } from './AutomaticBackupList';
import { suggestedBackupFileName } from './backupFormat';
import { restoreErrorMessageKey, type RestoreError } from './backupMessages';
import { exportBackup } from './exportBackup';
import type { MergePreview } from './mergeOutcomes';
import type { ParsedBackup, ReadPhase } from './readBackup';
import { RestoreSummaryDialog } from './RestoreSummaryDialog';

type Task =
  | { kind: 'idle' }
  | { kind: 'exporting'; done: number; total: number }
  | { kind: 'restoring'; phase: ReadPhase | 'comparing' | 'writing' | 'safety-copy' }
  | { kind: 'review'; backup: ParsedBackup; confirmReplace: boolean }
  | { kind: 'summary'; backup: ParsedBackup; preview: MergePreview };

type Message = { kind: 'status' | 'alert'; text: string } | null;

const PHASE_KEYS = {
  reading: 'backup.reading',
  checking: 'backup.checking',
  upgrading: 'backup.upgrading',
  comparing: 'backup.comparing',
  writing: 'backup.writing',
  'safety-copy': 'backup.savingSafetyCopy',
} as const;

/** `active`: the section is on screen (the Settings dialog is open); the list is read then. */
export function BackupSection({ active }: { active: boolean }): ReactNode {
  const { db, platform } = useServices();
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [task, setTask] = useState<Task>({ kind: 'idle' });
  const [message, setMessage] = useState<Message>(null);
  const [automatic, setAutomatic] = useState<Result<readonly AutomaticBackupInfo[], BackupFileError> | null>(null);
  const busy = task.kind === 'exporting' || task.kind === 'restoring';

  const refreshAutomatic = useCallback(() => {
    void platform.listAutomaticBackups().then(setAutomatic);
  }, [platform]);
  useEffect(() => {
    if (active) refreshAutomatic();
  }, [active, refreshAutomatic]);

  const formatDate = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  const fail = (error: RestoreError, detail?: string) => {
    setTask({ kind: 'idle' });
    setMessage({ kind: 'alert', text: t(restoreErrorMessageKey(error), { detail: detail ?? '' }) });
  };

  async function exportLibrary() {
    setMessage(null);
    setTask({ kind: 'exporting', done: 0, total: 0 });
    try {
      const blob = await exportBackup(db, {
        onProgress: ({ done, total }) => setTask({ kind: 'exporting', done, total }),
      });
      const saved = await platform.saveBackupFile(blob, suggestedBackupFileName(new Date()));
      setMessage(
        saved.ok
          ? { kind: 'status', text: t(saved.value === 'saved' ? 'backup.exportSaved' : 'backup.exportCanceled') }
          : { kind: 'alert', text: t('backup.exportFailed') },
      );
    } catch (error) {
      console.error('Export failed', error);
      setMessage({ kind: 'alert', text: t('backup.exportFailed') });
    }
    setTask({ kind: 'idle' });
  }

  /** Reads and checks a backup from wherever `load` gets it; nothing is written yet. */
  async function startRestore(load: () => Promise<Result<Blob | null, BackupFileError>>) {
    setMessage(null);
    const loaded = await load();
    if (!loaded.ok) return fail(loaded.error, loaded.detail);
    if (loaded.value === null) return;
    setTask({ kind: 'restoring', phase: 'reading' });
    // The checking code (zod and the row schemas) loads on first use, not at start-up.
    const { readBackup } = await import('./readBackup');
    const parsed = await readBackup(loaded.value, (phase) => setTask({ kind: 'restoring', phase }));
    if (!parsed.ok) return fail(parsed.error, parsed.detail);
    setTask({ kind: 'review', backup: parsed.value, confirmReplace: false });
  }

  /** Before a merge: the summary of what it will do, read from the library as it is now. */
  async function summarizeMerge(backup: ParsedBackup) {
    setTask({ kind: 'restoring', phase: 'comparing' });
    const { previewMerge } = await import('./mergePlan');
    try {
      setTask({ kind: 'summary', backup, preview: await previewMerge(db, backup) });
    } catch (error) {
      fail(storageFailureOf(error), String(error));
    }
  }

  async function finishRestore(backup: ParsedBackup, mode: RestoreMode, bringBackDeleted = true) {
    if (mode === 'replace') {
      setTask({ kind: 'restoring', phase: 'safety-copy' });
      const copy = await saveAutomaticBackup(db, platform, 'pre-restore');
      if (!copy.ok) return fail('safety-copy-failed');
    }
    setTask({ kind: 'restoring', phase: 'writing' });
    const { applyBackup } = await import('./applyBackup');
    const applied = await applyBackup(db, backup, mode, { bringBackDeleted });
    if (!applied.ok) return fail(applied.error, applied.detail);
    setTask({ kind: 'idle' });
    setMessage({ kind: 'status', text: mode === 'replace' ? t('backup.replaced') : mergedMessage(applied.value) });
    refreshAutomatic();
  }

  /** What a merge did, in words: never "up to date" while something was left out. */
  function mergedMessage(summary: RestoreSummary): string {
    const items = (counts: Record<string, number>) => counts['articles']! + counts['highlights']! + counts['notes']!;
    const changed = items(summary.written) + items(summary.broughtBack);
    const leftDeleted = items(summary.leftDeleted);
    if (changed === 0 && leftDeleted === 0) return t('backup.mergedNothing');
    const done = changed === 0 ? t('backup.mergedNone') : t('backup.mergedChanged', { count: changed });
    return leftDeleted === 0 ? done : `${done} ${t('backup.leftDeleted', { count: leftDeleted })}`;
  }

  return (
    <section className="backup" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('backup.heading')}</h3>
      <p className="backup-intro">{t('backup.intro')}</p>
      <div className="backup-actions">
        <button type="button" disabled={busy} onClick={() => void exportLibrary()}>
          {t('backup.export')}
        </button>
        <button type="button" disabled={busy} onClick={() => void startRestore(() => platform.openBackupFile())}>
          {t('backup.restore')}
        </button>
      </div>

      {task.kind === 'exporting' && (
        <div className="backup-progress">
          <progress aria-label={t('backup.exportProgress')} value={task.done} max={Math.max(task.total, 1)} />
          <span role="status">
            {t('backup.exporting', { percent: task.total === 0 ? 0 : Math.round((100 * task.done) / task.total) })}
          </span>
        </div>
      )}
      {task.kind === 'restoring' && (
        <div className="backup-progress">
          <progress aria-label={t('backup.restoreProgress')} />
          <span role="status">{t(PHASE_KEYS[task.phase])}</span>
        </div>
      )}
      {task.kind === 'review' && (
        <RestoreReview
          backup={task.backup}
          confirmReplace={task.confirmReplace}
          formatDate={formatDate}
          onMerge={() => void summarizeMerge(task.backup)}
          onAskReplace={() => setTask({ ...task, confirmReplace: true })}
          onReplace={() => void finishRestore(task.backup, 'replace')}
          onCancel={() => setTask({ kind: 'idle' })}
        />
      )}
      {task.kind === 'summary' && (
        <RestoreSummaryDialog
          preview={task.preview}
          onMerge={(bringBack) => void finishRestore(task.backup, 'merge', bringBack)}
          onCancel={() => setTask({ kind: 'idle' })}
        />
      )}
      {message !== null && (
        <p className={`backup-message backup-message-${message.kind}`} role={message.kind}>
          {message.text}
        </p>
      )}

      <AutomaticBackupList
        backups={automatic}
        place={platform.automaticBackupPlace}
        disabled={busy}
        formatDate={formatDate}
        onRestore={(backup) => void startRestore(() => platform.readAutomaticBackup(backup.id))}
      />
    </section>
  );
}

interface RestoreReviewProps {
  backup: ParsedBackup;
  confirmReplace: boolean;
  formatDate: (time: number) => string;
  onMerge: () => void;
  onAskReplace: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

function RestoreReview({
  backup,
  confirmReplace,
  formatDate,
  onMerge,
  onAskReplace,
  onReplace,
  onCancel,
}: RestoreReviewProps): ReactNode {
  const { t } = useTranslation();
  const live = (rows: readonly { deletedAt: number | null }[]) => rows.filter((row) => row.deletedAt === null).length;
  const counts = {
    articles: t('backup.articles', { count: live(backup.rows.articles) }),
    highlights: t('backup.highlights', { count: live(backup.rows.highlights) }),
    notes: t('backup.notes', { count: live(backup.rows.notes) }),
  };
  return (
    <div className="backup-review">
      <p>
        {backup.createdAt === null
          ? t('backup.summary', counts)
          : t('backup.summaryDated', { ...counts, date: formatDate(backup.createdAt) })}
      </p>
      {confirmReplace ? (
        <>
          <p role="alert">{t('backup.replaceConfirm')}</p>
          <div className="backup-actions">
            <button type="button" className="danger" onClick={onReplace}>
              {t('backup.replaceConfirmButton')}
            </button>
            <button type="button" onClick={onCancel} autoFocus>
              {t('backup.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="backup-hint">{t('backup.mergeHint')}</p>
          <div className="backup-actions">
            <button type="button" onClick={onMerge} autoFocus>
              {t('backup.merge')}
            </button>
            <button type="button" onClick={onAskReplace}>
              {t('backup.replace')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('backup.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
