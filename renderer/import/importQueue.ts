// The imports in progress and just finished, one at a time in the order they were asked for.
// Each job reports its stage; the user can cancel what has not finished; a failure is kept
// on its own job while the others go on; a duplicate waits for the user to open the existing
// article or keep both — or, for an edited version of a saved page, to update the existing one
// (undoable while the job is listed). A web address on the user's own network waits for the
// user to confirm it (then it is fetched again, allowed) or decline it. The UI reads it through
// useSyncExternalStore.

import { err, ok } from '../../electron/common/result';
import type { HamishDb } from '../db/HamishDb';
import type { ArticleRow } from '../db/types';
import type { Platform } from '../platform/Platform';
import { fromReadFileError, type ImportErrorCode } from './errors';
import type { Converter } from './extraction/extractionHost';
// Types only: the pipeline itself (decoding, images, the extraction frame's host) is loaded on
// the first import, so it costs nothing at start-up.
import type * as PipelineModule from './pipeline';
import type { ImportInput, ImportStage, PreparedArticle } from './prepare';
import { findDuplicate, rowFor, saveArticle } from './store';
import { revertUpdate, updateArticle, type ReplacedVersion } from './updateArticle';

export type JobStatus =
  | 'queued'
  | 'working'
  | 'done'
  | 'failed'
  | 'duplicate'
  /** A web address on this computer or the own network: saved only if the user confirms. */
  | 'confirm-private'
  | 'updated'
  | 'reverted'
  | 'cancelled';

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
  /** The stored article (done, updated, reverted), or the one it duplicates (duplicate). */
  readonly articleId: string | null;
  readonly title: string | null;
  readonly skippedImages: number;
  /** A duplicate by source address with other text: the existing article can be updated. */
  readonly canUpdate: boolean;
  /** Why undoing an update was refused (the job stays `updated`). */
  readonly undoError: ImportErrorCode | null;
  /** A web address typed without a scheme, taken as https: a failure says so. */
  readonly schemeAdded: boolean;
}

export const IMPORT_START_MARK = 'hamish:import-start';
export const IMPORT_STORED_MARK = 'hamish:import-stored';

/** Not finished: running, or waiting for the user's answer about an address on their network. */
const UNFINISHED: readonly JobStatus[] = ['queued', 'working', 'confirm-private'];

/** Where conversions run, and how to start it ahead of the first one. */
export interface Extraction {
  readonly convert: Converter;
  warmUp(): void;
}

type Pipeline = typeof PipelineModule;
let pipeline: Promise<Pipeline> | null = null;

/**
 * The pipeline chunk, fetched and compiled once. Asked for as soon as an import looks likely
 * (the dialog opens, files are dragged over the window), so that choosing a file does not
 * wait for it: loading it took ~80 ms of a 1 MB import.
 */
function loadPipeline(): Promise<Pipeline> {
  pipeline ??= import('./pipeline').catch((error: unknown) => {
    // A failed load (a chunk missing after an update, say) is retried by the next import.
    pipeline = null;
    throw error;
  });
  return pipeline;
}

export class ImportQueue {
  private jobs: readonly ImportJob[] = [];
  private readonly inputs = new Map<string, ImportInput>();
  private readonly controllers = new Map<string, AbortController>();
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
        canUpdate: false,
        undoError: null,
        schemeAdded: input.kind === 'web' && input.schemeAdded === true,
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
    this.declinePrivate(id);
    const job = this.jobs.find((candidate) => candidate.id === id);
    if (job === undefined || !UNFINISHED.includes(job.status)) return;
    this.controllers.get(id)?.abort();
    if (job.status === 'queued') this.update(id, { status: 'cancelled', stage: null, error: 'cancelled' });
  }

  /** The user confirmed saving an address on their own network: it is fetched again, allowed. */
  confirmPrivate(id: string): void {
    const input = this.unconfirmed.get(id);
    if (input === undefined) return;
    this.unconfirmed.delete(id);
    this.inputs.set(id, { ...input, allowPrivateNetwork: true });
    this.update(id, { status: 'queued', stage: null, error: null, detail: null });
    void this.run();
  }

  /** The user declined (or cancelled): nothing is fetched from their network. */
  declinePrivate(id: string): void {
    if (!this.unconfirmed.delete(id)) return;
    this.update(id, { status: 'cancelled', stage: null, error: 'cancelled' });
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

  /**
   * Replaces the existing article's text with this edited version of it (same source address).
   * The article keeps its id, tags and notes; its highlights re-anchor when it is next opened.
   */
  async updateExisting(id: string): Promise<void> {
    const pending = this.waiting.get(id);
    const job = this.jobs.find((candidate) => candidate.id === id);
    if (pending === undefined || job?.articleId == null || !job.canUpdate) return;
    this.waiting.delete(id);
    this.update(id, { status: 'working', stage: 'saving' });
    const updated = await updateArticle(this.db, job.articleId, pending.prepared, pending.row);
    if (!updated.ok) {
      this.fail(id, updated.error, updated.detail);
      return;
    }
    this.replaced.set(id, updated.value.replaced);
    performance.mark(IMPORT_STORED_MARK);
    this.update(id, {
      status: 'updated',
      stage: null,
      title: updated.value.row.title,
      skippedImages: pending.prepared.skippedImages,
    });
  }

  /** Puts back the version an update replaced, unless the article has changed since. */
  async undoUpdate(id: string): Promise<void> {
    const replaced = this.replaced.get(id);
    if (replaced === undefined) return;
    const reverted = await revertUpdate(this.db, replaced);
    if (!reverted.ok) {
      this.update(id, { undoError: reverted.error });
      return;
    }
    this.replaced.delete(id);
    this.update(id, { status: 'reverted', title: reverted.value.title, undoError: null });
  }

  /** Forgets a job (a duplicate the user resolved by opening the existing article, say). */
  dismiss(id: string): void {
    const job = this.jobs.find((candidate) => candidate.id === id);
    if (job === undefined || UNFINISHED.includes(job.status)) return;
    this.waiting.delete(id);
    this.unconfirmed.delete(id);
    this.replaced.delete(id);
    this.inputs.delete(id);
    this.jobs = this.jobs.filter((candidate) => candidate.id !== id);
    this.emit();
  }

  /** Forgets every finished job (a duplicate not resolved is left out, as the user chose). */
  clearFinished(): void {
    this.jobs = this.jobs.filter((job) => UNFINISHED.includes(job.status));
    for (const id of [...this.waiting.keys()]) if (!this.jobs.some((job) => job.id === id)) this.waiting.delete(id);
    for (const id of [...this.unconfirmed.keys()])
      if (!this.jobs.some((job) => job.id === id)) this.unconfirmed.delete(id);
    for (const id of [...this.replaced.keys()]) if (!this.jobs.some((job) => job.id === id)) this.replaced.delete(id);
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
      const loaded = await loadPipeline();
      const { prepareImport } = loaded;
      const prepared = await prepareImport(input, {
        platform: this.platform,
        signal: controller.signal,
        convert: this.extractionFrom(loaded).convert,
        onStage: (stage, done = 0, total = 0) => this.update(job.id, { stage, done, total }),
      });
      if (controller.signal.aborted) return this.fail(job.id, 'cancelled');
      if (!prepared.ok && prepared.error === 'private-address' && input.kind === 'web' && !input.allowPrivateNetwork) {
        this.unconfirmed.set(job.id, input);
        this.update(job.id, { status: 'confirm-private', stage: null, detail: prepared.detail ?? null });
        return;
      }
      if (!prepared.ok) return this.fail(job.id, prepared.error, prepared.detail);
      this.update(job.id, { stage: 'saving', done: 0, total: 0 });
      const row = await rowFor(prepared.value);
      const duplicate = await findDuplicate(this.db, row.contentHash, row.sourceUrl);
      if (controller.signal.aborted) return this.fail(job.id, 'cancelled');
      if (duplicate !== null) {
        this.waiting.set(job.id, { prepared: prepared.value, row });
        const { existing, match } = duplicate;
        this.update(job.id, {
          status: 'duplicate',
          stage: null,
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
    this.update(id, {
      status: 'done',
      stage: null,
      articleId: row.id,
      title: row.title,
      skippedImages: prepared.skippedImages,
    });
    const job = this.jobs.find((candidate) => candidate.id === id);
    if (job !== undefined) this.onStored?.(row, job);
  }

  private fail(id: string, error: ImportErrorCode, detail?: string): void {
    this.update(id, {
      status: error === 'cancelled' ? 'cancelled' : 'failed',
      stage: null,
      error,
      detail: detail ?? null,
    });
  }
}
