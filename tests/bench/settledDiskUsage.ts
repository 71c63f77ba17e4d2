// The bytes a Chromium profile's IndexedDB holds on disk, once its LevelDB has stopped
// rewriting files. What `navigator.storage.estimate()` reports is what Chromium computed when a
// database of the origin was first opened after a restart: LevelDB is then still turning its
// log into tables and compacting, so the figure can count files that are deleted a second
// later and is not refreshed until the next write (measured 2026-12-06: the library alone read
// 43.6 MB by estimate() while the folder held 26.4 MB from 3 s after opening onwards).

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pollUntil } from './pollUntil';

/** The sum of the sizes of the files under `folder` (Chromium's own usage figure, read directly). */
export async function folderBytes(folder: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    // A file LevelDB deletes between the listing and the stat counts as gone.
    const info = await stat(path.join(entry.parentPath, entry.name)).catch(() => null);
    bytes += info?.size ?? 0;
  }
  return bytes;
}

/**
 * Polls `folder` until its size has not changed for `quietMs`, and returns that size. If it
 * never settles within `timeoutMs`, fails rather than report a size caught mid-compaction.
 */
export async function settledFolderBytes(folder: string, quietMs = 10_000, timeoutMs = 300_000): Promise<number> {
  let last = await folderBytes(folder);
  let since = Date.now();
  // Polling is the only signal: LevelDB's compactions run inside Chromium with no event.
  return pollUntil(
    async () => {
      if (Date.now() - since >= quietMs) return last;
      const now = await folderBytes(folder);
      if (now !== last) {
        last = now;
        since = Date.now();
      }
      return undefined;
    },
    {
      intervalMs: 1000,
      timeoutMs,
      failure: () => `${folder} kept changing for ${timeoutMs / 1000} s (last ${last} bytes)`,
    },
  );
}

/** Where a profile keeps IndexedDB (every origin's; the benchmark's profile has one origin). */
export function indexedDbFolder(profile: string): string {
  return path.join(profile, 'Default', 'IndexedDB');
}
