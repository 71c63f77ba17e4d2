// The words of a merge summary, apart from the code that computes it (mergePlan.ts), so the
// summary dialog can show them without loading the row schemas and zod with it.

/** What the summary counts, per row the user knows: articles, highlights and notes. */
export type MergeOutcome = 'new' | 'newerInBackup' | 'newerInLibrary' | 'deletedSinceBackup';
export const MERGE_OUTCOMES: readonly MergeOutcome[] = ['new', 'newerInBackup', 'newerInLibrary', 'deletedSinceBackup'];

export const SUMMARY_TABLES = ['articles', 'highlights', 'notes'] as const;
export type SummaryTable = (typeof SUMMARY_TABLES)[number];

export type MergePreview = Record<SummaryTable, Record<MergeOutcome, number>>;

export function totalOf(preview: MergePreview, outcome: MergeOutcome): number {
  return SUMMARY_TABLES.reduce((sum, table) => sum + preview[table][outcome], 0);
}
