// The automatic backups, newest first, each with a button to restore it; and where they are kept.

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutomaticBackupInfo, AutomaticBackupReason } from '../../electron/common/backups';
import type { BackupFileError } from '../../electron/common/ipc';
import type { Result } from '../../electron/common/result';
import type { Platform } from '../platform/Platform';

const REASON_KEYS: Record<AutomaticBackupReason, string> = {
  daily: 'backup.automatic.daily',
  'pre-upgrade': 'backup.automatic.preUpgrade',
  'pre-restore': 'backup.automatic.preRestore',
};

interface AutomaticBackupListProps {
  /** null while loading. */
  backups: Result<readonly AutomaticBackupInfo[], BackupFileError> | null;
  place: Platform['automaticBackupPlace'];
  disabled: boolean;
  formatDate: (time: number) => string;
  onRestore: (backup: AutomaticBackupInfo) => void;
}

export function AutomaticBackupList({
  backups,
  place,
  disabled,
  formatDate,
  onRestore,
}: AutomaticBackupListProps): ReactNode {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const formatSize = (bytes: number) =>
    bytes < 1_000_000
      ? new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
          Math.max(1, bytes / 1000),
        )
      : new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
          bytes / 1_000_000,
        );
  return (
    <div className="backup-automatic">
      <h4 id={headingId}>{t('backup.automatic.heading')}</h4>
      <p className="backup-hint">
        {t(place === 'app-data-folder' ? 'backup.automatic.placeAppData' : 'backup.automatic.placeBrowser')}
      </p>
      {backups !== null && !backups.ok && <p>{t('backup.automatic.unavailable')}</p>}
      {backups?.ok && backups.value.length === 0 && <p>{t('backup.automatic.none')}</p>}
      {backups?.ok && backups.value.length > 0 && (
        <ul className="backup-list" aria-labelledby={headingId}>
          {backups.value.map((backup) => {
            const date = formatDate(backup.createdAt);
            return (
              <li key={backup.id}>
                <span className="backup-list-date">{date}</span>
                <span className="backup-list-meta">
                  {t(REASON_KEYS[backup.reason])} · {formatSize(backup.size)}
                </span>
                <button
                  type="button"
                  disabled={disabled}
                  aria-label={t('backup.automatic.restoreOne', { date })}
                  onClick={() => onRestore(backup)}
                >
                  {t('backup.automatic.restoreShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
