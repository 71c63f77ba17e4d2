// The imports in progress and just finished, one at a time in the order they were asked for.
// Each job reports its stage; the user can cancel what has not finished; a failure is kept
// on its own job while the others go on; a duplicate waits for the user to open the existing
// article or keep both. The UI reads it through useSyncExternalStore.

import { err, ok } from '../../electron/common/result';
import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow } from '../db/types';
import type { Platform } from '../platform/Platform';
import { fromReadFileError, type ImportErrorCode } from './errors';
// Types only: the pipeline itself (Readability, DOMPurify, marked, chardet) is loaded on the
// first import, so it costs nothing at start-up.
import type { ImportInput, ImportStage, PreparedArticle } from './prepare';
import { findDuplicate, rowFor, saveArticle } from './store';

export type JobStatus = 'queued' | 'working' | 'done' | 'failed' | 'duplicate' | 'cancelled';

export interface ImportJob {
  readonly id: string;
  readonly kind: ImportInput['kind'];
  /** The file name or address; empty for pasted text. */
  readonly label: string;
  readonly status: JobStatus;
  readonly stage: ImportStage | null;
  readonly done: number;
  readonly total: number;
  readonly error: ImportErrorCode | null;
  readonly detail: string | null;
  /** The stored article (done), or the one it duplicates (duplicate). */
  readonly articleId: string | null;
  readonly title: string | null;
  readonly skippedImages: number;
}

export const IMPORT_START_MARK = 'hamish:import-start';
export const IMPORT_STORED_MARK = 'hamish:import-stored';

const UNFINISHED: readonly JobStatus[] = ['queued', 'working'];

export class ImportQueue {
  private jobs: readonly ImportJob[] = [];
  private readonly inputs = new Map<string, ImportInput>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly waiting = new Map<string, { prepared: PreparedArticle; row: ArticleRow }>();
  private readonly listeners = new Set<() => void>();
  private running = false;

  constructor(
    private readonly db: HamishDb,
    private readonly platform: Pick<Platform, 'startWebCapture' | 'readOpenedFiles'>,
    private readonly onStored?: (row: ArticleRow, job: ImportJob) => void,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly ImportJob[] => this.jobs;

  /** Queues imports; returns their job ids. */
  enqueue(inputs: readonly ImportInput[]): string[] {
    if (inputs.length === 0) return [];
    performance.mark(IMPORT_START_MARK);
    const added = inputs.map((input): ImportJob => {
      const id = crypto.randomUUID();
      this.inputs.set(id, input);
      return {
        id,
        kind: input.kind,
        label: input.kind === 'file' ? input.name : input.kind === 'web' ? input.url : '',
        status: 'queued',
        stage: null,
        done: 0,
        total: 0,
        error: null,
        detail: null,
        articleId: null,
        title: null,
        skippedImages: 0,
      };
    });
    this.jobs = [...this.jobs, ...added];
    this.emit();
    void this.run();
    return added.map((job) => job.id);
  }

  /** Files from the user's disk or a drop. */
  enqueueFiles(files: readonly File[]): string[] {
    return this.enqueue(
      files.map((file) => ({
        kind: 'file',
        name: file.name,
        size: file.size,
        read: async () => {
          try {
            return ok(new Uint8Array(await file.arrayBuffer()));
          } catch (error) {
            return err('unreadable', String(error));
          }
        },
      })),
    );
  }

  /** Documents Electron was opened with; main reads them. */
  enqueueOpenedPaths(paths: readonly string[]): string[] {
    return this.enqueue(
      paths.map((path) => ({
        kind: 'file',
        name: path.split(/[\\/]/).pop() ?? path,
        size: null,
        read: async () => {
          const [result] = await this.platform.readOpenedFiles([path]);
          if (result === undefined) return err('unreadable');
          return result.ok ? ok(result.bytes) : err(fromReadFileError(result.error));
        },
      })),
    );
  }

  /** Cancels every job that has not finished. Whatever was stored stays; nothing half-stored. */
  cancelAll(): void {
    for (const job of this.jobs) if (UNFINISHED.includes(job.status)) this.cancel(job.id);
  }

  cancel(id: string): void {
    const job = this.jobs.find((candidate) => candidate.id === id);
    if (job === undefined || !UNFINISHED.includes(job.status)) return;
    this.controllers.get(id)?.abort();
    if (job.status === 'queued') this.update(id, { status: 'cancelled', stage: null, error: 'cancelled' });
  }

  /** Stores a duplicate anyway. */
  async keepBoth(id: string): Promise<void> {
    const pending = this.waiting.get(id);
    if (pending === undefined) return;
    this.waiting.delete(id);
    this.update(id, { status: 'working', stage: 'saving' });
    const row = await rowFor(pending.prepared);
    await this.save(id, pending.prepared, row);
  }

  /** Forgets a job (a duplicate the user resolved by opening the existing article, say). */
  dismiss(id: string): void {
    const job = this.jobs.find((candidate) => candidate.id === id);
    if (job === undefined || UNFINISHED.includes(job.status)) return;
    this.waiting.delete(id);
    this.inputs.delete(id);
    this.jobs = this.jobs.filter((candidate) => candidate.id !== id);
    this.emit();
  }

  /** Forgets every finished job (a duplicate not resolved is left out, as the user chose). */
  clearFinished(): void {
    this.jobs = this.jobs.filter((job) => UNFINISHED.includes(job.status));
    for (const id of [...this.waiting.keys()]) if (!this.jobs.some((job) => job.id === id)) this.waiting.delete(id);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private update(id: string, patch: Partial<ImportJob>): void {
    this.jobs = this.jobs.map((job) => (job.id === id ? { ...job, ...patch } : job));
    this.emit();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.nextQueued(); next !== undefined; next = this.nextQueued()) await this.process(next);
    } finally {
      this.running = false;
    }
  }

  private nextQueued(): ImportJob | undefined {
    return this.jobs.find((job) => job.status === 'queued');
  }

  private async process(job: ImportJob): Promise<void> {
    const input = this.inputs.get(job.id);
    if (input === undefined) return;
    const controller = new AbortController();
    this.controllers.set(job.id, controller);
    this.update(job.id, { status: 'working', stage: null });
    try {
      const { prepareImport } = await import('./prepare');
      const prepared = await prepareImport(input, {
        platform: this.platform,
        signal: controller.signal,
        onStage: (stage, done = 0, total = 0) => this.update(job.id, { stage, done, total }),
      });
      if (controller.signal.aborted) return this.fail(job.id, 'cancelled');
      if (!prepared.ok) return this.fail(job.id, prepared.error, prepared.detail);
      this.update(job.id, { stage: 'saving', done: 0, total: 0 });
      const row = await rowFor(prepared.value);
      const existing = await findDuplicate(this.db, row.contentHash, row.sourceUrl);
      if (controller.signal.aborted) return this.fail(job.id, 'cancelled');
      if (existing !== null) {
        this.waiting.set(job.id, { prepared: prepared.value, row });
        this.update(job.id, { status: 'duplicate', stage: null, articleId: existing.id, title: existing.title });
        return;
      }
      await this.save(job.id, prepared.value, row);
    } catch (error) {
      console.error('Import failed', error);
      this.fail(job.id, 'failed', String(error));
    } finally {
      this.controllers.delete(job.id);
      this.inputs.delete(job.id);
    }
  }

  private async save(id: string, prepared: PreparedArticle, row: ArticleRow): Promise<void> {
    const saved = await saveArticle(this.db, prepared, row);
    if (!saved.ok) {
      this.fail(id, saved.error, saved.detail);
      return;
    }
    performance.mark(IMPORT_STORED_MARK);
    this.update(id, { status: 'done', stage: null, articleId: row.id, title: row.title, skippedImages: prepared.skippedImages });
    const job = this.jobs.find((candidate) => candidate.id === id);
    if (job !== undefined) this.onStored?.(row, job);
  }

  private fail(id: string, error: ImportErrorCode, detail?: string): void {
    this.update(id, { status: error === 'cancelled' ? 'cancelled' : 'failed', stage: null, error, detail: detail ?? null });
  }
}
