import { describe, expect, it } from 'vitest';
import type { ImportJob, JobStatus } from './importQueue';
import { countJobs, foldedJobs } from './importSummary';

// Only the status counts here; the rest of each status's state is left out.
const job = (id: string, status: JobStatus, kind: ImportJob['kind'] = 'file'): ImportJob =>
  ({ id, kind, label: id, schemeAdded: false, status }) as ImportJob;

describe('the imports summary', () => {
  it('counts what was added, failed, already there and cancelled, and whether all were files', () => {
    const jobs = [
      job('a', 'done'),
      job('b', 'failed'),
      job('c', 'updated'),
      job('d', 'duplicate'),
      job('e', 'cancelled'),
    ];
    expect(countJobs(jobs)).toEqual({
      total: 5,
      unfinished: 0,
      added: 2,
      failed: 1,
      duplicates: 1,
      cancelled: 1,
      allFiles: true,
    });
    expect(countJobs([job('a', 'working'), job('w', 'queued', 'web')])).toMatchObject({
      unfinished: 2,
      allFiles: false,
    });
  });

  it('folded, keeps failures and duplicates in view first, in the order asked for', () => {
    const jobs = ['done', 'done', 'failed', 'done', 'queued', 'done', 'duplicate', 'done'].map((status, i) =>
      job(String(i), status as JobStatus),
    );
    expect(foldedJobs(jobs, 4).map((item) => item.id)).toEqual(['0', '2', '4', '6']);
    expect(foldedJobs(jobs, 20)).toHaveLength(8);
  });

  it('counts a page on the own network waiting for the user as unfinished, and keeps it in view when folded', () => {
    const jobs = [job('a', 'done'), job('b', 'done'), job('c', 'done'), job('p', 'confirm-private', 'web')];
    expect(countJobs(jobs)).toMatchObject({ total: 4, unfinished: 1, added: 3 });
    expect(foldedJobs(jobs, 2).map((item) => item.id)).toContain('p');
  });
});
