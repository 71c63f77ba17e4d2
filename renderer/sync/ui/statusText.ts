// The words for a sync status, shared by the status line and Settings → Sync.

import type { TFunction } from 'i18next';
import type { SyncErrorKind, SyncStatus } from '../syncStatus';

const ERROR_KEYS: Readonly<Record<SyncErrorKind, string>> = {
  unreachable: 'sync.error.unreachable',
  'other-origin': 'sync.error.otherOrigin',
  'wrong-password': 'sync.error.wrongPassword',
  'no-access': 'sync.error.noAccess',
  'no-database': 'sync.error.noDatabase',
  'wrong-passphrase': 'sync.error.wrongPassphrase',
  'unsupported-keys': 'sync.error.unsupportedKeys',
  refused: 'sync.error.refused',
  'broken-answer': 'sync.error.brokenAnswer',
  quota: 'sync.error.quota',
  'bad-url': 'sync.error.badUrl',
  failed: 'sync.error.failed',
};

export function errorText(t: TFunction, error: SyncErrorKind): string {
  return t(ERROR_KEYS[error]);
}

/** One line: where sync stands, what waits, and what went wrong, in the UI language. */
export function statusText(t: TFunction, status: SyncStatus, formatTime: (time: number) => string): string {
  const parts: string[] = [];
  switch (status.state) {
    case 'off':
      return '';
    case 'needs-password':
      parts.push(t('sync.state.needsPassword'));
      break;
    case 'elsewhere':
      parts.push(t('sync.state.elsewhere'));
      break;
    case 'setting-up':
      parts.push(t('sync.state.settingUp'));
      break;
    case 'syncing':
      parts.push(t('sync.state.syncing'));
      break;
    case 'idle':
    case 'error':
      parts.push(
        status.lastSyncedAt === null
          ? t('sync.state.notYet')
          : t('sync.state.syncedAt', { time: formatTime(status.lastSyncedAt) }),
      );
      if (!status.live && status.state === 'idle') parts.push(t('sync.state.paused'));
      break;
  }
  if (status.waiting > 0) parts.push(t('sync.waiting', { count: status.waiting }));
  if (status.error !== null && status.error !== 'refused') parts.push(errorText(t, status.error));
  if (status.refused > 0) parts.push(t('sync.refusedDocuments', { count: status.refused }));
  else if (status.error === 'refused') parts.push(errorText(t, 'refused'));
  return parts.join(' · ');
}
