import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AutomaticBackupInfo, AutomaticBackupReason } from '../../electron/common/backups';
import { err, ok } from '../../electron/common/result';
import { HamishDb } from '../db/HamishDb';
import type { Platform } from '../platform/Platform';
import { DAY_MS, isDailyBackupDue, runDailyBackupIfDue } from './automaticBackups';
import { readBackup } from './readBackup';
import { addSampleLibrary, installBrowserGlobalsForDexieExport } from '../../tests/support/sampleLibrary';

beforeAll(installBrowserGlobalsForDexieExport);

const backup = (createdAt: number, reason: AutomaticBackupReason = 'daily'): AutomaticBackupInfo => ({
  id: `b${createdAt}`,
  createdAt,
  reason,
  size: 1,
});

describe('isDailyBackupDue', () => {
  const now = 10 * DAY_MS;
  it('is due with no backups, or when the newest is a day old', () => {
    expect(isDailyBackupDue([], now)).toBe(true);
    expect(isDailyBackupDue([backup(now - DAY_MS)], now)).toBe(true);
    expect(isDailyBackupDue([backup(now - 2 * DAY_MS), backup(now - DAY_MS + 1)], now)).toBe(false);
  });

  it('counts any recent automatic backup, and recovers when the clock went back', () => {
    expect(isDailyBackupDue([backup(now - 60_000, 'pre-upgrade')], now)).toBe(false);
    expect(isDailyBackupDue([backup(now + DAY_MS)], now)).toBe(true);
  });
});

describe('runDailyBackupIfDue', () => {
  const name = `auto-${crypto.randomUUID()}`;
  afterEach(async () => {
    await new HamishDb(name).delete();
  });

  function fakePlatform(existing: AutomaticBackupInfo[], fail = false) {
    const saved: { data: Blob; reason: AutomaticBackupReason }[] = [];
    const platform = {
      automaticBackupPlace: 'browser-storage',
      listAutomaticBackups: async () => ok(existing),
      saveAutomaticBackup: async (data: Blob, reason: AutomaticBackupReason) => {
        if (fail) return err('write-failed');
        saved.push({ data, reason });
        return ok(backup(Date.now(), reason));
      },
    } as unknown as Platform;
    return { platform, saved };
  }

  it('saves a full, restorable backup when due, and nothing when not', async () => {
    const db = new HamishDb(name);
    await addSampleLibrary(db);
    const due = fakePlatform([backup(Date.now() - 2 * DAY_MS)]);
    expect(await runDailyBackupIfDue(db, due.platform)).toBe('saved');
    expect(due.saved).toHaveLength(1);
    const read = await readBackup(due.saved[0]!.data);
    expect(read.ok && read.value.reason).toBe('daily');
    expect(read.ok && read.value.rows.notes).toHaveLength(3);

    const notDue = fakePlatform([backup(Date.now() - 1000)]);
    expect(await runDailyBackupIfDue(db, notDue.platform)).toBe('not-due');
    expect(notDue.saved).toEqual([]);
  });

  it('reports a failed save without throwing', async () => {
    const db = new HamishDb(name);
    expect(await runDailyBackupIfDue(db, fakePlatform([], true).platform)).toBe('failed');
  });
});
