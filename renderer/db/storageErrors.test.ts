import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageFailureOf } from './storageErrors';

describe('storageFailureOf', () => {
  it('finds a quota error on its own, wrapped by Dexie, or inside an AbortError', () => {
    const quota = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    expect(storageFailureOf(quota)).toBe('storage-full');
    expect(storageFailureOf(new Dexie.QuotaExceededError('full'))).toBe('storage-full');
    expect(storageFailureOf(new Dexie.AbortError('Transaction aborted', quota))).toBe('storage-full');
    expect(
      storageFailureOf(Object.assign(new Error('wrapped'), { cause: new Dexie.AbortError('aborted', quota) })),
    ).toBe('storage-full');
  });

  it('tells a closed database from other failures', () => {
    expect(storageFailureOf(new Dexie.DatabaseClosedError('closed'))).toBe('closed');
    expect(storageFailureOf(new Dexie.ConstraintError('dup'))).toBe('failed');
    expect(storageFailureOf('a string')).toBe('failed');
    expect(storageFailureOf(null)).toBe('failed');
  });
});
