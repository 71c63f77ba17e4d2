// What the import queue's tests share: a real (fake-indexeddb) database opened fresh for each
// test and deleted after it, a platform whose web capture and opened files answer as the test
// says, a queue converting on the test's own thread, and waits for the queue to settle.

import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { err } from '../../../electron/common/result';
import { HamishDb } from '../../../renderer/db/HamishDb';
import type { Platform, WebCapture } from '../../../renderer/platform/Platform';
import { ImportQueue, type ImportJob } from '../../../renderer/import/importQueue';
import { inPageExtraction } from './inPageExtraction';

export type QueuePlatform = Pick<Platform, 'startWebCapture' | 'readOpenedFiles'>;

/** A database for each test of the file, named after `prefix`; read it inside a test. */
export function queueDatabase(prefix: string): { readonly db: HamishDb } {
  let db: HamishDb | null = null;
  let name = '';
  let counter = 0;
  beforeEach(async () => {
    counter += 1;
    name = `${prefix}-${counter}`;
    db = new HamishDb(name);
    await db.open();
  });
  afterEach(async () => {
    db?.close();
    db = null;
    await HamishDb.delete(name);
  });
  return {
    get db() {
      if (db === null) throw new Error('the database exists only inside a test');
      return db;
    },
  };
}

/** A platform that fetches nothing (unless `fetchPage` says otherwise) and has no opened files (unless given). */
export function queuePlatform(parts: Partial<Pick<WebCapture, 'fetchPage'> & QueuePlatform> = {}): QueuePlatform {
  const fetchPage: WebCapture['fetchPage'] = parts.fetchPage ?? (async () => err('unreachable' as const));
  return {
    startWebCapture:
      parts.startWebCapture ??
      (() => ({ fetchPage, fetchImage: async () => err('unreachable' as const), end: () => {} })),
    readOpenedFiles: parts.readOpenedFiles ?? (async () => []),
  };
}

/** A queue on `db` and `platform` that converts on the calling thread. */
export function testQueue(
  db: HamishDb,
  platform: QueuePlatform,
  onStored?: ConstructorParameters<typeof ImportQueue>[2],
) {
  return new ImportQueue(db, platform, onStored, inPageExtraction);
}

/** The jobs once none is queued or at work. */
export function settled(queue: ImportQueue): Promise<readonly ImportJob[]> {
  return new Promise((resolve) => {
    const check = () => {
      const jobs = queue.getSnapshot();
      if (jobs.every((job) => job.status !== 'queued' && job.status !== 'working')) {
        unsubscribe();
        resolve(jobs);
      }
    };
    const unsubscribe = queue.subscribe(check);
    check();
  });
}

/** The article a job stored, updated or found, or an error saying the job has none. */
export function articleOf(job: ImportJob | undefined): string {
  if (job !== undefined && 'articleId' in job) return job.articleId;
  throw new Error(`the job has no article: ${JSON.stringify(job)}`);
}

/** What a job says to the user in a test's words: its status, reason of failure and title, where it has them. */
export function outline(job: ImportJob): { status: string; error: string | null; title: string | null } {
  return {
    status: job.status,
    error: job.status === 'failed' ? job.error : null,
    title: 'title' in job ? job.title : null,
  };
}
