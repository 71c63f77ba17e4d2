// What the user hands the import queue, as inputs it can read when their turn comes: files
// chosen or dropped (read in the page), and documents Electron was opened with (read by main).
// A file's bytes are read once, and may be read ahead of the step that uses them (readAhead).

import { IMPORT_LIMITS } from '../../electron/common/importLimits';
import { err, ok, type Result } from '../../electron/common/result';
import type { Platform } from '../platform/Platform';
import { fromReadFileError, type ImportErrorCode } from './errors';
import { formatOfFileName } from './formats';
import type { ImportInput } from './prepare';

type FileInput = Extract<ImportInput, { kind: 'file' }>;

/** Why a file is refused before a byte of it is read, or null when it is to be read. */
export function refusedUnread(
  input: Pick<FileInput, 'name' | 'size'>,
): 'unsupported-file' | 'too-large' | 'empty' | null {
  if (formatOfFileName(input.name) === null) return 'unsupported-file';
  if (input.size !== null && input.size > IMPORT_LIMITS.maxFileBytes) return 'too-large';
  if (input.size === 0) return 'empty';
  return null;
}

/** `read` called once: later calls get the same bytes (or the same failure). */
function readOnce(read: () => Promise<Result<Uint8Array, ImportErrorCode>>): FileInput['read'] {
  let reading: Promise<Result<Uint8Array, ImportErrorCode>> | null = null;
  return () => (reading ??= read());
}

/** Files from the user's disk or a drop. */
export function fileInputs(files: readonly File[]): ImportInput[] {
  return files.map((file) => ({
    kind: 'file',
    name: file.name,
    size: file.size,
    read: readOnce(async () => {
      try {
        return ok(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        return err('unreadable', String(error));
      }
    }),
  }));
}

/**
 * Starts reading a file input that will be read, so that the reading overlaps with what comes
 * before it (the import's first render, loading the pipeline, the file before it in the queue)
 * instead of following it: ~30 ms of the 1 MB import waited on the read. A file that would be
 * refused unread is left unread; nothing else is started.
 */
export function readAhead(input: ImportInput | undefined): void {
  if (input?.kind === 'file' && refusedUnread(input) === null) void input.read();
}

/** Documents Electron was opened with; main reads them. */
export function openedPathInputs(paths: readonly string[], platform: Pick<Platform, 'readOpenedFiles'>): ImportInput[] {
  return paths.map((path) => ({
    kind: 'file',
    name: path.split(/[\\/]/).pop() ?? path,
    size: null,
    read: readOnce(async () => {
      const [result] = await platform.readOpenedFiles([path]);
      if (result === undefined) return err('unreadable');
      return result.ok ? ok(result.bytes) : err(fromReadFileError(result.error));
    }),
  }));
}
