// Automatic backups: one before every schema upgrade (see main.tsx), one before a restore
// replaces the library, and one a day while the app is in use. The platform keeps the newest ten.

import type { Dexie } from 'dexie';
import type { AutomaticBackupInfo, AutomaticBackupReason } from '../../electron/common/backups';
import type { BackupFileError } from '../../electron/common/ipc';
import { err, type Result } from '../../electron/common/result';
import type { Platform } from '../platform/Platform';
import { exportBackup, exportStoredLibrary } from './exportBackup';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** The first daily check waits a little, so a backup never competes with start-up. */
export const FIRST_CHECK_DELAY_MS = 30_000;
export const CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Due when no automatic backup is less than a day old (or the clock has gone back past the newest). */
export function isDailyBackupDue(backups: readonly AutomaticBackupInfo[], now: number): boolean {
  const newest = Math.max(...backups.map((backup) => backup.createdAt));
  return backups.length === 0 || now - newest >= DAY_MS || newest > now;
}

export async function saveAutomaticBackup(
  db: Dexie,
  platform: Platform,
  reason: AutomaticBackupReason,
): Promise<Result<AutomaticBackupInfo, BackupFileError | 'export-failed'>> {
  let blob: Blob;
  try {
    blob = await exportBackup(db, { reason });
  } catch (error) {
    return err('export-failed', String(error));
  }
  return platform.saveAutomaticBackup(blob, reason);
}

/**
 * Before an upgrade: copies the library exactly as it is on disk, at its old schema version,
 * among the automatic backups. Throws if the copy could not be kept (the caller decides).
 */
export async function backupBeforeUpgrade(name: string, platform: Platform): Promise<AutomaticBackupInfo> {
  const saved = await platform.saveAutomaticBackup(
    await exportStoredLibrary(name, { reason: 'pre-upgrade' }),
    'pre-upgrade',
  );
  if (!saved.ok) throw new Error(`the pre-upgrade backup was not saved: ${saved.error}`);
  return saved.value;
}

export type DailyBackupOutcome = 'saved' | 'not-due' | 'failed';

export async function runDailyBackupIfDue(
  db: Dexie,
  platform: Platform,
  now: number = Date.now(),
): Promise<DailyBackupOutcome> {
  const listed = await platform.listAutomaticBackups();
  if (!listed.ok) return 'failed';
  if (!isDailyBackupDue(listed.value, now)) return 'not-due';
  const saved = await saveAutomaticBackup(db, platform, 'daily');
  if (!saved.ok) console.warn(`The daily backup was not saved: ${saved.error} ${saved.detail ?? ''}`);
  return saved.ok ? 'saved' : 'failed';
}

/** Checks shortly after start and then every hour while the app is open; returns a stop function. */
export function scheduleDailyBackups(db: Dexie, platform: Platform, onSaved: () => void = () => {}): () => void {
  let running = false;
  const check = () => {
    if (running || !db.isOpen()) return;
    running = true;
    void runDailyBackupIfDue(db, platform)
      .then((outcome) => outcome === 'saved' && onSaved())
      .finally(() => {
        running = false;
      });
  };
  const first = window.setTimeout(check, FIRST_CHECK_DELAY_MS);
  const every = window.setInterval(check, CHECK_INTERVAL_MS);
  return () => {
    window.clearTimeout(first);
    window.clearInterval(every);
  };
}
