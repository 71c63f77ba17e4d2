// Automatic backups for the web platform, in the origin private file system (OPFS): files only
// this site can see, kept by the browser beside IndexedDB. They protect against a bad upgrade
// or a mistaken restore, not against the browser clearing the site's data — the UI says so.

import {
  automaticBackupFileName,
  backupsBeyondKept,
  MAX_BACKUP_BYTES,
  newestFirst,
  parseAutomaticBackupFileName,
  type AutomaticBackupInfo,
  type AutomaticBackupReason,
} from '../../electron/common/backups';
import type { BackupFileError } from '../../electron/common/ipc';
import { err, ok, type Result } from '../../electron/common/result';

const FOLDER = 'backups';

export interface BrowserBackupStore {
  save(data: Blob, reason: AutomaticBackupReason): Promise<Result<AutomaticBackupInfo, BackupFileError>>;
  list(): Promise<Result<AutomaticBackupInfo[], BackupFileError>>;
  read(id: string): Promise<Result<Blob, BackupFileError>>;
}

export function createBrowserBackupStore(
  storage: StorageManager | undefined,
  now: () => number = Date.now,
): BrowserBackupStore {
  async function folder(): Promise<FileSystemDirectoryHandle | null> {
    if (typeof storage?.getDirectory !== 'function') return null;
    return (await storage.getDirectory()).getDirectoryHandle(FOLDER, { create: true });
  }

  async function list(): Promise<Result<AutomaticBackupInfo[], BackupFileError>> {
    try {
      const dir = await folder();
      if (dir === null) return err('unsupported');
      const backups: AutomaticBackupInfo[] = [];
      for await (const handle of dir.values()) {
        const parsed = parseAutomaticBackupFileName(handle.name);
        if (parsed === null || handle.kind !== 'file') continue;
        backups.push({ id: handle.name, ...parsed, size: (await (handle as FileSystemFileHandle).getFile()).size });
      }
      return ok(newestFirst(backups));
    } catch (error) {
      return err('unreadable', String(error));
    }
  }

  return {
    list,
    async save(data, reason) {
      if (data.size > MAX_BACKUP_BYTES) return err('too-large');
      const createdAt = now();
      const id = automaticBackupFileName(createdAt, reason);
      try {
        const dir = await folder();
        if (dir === null) return err('unsupported');
        // A writable stream writes to a swap file that replaces the file only on close().
        const writable = await (await dir.getFileHandle(id, { create: true })).createWritable();
        try {
          await writable.write(data);
          await writable.close();
        } catch (error) {
          // Cleaning up after the failed write; its own error, thrown below, is the one to report.
          await writable.abort().catch(() => undefined);
          await dir.removeEntry(id).catch(() => undefined);
          throw error;
        }
        const listed = await list();
        // Pruning old backups is housekeeping: one that cannot be removed now is removed next time.
        if (listed.ok)
          for (const old of backupsBeyondKept(listed.value)) await dir.removeEntry(old.id).catch(() => undefined);
      } catch (error) {
        return err('write-failed', String(error));
      }
      return ok({ id, createdAt, reason, size: data.size });
    },
    async read(id) {
      if (parseAutomaticBackupFileName(id) === null) return err('not-found');
      try {
        const dir = await folder();
        if (dir === null) return err('unsupported');
        return ok(await (await dir.getFileHandle(id)).getFile());
      } catch (error) {
        return error instanceof DOMException && error.name === 'NotFoundError'
          ? err('not-found')
          : err('unreadable', String(error));
      }
    },
  };
}
