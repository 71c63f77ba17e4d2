// Automatic backups as files, shared by the main process (the app's data folder) and the web
// platform (the browser's private file system): their names, which ones are kept, and how large
// a backup may be. Pure: no Node, DOM or Electron.

export const AUTOMATIC_BACKUP_REASONS = ['daily', 'pre-upgrade', 'pre-restore'] as const;
export type AutomaticBackupReason = (typeof AUTOMATIC_BACKUP_REASONS)[number];

export interface AutomaticBackupInfo {
  /** The file name; the only handle the renderer gets on a backup. */
  readonly id: string;
  readonly createdAt: number;
  readonly reason: AutomaticBackupReason;
  readonly size: number;
}

/** How many automatic backups are kept; the oldest go first. */
export const AUTOMATIC_BACKUPS_KEPT = 10;

/**
 * The largest backup read or written. A backup is one JSON text, and a JavaScript string cannot
 * hold much more than 512 MiB, so a larger file could not be read back anyway.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

const NAME_PATTERN = /^hamish-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.json$/;

export function isAutomaticBackupReason(value: unknown): value is AutomaticBackupReason {
  return typeof value === 'string' && (AUTOMATIC_BACKUP_REASONS as readonly string[]).includes(value);
}

/** `hamish-2026-03-01T09-30-00-000Z-daily.json`: sortable, and valid on every file system. */
export function automaticBackupFileName(createdAt: number, reason: AutomaticBackupReason): string {
  return `hamish-${new Date(createdAt).toISOString().replace(/[:.]/g, '-')}-${reason}.json`;
}

export function parseAutomaticBackupFileName(
  name: string,
): { createdAt: number; reason: AutomaticBackupReason } | null {
  const match = NAME_PATTERN.exec(name);
  if (match === null) return null;
  const [, date, hours, minutes, seconds, millis, reason] = match;
  if (!isAutomaticBackupReason(reason)) return null;
  const createdAt = Date.parse(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(createdAt) ? null : { createdAt, reason };
}

export function newestFirst(backups: readonly AutomaticBackupInfo[]): AutomaticBackupInfo[] {
  return [...backups].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/** The backups to delete so that only the newest `kept` remain. */
export function backupsBeyondKept(
  backups: readonly AutomaticBackupInfo[],
  kept = AUTOMATIC_BACKUPS_KEPT,
): AutomaticBackupInfo[] {
  return newestFirst(backups).slice(kept);
}
