// What the imports panel says about a batch as a whole ("9 files: 7 added, 2 failed"), and
// which rows it shows while folded: those that ask something of the user first, so a failure
// or a duplicate is never hidden behind rows that went well.

import type { ImportJob, JobStatus } from './importQueue';

export interface JobCounts {
  total: number;
  unfinished: number;
  /** Stored: added, or an existing article updated (and possibly reverted). */
  added: number;
  failed: number;
  duplicates: number;
  cancelled: number;
  /** Every job is a file (the summary then says "files", else "items"). */
  allFiles: boolean;
}

export function countJobs(jobs: readonly ImportJob[]): JobCounts {
  const count = (...statuses: JobStatus[]) => jobs.filter((job) => statuses.includes(job.status)).length;
  return {
    total: jobs.length,
    // A page on the user's own network waiting for their answer is not finished either.
    unfinished: count('queued', 'working', 'confirm-private'),
    added: count('done', 'updated', 'reverted'),
    failed: count('failed'),
    duplicates: count('duplicate'),
    cancelled: count('cancelled'),
    allFiles: jobs.every((job) => job.kind === 'file'),
  };
}

const ATTENTION: Record<JobStatus, number> = {
  failed: 0,
  duplicate: 0,
  'confirm-private': 0,
  updated: 1,
  working: 1,
  queued: 2,
  done: 3,
  reverted: 3,
  cancelled: 3,
};

/** At most `limit` jobs, those needing attention first, each group in the order asked for. */
export function foldedJobs(jobs: readonly ImportJob[], limit: number): ImportJob[] {
  return jobs
    .map((job, index) => ({ job, index }))
    .sort((a, b) => ATTENTION[a.job.status] - ATTENTION[b.job.status] || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index)
    .map(({ job }) => job);
}
