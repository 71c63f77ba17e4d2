// The status line in the app bar: last synced, changes waiting, or the error, in the UI
// language. Absent while this device does not sync.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../SyncContext';
import { statusText } from './statusText';

export function SyncStatusLine(): ReactNode {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  if (status.state === 'off') return null;
  const formatTime = (time: number) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(time);
  const problem = status.state === 'error' || status.state === 'needs-password';
  return (
    <p
      role="status"
      aria-label={t('sync.status')}
      className={`sync-status${problem ? ' sync-status-problem' : ''}`}
      data-state={status.state}
    >
      {statusText(t, status, formatTime)}
    </p>
  );
}
