// Every way an import can fail, as one code the UI words in the user's language. Fetch and
// file-read failures from the platform map onto these.

import type { IpcError } from '../../electron/common/ipc';
import type { FetchError, ReadFileError } from '../../electron/common/importLimits';

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'undecodable'
  | 'nothing-readable'
  | 'too-slow'
  | 'unsupported-file'
  | 'bad-url'
  | 'bad-scheme'
  | 'unreachable'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-error'
  | 'not-a-page'
  | 'cross-origin'
  | 'private-address'
  | 'private-redirect'
  | 'not-found'
  | 'unreadable'
  | 'cancelled'
  | 'storage-full'
  | 'gone'
  | 'changed'
  | 'failed';

export interface ImportFailure {
  readonly error: ImportErrorCode;
  readonly detail?: string;
}

export function fromFetchError(error: FetchError | IpcError): ImportErrorCode {
  switch (error) {
    case 'bad-url':
    case 'bad-scheme':
    case 'unreachable':
    case 'timeout':
    case 'too-many-redirects':
    case 'too-large':
    case 'http-error':
    case 'cross-origin':
    case 'private-address':
    case 'private-redirect':
    case 'cancelled':
      return error;
    case 'unsupported-type':
      return 'not-a-page';
    case 'too-many-images':
    case 'forbidden-sender':
    case 'invalid-input':
    case 'failed':
      return 'failed';
  }
}

export function fromReadFileError(error: ReadFileError): ImportErrorCode {
  switch (error) {
    case 'too-large':
    case 'not-found':
    case 'unreadable':
      return error;
    case 'not-allowed':
      return 'unsupported-file';
  }
}

/** IndexedDB out of space, whether thrown directly or wrapped in an AbortError by Dexie. */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, i = 0; current !== null && current !== undefined && i < 5; i += 1) {
    const name = (current as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
