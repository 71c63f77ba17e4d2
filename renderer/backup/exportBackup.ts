// Export: the whole library except the rebuildable search index, as one JSON file, read in a
// single read transaction so the copy is consistent even while the user keeps working.

import { Dexie } from 'dexie';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupMarker, type BackupReason } from './backupFormat';

/** Tables never exported: the search index is derived data, rebuilt from articles and notes. */
export const SKIPPED_TABLES = ['searchIndex'];

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportOptions {
  reason?: BackupReason;
  onProgress?: (progress: ExportProgress) => void;
  now?: () => number;
}

export async function exportBackup(db: Dexie, options: ExportOptions = {}): Promise<Blob> {
  // Loaded on first use: most sessions never export, and first paint should not wait for it.
  const { exportDB } = await import('dexie-export-import');
  const exported = await exportDB(db, {
    skipTables: SKIPPED_TABLES,
    progressCallback: ({ completedRows, totalRows }) => {
      options.onProgress?.({ done: completedRows, total: Number.isFinite(totalRows) ? (totalRows ?? 0) : 0 });
      return true;
    },
  });
  const marker: BackupMarker = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: Math.floor(db.verno),
    createdAt: (options.now ?? Date.now)(),
    reason: options.reason ?? 'manual',
  };
  if ((await exported.slice(0, 1).text()) !== '{') throw new Error('dexie-export-import did not produce a JSON object');
  // Blob parts are not copied: this prepends the marker without reading the export again.
  return new Blob([`{"hamish":${JSON.stringify(marker)},`, exported.slice(1)], { type: 'application/json' });
}

/**
 * Exports the library exactly as it is on disk, whatever schema version wrote it: opened
 * without a declared schema, so Dexie neither upgrades nor patches it. Used before an upgrade.
 */
export async function exportStoredLibrary(name: string, options: ExportOptions = {}): Promise<Blob> {
  const db = new Dexie(name);
  await db.open();
  try {
    return await exportBackup(db, options);
  } finally {
    db.close();
  }
}
