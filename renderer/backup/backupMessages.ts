// Which catalog message tells the user why a backup could not be read, saved or restored.

import type { BackupFileError } from '../../electron/common/ipc';
import type { StorageFailure } from '../db/storageErrors';
import type { ReadBackupError } from './readBackup';

export type RestoreError = ReadBackupError | BackupFileError | StorageFailure | 'safety-copy-failed';

const RESTORE_MESSAGES: Record<RestoreError, string> = {
  'not-a-backup': 'backup.errors.notABackup',
  corrupt: 'backup.errors.corrupt',
  'newer-version': 'backup.errors.newerVersion',
  'invalid-rows': 'backup.errors.invalidRows',
  'too-large': 'backup.errors.tooLarge',
  'storage-full': 'backup.errors.storageFull',
  unreadable: 'backup.errors.unreadable',
  'not-found': 'backup.errors.notFound',
  closed: 'backup.errors.closed',
  'safety-copy-failed': 'backup.errors.safetyCopyFailed',
  failed: 'backup.errors.failed',
  'write-failed': 'backup.errors.failed',
  unsupported: 'backup.errors.failed',
  'forbidden-sender': 'backup.errors.failed',
  'invalid-input': 'backup.errors.failed',
};

export function restoreErrorMessageKey(error: RestoreError): string {
  return RESTORE_MESSAGES[error];
}
