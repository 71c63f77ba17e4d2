// What went wrong when a write failed, in terms the UI can word. IndexedDB reports a full disk
// or an exhausted quota as QuotaExceededError, which Dexie may hand back wrapped in an
// AbortError (the transaction aborted *because* of it), so the whole chain is searched.

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
