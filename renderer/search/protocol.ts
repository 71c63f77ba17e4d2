// The messages between the UI thread and the search worker: one map per direction, replies
// as Result values (a thrown error loses its type crossing the boundary).

import type { Result } from '../../electron/common/result';
import type { SearchRequest, SearchResponse } from './types';

/** The tables whose rows the index is built from. */
export type WatchedTable = 'articles' | 'bodies' | 'highlights' | 'notes';

/** Rows that changed in one table, by primary key, or 'all' when a whole range went at once. */
export interface TableChange {
  table: WatchedTable;
  keys: string[] | 'all';
}

export type IndexStatus =
  | { state: 'starting' }
  | { state: 'building'; done: number; total: number }
  | {
      state: 'ready';
      documents: number;
      how: 'loaded' | 'built';
      ms: number;
      /**
       * The last write of the index failed: 'full' when the disk or the browser's quota was, 'failed'
       * otherwise. The previous stored index stays as it was, and search works on; the next start
       * catches up with what it missed.
       */
      storeFailed?: 'full' | 'failed';
      /**
       * A loaded index answers before it is compared with the rows (writes no one announced
       * since it was stored): true until then; the next ready status, without it, says the
       * comparison is done, and a search asked before is worth asking again.
       */
      catchingUp?: true;
      /** A loaded index: when each step of the start ended, ms since the worker began, and sums of overlapping work (worker/startTimings.ts). */
      steps?: Record<string, number>;
    }
  | { state: 'failed'; detail: string };

export interface WorkerCalls {
  search: { request: SearchRequest; response: SearchResponse };
  changes: { request: TableChange[]; response: null };
  /** Write the index to the database now if it has unsaved changes. */
  flush: { request: null; response: null };
}

export type CallName = keyof WorkerCalls;

export type ToWorker = { [K in CallName]: { type: K; id: number; request: WorkerCalls[K]['request'] } }[CallName];

/** Why a call failed: the worker threw, or stopped. */
export type SearchFailure = 'failed';

export type FromWorker =
  | { type: 'status'; status: IndexStatus }
  | { type: 'reply'; id: number; result: Result<WorkerCalls[CallName]['response'], SearchFailure> };
