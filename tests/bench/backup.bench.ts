// backup.export_ms and backup.restore_ms for 1,000 articles, 10,000 highlights and 10,000
// notes (seeded text from generate.ts), through the app's own modules in the test harness.
// Export: the whole library to a backup file (Blob). Restore: read, check and write that file
// back (replace). Baselines, same run and same data: a raw toArray() of the same tables for
// export, and a raw clear + bulkAdd of the same rows (already in memory) for restore.
// backup.merge_preview_ms: the summary shown before a merge of that file, once 100 articles,
// 1,000 highlights and 1,000 notes were deleted after it was made; baseline: a raw bulkGet of
// the same keys from the same tables, which is the reading the summary cannot do without.

import { TestHarness } from '../e2e/models/TestHarness';
import { median, round, type Benchmark } from './harness';

const SIZE = { articles: 1000, highlights: 10_000, notes: 10_000 };
const TARGET_MS = 10_000;
const PREVIEW_TARGET_MS = 2_000;
const DELETED_AFTER_BACKUP = { articles: 100, highlights: 1000, notes: 1000 };

export const backup: Benchmark = {
  name: 'backup',
  async run({ browser, baseUrl, runs }, report) {
    const context = await browser.newContext();
    const harness = await new TestHarness(await context.newPage(), baseUrl).open();
    const call = harness.call.bind(harness);
    await call('seed', SIZE);

    const exportMs: number[] = [];
    const restoreMs: number[] = [];
    const readMs: number[] = [];
    const writeMs: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run += 1) {
      readMs.push(await call('benchReadBaseline'));
      const exported = await call('benchExport');
      exportMs.push(exported.ms);
      bytes = exported.bytes;
      writeMs.push(await call('benchWriteBaseline'));
      restoreMs.push(await call('benchRestore'));
    }
    await call('deleteArticles', DELETED_AFTER_BACKUP.articles);
    await call('deleteHighlightsAndNotes', DELETED_AFTER_BACKUP.highlights);
    const previewMs: number[] = [];
    const lookupMs: number[] = [];
    let deletedSinceBackup = 0;
    for (let run = 0; run < runs; run += 1) {
      lookupMs.push(await call('benchMergePreviewBaseline'));
      const { ms, preview } = await call('benchMergePreview');
      previewMs.push(ms);
      deletedSinceBackup =
        preview.articles.deletedSinceBackup + preview.highlights.deletedSinceBackup + preview.notes.deletedSinceBackup;
    }
    await context.close();

    const common = {
      runs,
      articles: SIZE.articles,
      highlights: SIZE.highlights,
      notes: SIZE.notes,
      file_mb: round(bytes / 1e6, 1),
      target_ms: TARGET_MS,
    };
    const exportValue = median(exportMs);
    const readBaseline = median(readMs);
    report({
      bench: 'backup.export_ms',
      value: round(exportValue),
      unit: 'ms',
      ...common,
      baseline: 'raw toArray() of the same tables',
      baseline_ms: round(readBaseline),
      ratio: round(exportValue / readBaseline),
    });
    const restoreValue = median(restoreMs);
    const writeBaseline = median(writeMs);
    report({
      bench: 'backup.restore_ms',
      value: round(restoreValue),
      unit: 'ms',
      ...common,
      baseline: 'raw clear + bulkAdd of the same rows',
      baseline_ms: round(writeBaseline),
      ratio: round(restoreValue / writeBaseline),
    });
    const previewValue = median(previewMs);
    const lookupBaseline = median(lookupMs);
    report({
      bench: 'backup.merge_preview_ms',
      value: round(previewValue),
      unit: 'ms',
      ...common,
      target_ms: PREVIEW_TARGET_MS,
      deleted_since_backup: deletedSinceBackup,
      baseline: 'raw bulkGet of the same keys',
      baseline_ms: round(lookupBaseline),
      ratio: round(previewValue / lookupBaseline),
    });
  },
};
