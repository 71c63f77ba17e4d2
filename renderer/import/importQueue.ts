// The imports in progress and just finished, one at a time in the order they were asked for.
// Each job reports its stage; the user can cancel what has not finished; a failure is kept
// on its own job while the others go on; a duplicate waits for the user to open the existing
// article or keep both — or, for an edited version of a saved page, to update the existing one
// (undoable while the job is listed). A web address on the user's own network waits for the
// user to confirm it (then it is fetched again, allowed) or decline it. The UI reads the jobs
// (importJob.ts) through useSyncExternalStore.

import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow } from '../db/types';
import type { Platform } from '../platform/Platform';
import type { ImportErrorCode } from './errors';
import { fileInputs, openedPathInputs, readAhead } from './importInputs';
import { failedState, isUnfinished, queuedJob, withState, type ImportJob, type JobState } from './importJob';
import { loadPipeline, type Extraction, type Pipeline } from './pipelineLoader';
import type { ImportInput, PreparedArticle } from './prepare';
import { findDuplicate, rowFor, saveArticle } from './store';
import { revertUpdate, updateArticle, type ReplacedVersion } from './updateArticle';

export type { ImportJob, JobIn, JobStatus } from './importJob';
export type { Extraction } from './pipelineLoader';

export const IMPORT_START_MARK = 'hamish:import-start';
export const IMPORT_STORED_MARK = 'hamish:import-stored';

export class ImportQueue {
  private jobs: readonly ImportJob[] = [];
  private readonly inputs = new Map<string, ImportInput>();
  private readonly controllers = new Map<string, AbortController>();
  /** Duplicates waiting for the user's answer, with what would be stored. */
  private readonly waiting = new Map<string, { prepared: PreparedArticle; row: ArticleRow }>();
  /** Web addresses on the own network, waiting for the user's answer. */
  private readonly unconfirmed = new Map<string, Extract<ImportInput, { kind: 'web' }>>();
  /** What each update replaced, for its undo; forgotten with the job. */
  private readonly replaced = new Map<string, ReplacedVersion>();
  private readonly listeners = new Set<() => void>();
  private running = false;
  private extraction: Extraction | null;

  constructor(
    private readonly db: HamishDb,
    private readonly platform: Pick<Platform, 'startWebCapture' | 'readOpenedFiles'>,
    private readonly onStored?: (row: ArticleRow, job: ImportJob) => void,
    /** Where conversions run; by default the extraction frame (tests in Node pass their own). */
    extraction?: Extraction,
  ) {
    this.extraction = extraction ?? null;
  }

  private extractionFrom(loaded: Pipeline): Extraction {
    this.extraction ??= loaded.createExtractionHost();
    return this.extraction;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly ImportJob[] => this.jobs;

  /** Starts loading the pipeline before the first input arrives; nothing else happens. */
  warmUp(): void {
    loadPipeline().then(
      (loaded) => this.extractionFrom(loaded).warmUp(),
      () => undefined,
    );
  }

  /** Queues imports; returns their job ids. */
  enqueue(inputs: readonly ImportInput[]): string[] {
    if (inputs.length === 0) return [];
    performance.mark(IMPORT_START_MARK);
    const added = inputs.map((input) => {
      const id = crypto.randomUUID();
      this.inputs.set(id, input);
      return queuedJob(id, input);
    });
    this.jobs = [...this.jobs, ...added];
    this.emit();
    void this.run();
    return added.map((job) => job.id);
  }

  /** Files from the user's disk or a drop. */
  enqueueFiles(files: readonly File[]): string[] {
    return this.enqueue(fileInputs(files));
  }

  /** Documents Electron was opened with; main reads them. */
  enqueueOpenedPaths(paths: readonly string[]): string[] {
    return this.enqueue(openedPathInputs(paths, this.platform));
  }

  /** Cancels every job that has not finished. Whatever was stored stays; nothing half-stored. */
  cancelAll(): void {
    for (const job of this.jobs) if (isUnfinished(job)) this.cancel(job.id);
  }

  cancel(id: string): void {
    this.declinePrivate(id);
    const job = this.find(id);
    if (job === undefined || !isUnfinished(job)) return;
    this.controllers.get(id)?.abort();
    if (job.status === 'queued') this.set(id, { status: 'cancelled' });
  }

  /** The user confirmed saving an address on their own network: it is fetched again, allowed. */
  confirmPrivate(id: string): void {
    const input = this.unconfirmed.get(id);
    if (input === undefined) return;
    this.unconfirmed.delete(id);
    this.inputs.set(id, { ...input, allowPrivateNetwork: true });
    this.set(id, { status: 'queued' });
    void this.run();
  }

  /** The user declined (or cancelled): nothing is fetched from their network. */
  declinePrivate(id: string): void {
    if (!this.unconfirmed.delete(id)) return;
    this.set(id, { status: 'cancelled' });
  }

  /** Stores a duplicate anyway. */
  async keepBoth(id: string): Promise<void> {
    const pending = this.waiting.get(id);
    if (pending === undefined) return;
    this.waiting.delete(id);
    this.set(id, { status: 'working', stage: 'saving', done: 0, total: 0 });
    const row = await rowFor(pending.prepared);
    await this.save(id, pending.prepared, row);
  }

  /**
   * Replaces the existing article's text with this edited version of it (same source address).
   * The article keeps its id, tags and notes; its highlights re-anchor when it is next opened.
   */
  async updateExisting(id: string): Promise<void> {
    const pending = this.waiting.get(id);
    const job = this.find(id);
    if (pending === undefined || job?.status !== 'duplicate' || !job.canUpdate) return;
    this.waiting.delete(id);
    this.set(id, { status: 'working', stage: 'saving', done: 0, total: 0 });
    const updated = await updateArticle(this.db, job.articleId, pending.prepared, pending.row);
    if (!updated.ok) {
      this.fail(id, updated.error, updated.detail);
      return;
    }
    this.replaced.set(id, updated.value.replaced);
    performance.mark(IMPORT_STORED_MARK);
    this.set(id, {
      status: 'updated',
      articleId: job.articleId,
      title: updated.value.row.title,
      skippedImages: pending.prepared.skippedImages,
      undoError: null,
    });
  }

  /** Puts back the version an update replaced, unless the article has changed since. */
  async undoUpdate(id: string): Promise<void> {
    const replaced = this.replaced.get(id);
    const job = this.find(id);
    if (replaced === undefined || job?.status !== 'updated') return;
    const reverted = await revertUpdate(this.db, replaced);
    if (!reverted.ok) {
      this.set(id, { ...job, undoError: reverted.error });
      return;
    }
    this.replaced.delete(id);
    this.set(id, { status: 'reverted', articleId: job.articleId, title: reverted.value.title });
  }

  /** Forgets a job (a duplicate the user resolved by opening the existing article, say). */
  dismiss(id: string): void {
    const job = this.find(id);
    if (job === undefined || isUnfinished(job)) return;
    this.forget(id);
    this.jobs = this.jobs.filter((candidate) => candidate.id !== id);
    this.emit();
  }

  /** Forgets every finished job (a duplicate not resolved is left out, as the user chose). */
  clearFinished(): void {
    for (const job of this.jobs) if (!isUnfinished(job)) this.forget(job.id);
    this.jobs = this.jobs.filter(isUnfinished);
    this.emit();
  }

  private forget(id: string): void {
    this.waiting.delete(id);
    this.unconfirmed.delete(id);
    this.replaced.delete(id);
    this.inputs.delete(id);
  }

  private find(id: string): ImportJob | undefined {
    return this.jobs.find((candidate) => candidate.id === id);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private set(id: string, state: JobState): void {
    this.jobs = this.jobs.map((job) => (job.id === id ? withState(job, state) : job));
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
    // This file's bytes, and the next one's, are read while the pipeline loads and this one converts.
    readAhead(input);
    const next = this.jobs.find((other) => other.id !== job.id && other.status === 'queued');
    if (next !== undefined) readAhead(this.inputs.get(next.id));
    const controller = new AbortController();
    this.controllers.set(job.id, controller);
    this.set(job.id, { status: 'working', stage: null, done: 0, total: 0 });
    try {
      const loaded = await loadPipeline();
      const prepared = await loaded.prepareImport(input, {
        platform: this.platform,
        signal: controller.signal,
        convert: this.extractionFrom(loaded).convert,
        onStage: (stage, done = 0, total = 0) => this.set(job.id, { status: 'working', stage, done, total }),
      });
      if (controller.signal.aborted) return this.fail(job.id, 'cancelled');
      if (!prepared.ok && prepared.error === 'private-address' && input.kind === 'web' && !input.allowPrivateNetwork) {
        this.unconfirmed.set(job.id, input);
        this.set(job.id, { status: 'confirm-private', detail: prepared.detail ?? null });
        return;
      }
      if (!prepared.ok) return this.fail(job.id, prepared.error, prepared.detail);
      this.set(job.id, { status: 'working', stage: 'saving', done: 0, total: 0 });
      const row = await rowFor(prepared.value);
      const duplicate = await findDuplicate(this.db, row.contentHash, row.sourceUrl);
      if (controller.signal.aborted) return this.fail(job.id, 'cancelled');
      if (duplicate !== null) {
        this.waiting.set(job.id, { prepared: prepared.value, row });
        const { existing, match } = duplicate;
        this.set(job.id, {
          status: 'duplicate',
          articleId: existing.id,
          title: existing.title,
          canUpdate: match === 'source',
        });
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
    this.set(id, { status: 'done', articleId: row.id, title: row.title, skippedImages: prepared.skippedImages });
    const job = this.find(id);
    if (job !== undefined) this.onStored?.(row, job);
  }

  private fail(id: string, error: ImportErrorCode, detail?: string): void {
    this.set(id, failedState(error, detail));
  }
}
