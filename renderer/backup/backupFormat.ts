// The backup file: a dexie-export-import JSON export of the library (format "dexie", version 1)
// with one extra key first, `hamish`, saying what it is. The extra key keeps the file a valid
// Dexie export, and lets a restore recognise a Hamish backup from its first bytes.

import type { AutomaticBackupReason } from '../../electron/common/backups';

export const BACKUP_FORMAT = 'hamish-backup';
/** Bumped when the file layout changes in a way an older Hamish could not read. */
export const BACKUP_FORMAT_VERSION = 1;
/** dexie-export-import's format and the version of it this code reads. */
export const DEXIE_FORMAT = 'dexie';
export const DEXIE_FORMAT_VERSION = 1;

export type BackupReason = 'manual' | AutomaticBackupReason;

export interface BackupMarker {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The schema version of the library the rows come from. */
  schemaVersion: number;
  createdAt: number;
  reason: BackupReason;
}

/** The name offered when the user exports: `hamish-backup-2026-03-01.json` (local date). */
export function suggestedBackupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `hamish-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
