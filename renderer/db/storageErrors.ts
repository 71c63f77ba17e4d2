// What went wrong when a write failed, in terms the UI can word. IndexedDB reports a full disk
// or an exhausted quota as QuotaExceededError, which Dexie may hand back wrapped in an
// AbortError (the transaction aborted *because* of it), so the whole chain is searched.

import { err, ok, type Result } from '../../electron/common/result';

export type StorageFailure = 'storage-full' | 'closed' | 'failed';

const MAX_DEPTH = 8;

function namesInChain(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < MAX_DEPTH && typeof current === 'object' && current !== null; depth += 1) {
    const record = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof record.name === 'string') names.push(record.name);
    current = record.inner ?? record.cause;
  }
  return names;
}

export function storageFailureOf(error: unknown): StorageFailure {
  const names = namesInChain(error);
  if (names.includes('QuotaExceededError')) return 'storage-full';
  if (names.includes('DatabaseClosedError')) return 'closed';
  return 'failed';
}

/** Why a user's write did not happen: the storage failed, or the row it was about is gone (deleted elsewhere). */
export type WriteFailure = StorageFailure | 'missing';

/** Thrown inside a write when the row it changes is gone; storageWrite turns it into 'missing'. */
export class MissingRowError extends Error {
  override readonly name = 'MissingRowError';
}

/**
 * Runs a write and returns its value as a Result: the failures a user can meet (a full disk, a
 * closed connection, a row deleted in another window) become typed errors the UI words, so no
 * caller has to catch. A programming error (a bad argument) is thrown before the write starts.
 */
export async function storageWrite<T>(write: () => Promise<T>): Promise<Result<T, WriteFailure>> {
  try {
    return ok(await write());
  } catch (error) {
    if (namesInChain(error).includes('MissingRowError')) return err('missing');
    return err(storageFailureOf(error), error instanceof Error ? error.message : String(error));
  }
}
