// One import as the UI sees it: what it imports, and where it stands. Each status carries what
// belongs to it and nothing else — a failure its reason, a stored article its id and title, a
// job at work its stage — so a reader of a job cannot find an article id on a failure or a
// reason on a success. importQueue.ts moves jobs from one status to the next.

import type { ImportErrorCode } from './errors';
import type { ImportInput, ImportStage } from './prepare';

interface JobIdentity {
  readonly id: string;
  readonly kind: ImportInput['kind'];
  /** The file name or address; empty for pasted text. */
  readonly label: string;
  /** A web address typed without a scheme, taken as https: a failure says so. */
  readonly schemeAdded: boolean;
}

/** Where a job stands, with what that status carries. */
export type JobState =
  | { readonly status: 'queued' }
  | {
      readonly status: 'working';
      readonly stage: ImportStage | null;
      /** Progress within the stage (images fetched of all), else 0 of 0. */
      readonly done: number;
      readonly total: number;
    }
  | { readonly status: 'done'; readonly articleId: string; readonly title: string; readonly skippedImages: number }
  | { readonly status: 'failed'; readonly error: ImportErrorCode; readonly detail: string | null }
  /** The library has this article already (`articleId`); the user opens it or keeps both. */
  | {
      readonly status: 'duplicate';
      readonly articleId: string;
      readonly title: string;
      /** The same source address with other text: the existing article can be updated. */
      readonly canUpdate: boolean;
    }
  /** A web address on this computer or the own network: saved only if the user confirms. */
  | { readonly status: 'confirm-private'; readonly detail: string | null }
  | {
      readonly status: 'updated';
      readonly articleId: string;
      readonly title: string;
      readonly skippedImages: number;
      /** Why undoing the update was refused (the job stays updated). */
      readonly undoError: ImportErrorCode | null;
    }
  | { readonly status: 'reverted'; readonly articleId: string; readonly title: string }
  | { readonly status: 'cancelled' };

export type ImportJob = JobIdentity & JobState;
export type JobStatus = JobState['status'];
/** A job known to be in status S. */
export type JobIn<S extends JobStatus> = Extract<ImportJob, { readonly status: S }>;

/** Not finished: running, or waiting for the user's answer about an address on their network. */
export function isUnfinished(job: ImportJob): boolean {
  return job.status === 'queued' || job.status === 'working' || job.status === 'confirm-private';
}

/** A new job for `input`, queued. */
export function queuedJob(id: string, input: ImportInput): ImportJob {
  return {
    id,
    kind: input.kind,
    label: input.kind === 'file' ? input.name : input.kind === 'web' ? input.url : '',
    schemeAdded: input.kind === 'web' && input.schemeAdded === true,
    status: 'queued',
  };
}

/** The job in its new state, as it was in everything else. */
export function withState(job: ImportJob, state: JobState): ImportJob {
  const { id, kind, label, schemeAdded } = job;
  return { id, kind, label, schemeAdded, ...state };
}

/** How a job that ended with `error` stands: cancelled is a status of its own. */
export function failedState(error: ImportErrorCode, detail?: string): JobState {
  return error === 'cancelled' ? { status: 'cancelled' } : { status: 'failed', error, detail: detail ?? null };
}
