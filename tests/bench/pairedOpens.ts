// Timing "open article A" against "open article B" in one page, as a ratio that holds up when the
// machine's load swings (reader.open_1mb_200notes_ratio, highlights.open_1mb_2000_ratio). One open
// swings by tens of ms, and the medians of either side alone drift with whatever else runs, so the
// two opens are taken in pairs under a second apart and the value is the median of the pairs'
// ratios, each taken under one load of the machine.

import type { Page } from '@playwright/test';
import { automaticBackupFileName } from '../../electron/common/backups';
import { median, round } from './harness';

/** Timed pairs of opens at least, whatever BENCH_RUNS says: one open swings by tens of ms. */
export const MIN_PAIRS = 15;

/**
 * Stores an (empty) automatic backup dated now, as an app already used today has one. Otherwise
 * the daily backup (backup/automaticBackups.ts) starts 30 s after the page, exports the 1 MB
 * articles for hundreds of ms, and lands in whichever opens are being timed then.
 */
export async function keepTodaysBackup(page: Page): Promise<void> {
  await page.evaluate(
    async (name) => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle('backups', { create: true });
      await folder.getFileHandle(name, { create: true });
    },
    automaticBackupFileName(Date.now(), 'daily'),
  );
}

export interface PairedOpens {
  /** Median of the pairs' ratios (measured / baseline): the bench's value. */
  value: number;
  runs: number;
  with_ms: number;
  baseline_ms: number;
  /** The ratio of the two medians, for comparison with figures taken before pairing. */
  ratio_of_medians: number;
}

/**
 * After one untimed open of each (the first opens of a page run cold code and read a cold
 * database, and took up to twice as long as the rest), at least MIN_PAIRS pairs of `baseline`
 * and `measured`, alternating which opens first so neither always opens after the other.
 */
export async function timePairedOpens(
  runs: number,
  measured: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<PairedOpens> {
  await baseline();
  await measured();
  const withMs: number[] = [];
  const without: number[] = [];
  const pairRatios: number[] = [];
  const pairs = Math.max(runs, MIN_PAIRS);
  for (let i = 0; i < pairs; i += 1) {
    let measuredMs: number;
    let baselineMs: number;
    if (i % 2 === 0) {
      baselineMs = await baseline();
      measuredMs = await measured();
    } else {
      measuredMs = await measured();
      baselineMs = await baseline();
    }
    withMs.push(measuredMs);
    without.push(baselineMs);
    pairRatios.push(measuredMs / baselineMs);
  }
  return {
    value: round(median(pairRatios), 3),
    runs: pairs,
    with_ms: round(median(withMs)),
    baseline_ms: round(median(without)),
    ratio_of_medians: round(median(withMs) / median(without), 3),
  };
}
