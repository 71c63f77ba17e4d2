// Reads the documents the user opened Hamish with ("open with", the command line, a second
// launch, macOS open-file). Main records those paths as it receives them, and reads only
// those: the renderer cannot name an arbitrary file. Each file is checked for its extension
// and its size before a byte is read. File-system calls are passed in, for tests.

import path from 'node:path';
import { IMPORT_LIMITS, IMPORTABLE_EXTENSIONS, type ReadFileResult } from '../common/importLimits';

export interface FileSystem {
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
}

export interface OpenedDocuments {
  /** Paths main itself received from the OS; only these may be read. */
  grant(paths: readonly string[]): void;
  read(paths: readonly string[]): Promise<ReadFileResult[]>;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

export function createOpenedDocuments(fs: FileSystem, maxBytes: number = IMPORT_LIMITS.maxFileBytes): OpenedDocuments {
  const granted = new Set<string>();

  async function readOne(file: string): Promise<ReadFileResult> {
    const name = path.basename(file);
    const refuse = (error: 'not-allowed' | 'not-found' | 'too-large' | 'unreadable'): ReadFileResult => ({
      ok: false,
      path: file,
      name,
      error,
    });
    if (!granted.has(file)) return refuse('not-allowed');
    if (!(IMPORTABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase()))
      return refuse('not-allowed');
    try {
      const info = await fs.stat(file);
      if (!info.isFile()) return refuse('unreadable');
      if (info.size > maxBytes) return refuse('too-large');
      const bytes = await fs.readFile(file);
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) return refuse('too-large');
      granted.delete(file);
      return { ok: true, path: file, name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    } catch (error) {
      return refuse(errorCode(error) === 'ENOENT' ? 'not-found' : 'unreadable');
    }
  }

  return {
    grant(paths) {
      for (const file of paths) granted.add(file);
    },
    async read(paths) {
      const results: ReadFileResult[] = [];
      for (const file of paths) results.push(await readOne(file));
      return results;
    },
  };
}
