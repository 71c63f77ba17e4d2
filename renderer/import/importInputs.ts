// What the user hands the import queue, as inputs it can read when their turn comes: files
// chosen or dropped (read in the page), and documents Electron was opened with (read by main).

import { err, ok } from '../../electron/common/result';
import type { Platform } from '../platform/Platform';
import { fromReadFileError } from './errors';
import type { ImportInput } from './prepare';

/** Files from the user's disk or a drop. */
export function fileInputs(files: readonly File[]): ImportInput[] {
  return files.map((file) => ({
    kind: 'file',
    name: file.name,
    size: file.size,
    read: async () => {
      try {
        return ok(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        return err('unreadable', String(error));
      }
    },
  }));
}

/** Documents Electron was opened with; main reads them. */
export function openedPathInputs(paths: readonly string[], platform: Pick<Platform, 'readOpenedFiles'>): ImportInput[] {
  return paths.map((path) => ({
    kind: 'file',
    name: path.split(/[\\/]/).pop() ?? path,
    size: null,
    read: async () => {
      const [result] = await platform.readOpenedFiles([path]);
      if (result === undefined) return err('unreadable');
      return result.ok ? ok(result.bytes) : err(fromReadFileError(result.error));
    },
  }));
}
