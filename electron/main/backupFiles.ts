// Backup files on disk: automatic backups in the app's data folder (newest ten kept), and the
// backup the user exports or restores through a save/open dialog. Everything Electron or Node
// provides comes in as a parameter, so tests run this on real temporary folders.

import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  automaticBackupFileName,
  backupsBeyondKept,
  MAX_BACKUP_BYTES,
  newestFirst,
  parseAutomaticBackupFileName,
  type AutomaticBackupInfo,
  type AutomaticBackupReason,
} from '../common/backups';
import type { BackupFileError, SaveBackupOutcome } from '../common/ipc';
import { err, ok, type Result } from '../common/result';
import type { BackupDialogLabels } from './backupDialogLabels';

/** The few file operations used here; `node:fs/promises` provides them all. */
export interface BackupFileSystem {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  writeFile(file: string, data: Uint8Array, options: { flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  rm(file: string, options: { force: true }): Promise<void>;
}

/**
 * Writes to a temporary file beside the target and renames it into place, so the target is
 * either the old file or the complete new one, never half of it — even if the app dies mid-write.
 */
export async function writeFileAtomically(fs: BackupFileSystem, file: string, data: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}-${Date.now()}.partial`;
  try {
    await fs.writeFile(temporary, data, { flush: true });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function readLimited(fs: BackupFileSystem, file: string): Promise<Result<Uint8Array, BackupFileError>> {
  let size: number;
  try {
    const info = await fs.stat(file);
    if (!info.isFile()) return err('unreadable', 'not a file');
    size = info.size;
  } catch (error) {
    return isMissing(error) ? err('not-found') : err('unreadable', String(error));
  }
  if (size > MAX_BACKUP_BYTES) return err('too-large', `${size} bytes`);
  try {
    return ok(await fs.readFile(file));
  } catch (error) {
    return err('unreadable', String(error));
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

export interface AutomaticBackupStore {
  save(data: Uint8Array, reason: AutomaticBackupReason): Promise<Result<AutomaticBackupInfo, BackupFileError>>;
  list(): Promise<Result<AutomaticBackupInfo[], BackupFileError>>;
  read(id: string): Promise<Result<Uint8Array, BackupFileError>>;
}

export function createAutomaticBackupStore(
  dir: string,
  fs: BackupFileSystem,
  now: () => number = Date.now,
): AutomaticBackupStore {
  async function list(): Promise<Result<AutomaticBackupInfo[], BackupFileError>> {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      return isMissing(error) ? ok([]) : err('unreadable', String(error));
    }
    const backups: AutomaticBackupInfo[] = [];
    for (const name of names) {
      const parsed = parseAutomaticBackupFileName(name);
      if (parsed === null) continue;
      try {
        const info = await fs.stat(path.join(dir, name));
        if (info.isFile()) backups.push({ id: name, ...parsed, size: info.size });
      } catch {
        // Deleted between readdir and stat: not a backup any more.
      }
    }
    return ok(newestFirst(backups));
  }

  return {
    list,
    async save(data, reason) {
      if (data.byteLength > MAX_BACKUP_BYTES) return err('too-large');
      const createdAt = now();
      const id = automaticBackupFileName(createdAt, reason);
      try {
        await fs.mkdir(dir, { recursive: true });
        await writeFileAtomically(fs, path.join(dir, id), data);
      } catch (error) {
        return err('write-failed', String(error));
      }
      const listed = await list();
      if (listed.ok) {
        for (const old of backupsBeyondKept(listed.value))
          await fs.rm(path.join(dir, old.id), { force: true }).catch(() => undefined);
      }
      return ok({ id, createdAt, reason, size: data.byteLength });
    },
    async read(id) {
      // Only names this store makes are accepted, so an id can never walk out of `dir`.
      if (parseAutomaticBackupFileName(id) === null) return err('not-found');
      return readLimited(fs, path.join(dir, id));
    },
  };
}

/** The dialogs used here, already bound to the window they belong to. */
export interface BackupDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

function filters(labels: BackupDialogLabels): { name: string; extensions: string[] }[] {
  return [
    { name: labels.backupFiles, extensions: ['json'] },
    { name: labels.allFiles, extensions: ['*'] },
  ];
}

export async function saveBackupWithDialog(
  dialogs: BackupDialogs,
  fs: BackupFileSystem,
  data: Uint8Array,
  suggestedPath: string,
  labels: BackupDialogLabels,
): Promise<Result<SaveBackupOutcome, BackupFileError>> {
  if (data.byteLength > MAX_BACKUP_BYTES) return err('too-large');
  const choice = await dialogs.showSaveDialog({
    title: labels.saveTitle,
    defaultPath: suggestedPath,
    filters: filters(labels),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return ok('canceled');
  try {
    await writeFileAtomically(fs, choice.filePath, data);
  } catch (error) {
    return err('write-failed', String(error));
  }
  return ok('saved');
}

export async function openBackupWithDialog(
  dialogs: BackupDialogs,
  fs: BackupFileSystem,
  labels: BackupDialogLabels,
): Promise<Result<Uint8Array | null, BackupFileError>> {
  const choice = await dialogs.showOpenDialog({
    title: labels.openTitle,
    filters: filters(labels),
    properties: ['openFile'],
  });
  const [file] = choice.filePaths;
  if (choice.canceled || file === undefined) return ok(null);
  return readLimited(fs, file);
}
