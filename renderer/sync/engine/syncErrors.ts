// What went wrong, in the terms the status line words (i18n `sync.error.*`).

import { storageFailureOf } from '../../db/storageErrors';
import type { SyncErrorKind } from '../syncStatus';
import type { PouchError } from './pouch';
import { BrokenAnswerError } from './checkAnswer';
import { TransportError } from './transportFetch';

export type SyncError = SyncErrorKind;

export function classifySyncError(error: unknown): SyncError {
  if (storageFailureOf(error) === 'storage-full') return 'quota';
  if (error instanceof TransportError) {
    switch (error.reason) {
      case 'unreachable':
      case 'timeout':
        return 'unreachable';
      case 'other-origin':
        return 'other-origin';
      case 'too-large':
        return 'broken-answer';
      default:
        return 'failed';
    }
  }
  if (error instanceof SyntaxError || error instanceof BrokenAnswerError) return 'broken-answer';
  if ((error as { name?: unknown } | null)?.name === 'BrokenAnswerError') return 'broken-answer';
  const pouch = (error ?? {}) as PouchError & { result?: { errors?: unknown[] } };
  if (
    pouch.name === 'TransportError' ||
    (typeof pouch.message === 'string' && pouch.message.startsWith('sync transport:'))
  ) {
    return pouch.message?.includes('unreachable') || pouch.message?.includes('timeout') ? 'unreachable' : 'failed';
  }
  switch (pouch.status) {
    case 401:
      return 'wrong-password';
    case 403:
      return 'no-access';
    case 404:
      return 'no-database';
    case 413:
      return 'refused';
    case 507:
      return 'quota';
    case 502:
    case 503:
    case 504:
      return 'unreachable';
  }
  if (typeof pouch.message === 'string' && /JSON|Unexpected token|unexpected end/i.test(pouch.message))
    return 'broken-answer';
  if (pouch.status !== undefined && pouch.status >= 500) return 'broken-answer';
  return 'failed';
}

/** Errors a retry cannot mend: the user has to act. */
export function isPermanent(error: SyncErrorKind): boolean {
  return (
    [
      'bad-url',
      'wrong-password',
      'no-access',
      'no-database',
      'wrong-passphrase',
      'unsupported-keys',
      'other-origin',
      'quota',
    ] as SyncErrorKind[]
  ).includes(error);
}
