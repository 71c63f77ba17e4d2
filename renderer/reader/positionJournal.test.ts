// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { forgetJournaledPosition, journaledPosition, journalPosition, positionToRestore } from './positionJournal';

afterEach(() => window.localStorage.clear());

describe('the reading-position journal', () => {
  const row = { id: 'a1', progressOffset: 100, updatedAt: 5_000 };

  it('wins over the row only when newer, and is gone once forgotten', () => {
    expect(positionToRestore(row)).toBe(100);
    journalPosition('a1', { progress: 0.5, progressOffset: 900, at: 4_000 });
    expect(positionToRestore(row)).toBe(100);
    journalPosition('a1', { progress: 0.5, progressOffset: 900, at: 6_000 });
    expect(positionToRestore(row)).toBe(900);
    expect(positionToRestore({ ...row, id: 'other' })).toBe(100);
    forgetJournaledPosition('a1');
    expect(journaledPosition('a1')).toBeNull();
  });

  it('ignores a damaged entry', () => {
    for (const text of [
      '{',
      'null',
      '{"progress":2,"progressOffset":1,"at":9999}',
      '{"progress":0.1,"progressOffset":-1,"at":9999}',
    ]) {
      window.localStorage.setItem('hamish.readingPosition.a1', text);
      expect(journaledPosition('a1')).toBeNull();
      expect(positionToRestore(row)).toBe(100);
    }
  });
});
