import { describe, expect, it } from 'vitest';
import {
  automaticBackupFileName,
  backupsBeyondKept,
  newestFirst,
  parseAutomaticBackupFileName,
  type AutomaticBackupInfo,
} from './backups';

describe('automatic backup names', () => {
  it('round-trips time and reason through a file name without colons', () => {
    const createdAt = Date.UTC(2026, 2, 1, 9, 30, 5, 42);
    const name = automaticBackupFileName(createdAt, 'pre-upgrade');
    expect(name).toBe('hamish-2026-03-01T09-30-05-042Z-pre-upgrade.json');
    expect(name).not.toMatch(/[:\\/]/);
    expect(parseAutomaticBackupFileName(name)).toEqual({ createdAt, reason: 'pre-upgrade' });
  });

  it('refuses names it did not make, including path tricks', () => {
    for (const name of [
      '../hamish-2026-03-01T09-30-05-042Z-daily.json',
      'hamish-2026-03-01T09-30-05-042Z-weekly.json',
      'notes.json',
      'hamish-2026-13-45T09-30-05-042Z-daily.json',
      '',
    ]) {
      expect(parseAutomaticBackupFileName(name), name).toBeNull();
    }
  });

  it('keeps the newest ten', () => {
    const backups: AutomaticBackupInfo[] = Array.from({ length: 13 }, (_, i) => ({
      id: `b${i}`,
      createdAt: 1000 + i,
      reason: 'daily',
      size: 1,
    }));
    expect(backupsBeyondKept(backups).map((backup) => backup.id)).toEqual(['b2', 'b1', 'b0']);
    expect(newestFirst(backups)[0]!.id).toBe('b12');
    expect(backupsBeyondKept(backups.slice(0, 4))).toEqual([]);
  });
});
