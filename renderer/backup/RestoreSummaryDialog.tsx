// The summary shown before a merge: what the backup would add, what is newer on each side, and
// what was deleted from the library since the backup was made, with the choice to bring that
// back (on by default: a restore is usually asked for to get something back). A modal <dialog>
// of its own above Settings, so Escape or Cancel leaves the library untouched.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MERGE_OUTCOMES, SUMMARY_TABLES, totalOf, type MergeOutcome, type MergePreview } from './mergeOutcomes';

const OUTCOME_KEYS: Record<MergeOutcome, string> = {
  new: 'backup.outcome.new',
  newerInBackup: 'backup.outcome.newerInBackup',
  newerInLibrary: 'backup.outcome.newerInLibrary',
  deletedSinceBackup: 'backup.outcome.deletedSinceBackup',
};

const TABLE_KEYS = {
  articles: 'backup.kind.articles',
  highlights: 'backup.kind.highlights',
  notes: 'backup.kind.notes',
};

export interface RestoreSummaryDialogProps {
  preview: MergePreview;
  onMerge: (bringBackDeleted: boolean) => void;
  onCancel: () => void;
}

export function RestoreSummaryDialog({ preview, onMerge, onCancel }: RestoreSummaryDialogProps): ReactNode {
  const { t, i18n } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [bringBack, setBringBack] = useState(true);
  const number = new Intl.NumberFormat(i18n.language);

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const changes = totalOf(preview, 'new') + totalOf(preview, 'newerInBackup') + totalOf(preview, 'deletedSinceBackup');
  return (
    <dialog
      ref={dialog}
      className="restore-summary"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('backup.summaryTitle')}</h2>
      <p>{t(changes === 0 ? 'backup.nothingToMerge' : 'backup.summaryIntro')}</p>
      <table className="restore-summary-table">
        <thead>
          <tr>
            <td />
            {SUMMARY_TABLES.map((table) => (
              <th key={table} scope="col">
                {t(TABLE_KEYS[table])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MERGE_OUTCOMES.map((outcome) => (
            <tr key={outcome}>
              <th scope="row">{t(OUTCOME_KEYS[outcome])}</th>
              {SUMMARY_TABLES.map((table) => (
                <td key={table}>{number.format(preview[table][outcome])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <label className="restore-summary-choice">
        <input type="checkbox" checked={bringBack} onChange={(event) => setBringBack(event.target.checked)} />
        {t('backup.bringBack')}
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={() => onMerge(bringBack)} autoFocus>
          {t('backup.mergeConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('backup.cancel')}
        </button>
      </div>
    </dialog>
  );
}
