// The sync engine: owns the replica (PouchDB over IndexedDB), the connection to the server and
// the bookkeeping, and runs the three movements in one queue, so they never overlap:
//
//   library ──mirror──▶ replica ──PouchDB replication──▶ server
//   library ◀──apply─── replica ◀──────────────────────── server
//
// Loaded only when sync is set up (or being set up): PouchDB never slows the app's start.
// Module over 300 lines on purpose: it is one state machine (set-up, first sync, live, errors,
// stop), and splitting it would scatter the transitions that must be read together.

import { err, ok, type Result } from '../../../electron/common/result';
import { parseDatabaseUrl } from '../../../electron/common/syncTransport';
import type { HamishDb } from '../../db/HamishDb';
import type { Platform } from '../../platform/Platform';
import type { RowChange } from '../changeWatch';
import type { SyncKeys } from '../crypto/keys';
import type { SyncCommands, SyncErrorKind, SyncPhase, SyncSetupInput, SyncStatus } from '../syncStatus';
import { SYNC_OFF } from '../syncStatus';
import { applyRound } from './applyRound';
import type { EngineContext } from './context';
import { openLibraryKeys } from './keyCheck';
import { mirrorRows, type RowRef } from './mirror';
import { loadPouch, type PouchDatabase, type PouchError, type Replication, type ReplicationInfo } from './pouch';
import { findUnsyncedRows } from './reconcile';
import { classifySyncError, isPermanent } from './syncErrors';
import { rowKeyFor, SyncStore, syncDatabaseNames, type SyncSetup } from './syncStore';
import { transportFetch } from './transportFetch';

/** Documents per replication batch: ~100 small rows, or a handful of bodies, per request. */
const BATCH_SIZE = 100;
/** Retries after a failure: 1 s, then doubling to at most 30 s (PouchDB's default reaches 10 min). */
export function backOff(delay: number): number {
  return delay === 0 ? 1000 : Math.min(delay * 2, 30_000);
}

interface Running {
  ctx: EngineContext;
  remote: PouchDatabase;
  live: Replication | null;
  releaseLock: () => void;
}

export interface SyncEngineOptions {
  db: HamishDb;
  platform: Platform;
  libraryName: string;
  watch: { subscribe(listener: (changes: RowChange[]) => void): () => void };
  /** Delay before local changes are mirrored (coalesces a burst of writes). */
  mirrorDelayMs?: number;
}

export class SyncEngine implements SyncCommands {
  private snapshot: SyncStatus;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private running: Running | null = null;
  private readonly pending = new Map<string, RowRef>();
  private pendingTimer: ReturnType<typeof setTimeout> | null = null;
  private applyTimer: ReturnType<typeof setTimeout> | null = null;
  private unwatch: (() => void) | null = null;
  private readonly names: { store: string; replica: string };
  private store: SyncStore;
  /** The server sent an answer checkAnswer refused since the last round that went well. */
  private brokenAnswerSeen = false;

  constructor(private readonly options: SyncEngineOptions) {
    this.names = syncDatabaseNames(options.libraryName);
    this.store = new SyncStore(this.names.store);
    this.snapshot = { ...SYNC_OFF, keepsPassword: options.platform.sync.keepsPassword };
  }

  // --- status -------------------------------------------------------------------------------

  status(): SyncStatus {
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish(change: Partial<SyncStatus>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  private async refreshWaiting(): Promise<void> {
    this.publish({ waiting: (await this.store.unsent.count()) + this.pending.size });
  }

  /** Words the error for the status line, and keeps the detail in the console for whoever debugs. */
  private classify(error: unknown): SyncErrorKind {
    const found = classifySyncError(error);
    // PouchDB words a batch that failed on a refused answer only generically (transportFetch.ts).
    const kind = found === 'failed' && this.brokenAnswerSeen ? 'broken-answer' : found;
    console.warn(`Sync: ${kind}`, error);
    return kind;
  }

  private fail(error: SyncErrorKind): void {
    this.publish({ state: 'error', error, progress: null });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    // The caller gets the task's failure through `next`; the queue itself goes on to the next task.
    this.queue = next.catch(() => undefined);
    return next;
  }

  // --- start and set-up ---------------------------------------------------------------------

  /** Starts syncing if this device was set up before; otherwise stays off. */
  async start(): Promise<void> {
    const setup = await this.store.setup();
    if (setup === null) return;
    const server = await this.options.platform.sync.server();
    this.publish({
      server: { databaseUrl: setup.databaseUrl, username: setup.username },
      live: setup.live,
      lastSyncedAt: setup.lastSyncedAt,
    });
    if (server === null || !server.hasPassword || server.databaseUrl !== setup.databaseUrl) {
      this.publish({ state: 'needs-password' });
      return;
    }
    await this.run(setup);
  }

  async setUp(input: SyncSetupInput): Promise<SyncErrorKind | null> {
    const url = parseDatabaseUrl(input.address);
    if (!url.ok) return 'bad-url';
    this.publish({ state: 'setting-up', error: null, progress: { phase: 'keys', done: 0, total: 1 } });
    const outcome = await this.connect(url.value, input.username, input.password);
    if (!outcome.ok) return this.setUpFailed(outcome.error);
    const keys = await openLibraryKeys(outcome.value, input.passphrase, (fraction) =>
      this.publish({ progress: { phase: 'keys', done: Math.round(fraction * 100), total: 100 } }),
    ).catch((error: unknown) => err(this.classify(error)));
    if (!keys.ok) return this.setUpFailed(keys.error);
    const setup: SyncSetup = {
      databaseUrl: url.value,
      username: input.username,
      kdf: keys.value.kdf,
      keys: keys.value.keys,
      live: true,
      firstSyncedAt: null,
      lastSyncedAt: null,
    };
    await this.store.saveSetup(setup);
    this.publish({ server: { databaseUrl: setup.databaseUrl, username: setup.username }, live: true });
    await this.run(setup);
    return this.snapshot.state === 'error' ? this.snapshot.error : null;
  }

  private async setUpFailed(error: SyncErrorKind): Promise<SyncErrorKind> {
    await this.options.platform.sync.forgetServer();
    this.publish({ ...SYNC_OFF, keepsPassword: this.snapshot.keepsPassword, state: 'off', error });
    return error;
  }

  async resume(password: string): Promise<SyncErrorKind | null> {
    const setup = await this.store.setup();
    if (setup === null) return 'failed';
    const connected = await this.connect(setup.databaseUrl, setup.username, password);
    if (!connected.ok) {
      this.publish({ state: 'needs-password', error: connected.error });
      return connected.error;
    }
    await this.run(setup);
    return this.snapshot.state === 'error' ? this.snapshot.error : null;
  }

  /** Hands the server to the transport and checks that it answers as this user's database. */
  private async connect(
    databaseUrl: string,
    username: string,
    password: string,
  ): Promise<Result<PouchDatabase, SyncErrorKind>> {
    const configured = await this.options.platform.sync.setServer({ databaseUrl, username, password });
    if (!configured.ok)
      return err(
        configured.error === 'other-origin' ? 'other-origin' : configured.error === 'bad-url' ? 'bad-url' : 'failed',
      );
    const PouchDB = await loadPouch();
    const remote = new PouchDB(databaseUrl, { fetch: transportFetch(this.options.platform.sync), skip_setup: false });
    try {
      await remote.info();
      return ok(remote);
    } catch (error) {
      return err(this.classify(error));
    }
  }

  // --- running ------------------------------------------------------------------------------

  private async run(setup: SyncSetup): Promise<void> {
    const releaseLock = await this.takeLock();
    if (releaseLock === null) {
      this.publish({ state: 'elsewhere' });
      return;
    }
    const PouchDB = await loadPouch();
    const replica = new PouchDB(this.names.replica, { auto_compaction: true, revs_limit: 100 });
    const remote = new PouchDB(setup.databaseUrl, {
      fetch: transportFetch(this.options.platform.sync, () => (this.brokenAnswerSeen = true)),
      skip_setup: true,
    });
    const ctx: EngineContext = { db: this.options.db, store: this.store, replica, keys: setup.keys as SyncKeys };
    this.running = { ctx, remote, live: null, releaseLock };
    this.unwatch = this.options.watch.subscribe((changes) => this.noteChanges(changes));
    this.publish({ state: 'syncing', error: null, live: setup.live });
    const first = setup.firstSyncedAt === null;
    try {
      await this.enqueue(() => this.mirrorUnsynced(first));
      if (first || !setup.live) await this.enqueue(() => this.replicateOnce(first));
      if (this.snapshot.state === 'error' && isPermanent(this.snapshot.error!)) return;
      // A first sync cut short stays a first sync: the next start shows its progress again.
      if (first && this.snapshot.state !== 'error') await this.saveSetup({ firstSyncedAt: Date.now() });
      this.publish({ progress: null });
      if (setup.live) this.startLive();
      else if (this.snapshot.state !== 'error') this.publish({ state: 'idle' });
    } catch (error) {
      this.fail(this.classify(error));
    }
    await this.refreshWaiting();
  }

  private async takeLock(): Promise<(() => void) | null> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (locks === undefined) return () => {};
    return new Promise((resolve) => {
      void locks.request(`hamish-sync:${this.options.libraryName}`, { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve(null);
          return undefined;
        }
        return new Promise<void>((release) => resolve(release));
      });
    });
  }

  private progress(phase: SyncPhase, done: number, total: number, show: boolean): void {
    if (show) this.publish({ progress: { phase, done, total } });
  }

  /** Mirrors what changed while sync was not watching. */
  private async mirrorUnsynced(first: boolean): Promise<void> {
    const ctx = this.running!.ctx;
    const dirty = await findUnsyncedRows(ctx.db, ctx.store);
    this.progress('preparing', 0, dirty.length, first);
    await mirrorRows(ctx, dirty, (done, total) => this.progress('preparing', done, total, first));
    await this.applyNow(first);
  }

  /** Applies what the replica brought; returns how many documents of rows changed here it wrote. */
  private async applyNow(showProgress = false): Promise<number> {
    const ctx = this.running?.ctx;
    if (ctx === undefined) return 0;
    const round = await applyRound(ctx, (done, total) => this.progress('saving', done, total, showProgress));
    if (round.refused > 0) this.publish({ refused: this.snapshot.refused + round.refused });
    return round.mirrored;
  }

  /** Sends, then receives, then applies what came in; the first sync shows its progress. */
  private async replicateOnce(first: boolean): Promise<void> {
    const running = this.running!;
    const { replica } = running.ctx;
    const [local, remote] = await Promise.all([replica.info(), running.remote.info()]);
    const totals = { push: local.doc_count, pull: remote.doc_count };
    this.progress('sending', 0, totals.push, first);
    // Sending first, then receiving, not both at once: a server whose changes feed is not
    // isolated from its writes (PouchDB Server over LevelDB is one) can answer a pull that
    // runs while this device's own write of the same document is landing with neither
    // version, and the other device's edit is then missed until the next round. The sync
    // specs met it; sending first costs little, as one side of a round is nearly always small.
    let failure: PouchError | null = null;
    try {
      await this.pushOnce(running, (written) =>
        this.progress('sending', Math.min(written, totals.push), totals.push, first),
      );
      this.progress('receiving', 0, totals.pull, first);
      const pull = replica.replicate.from(running.remote, { batch_size: BATCH_SIZE });
      pull.on('change', (info: ReplicationInfo) =>
        this.progress('receiving', Math.min(info.docs_written ?? 0, totals.pull), totals.pull, first),
      );
      pull.on('denied', this.onDenied);
      await pull;
    } catch (error) {
      failure = error as PouchError;
    }
    const mirrored = await this.applyNow(first);
    if (failure !== null) {
      this.fail(this.classify(failure));
      return;
    }
    // Rows that changed here while the round ran were mirrored during the apply (meeting what
    // came in as conflicts): they go to the server in this round, not whenever the next is.
    if (mirrored > 0) {
      try {
        await this.pushOnce(running);
      } catch (error) {
        this.fail(this.classify(error as PouchError));
        return;
      }
    }
    this.brokenAnswerSeen = false;
    await this.saveSetup({ lastSyncedAt: Date.now() });
    this.publish({ state: 'idle', error: this.snapshot.error === 'refused' ? 'refused' : null });
  }

  /**
   * One replication of the replica to the server; what the server took is no longer waiting.
   * `onWritten` hears how many documents were sent so far.
   */
  private async pushOnce(running: Running, onWritten?: (written: number) => void): Promise<void> {
    const push = running.ctx.replica.replicate.to(running.remote, { batch_size: BATCH_SIZE });
    push.on('change', (info: ReplicationInfo) => {
      if (info.last_seq !== undefined) void this.confirmPushed(info.last_seq);
      onWritten?.(info.docs_written ?? 0);
    });
    push.on('denied', this.onDenied);
    const pushed = await push;
    if (pushed.last_seq !== undefined) await this.confirmPushed(pushed.last_seq);
  }

  /** The server refused a document (a validation function or its permissions). */
  private readonly onDenied = (): void => {
    this.publish({ refused: this.snapshot.refused + 1, error: 'refused' });
  };

  private startLive(): void {
    const running = this.running;
    if (running === null || running.live !== null) return;
    const live = running.ctx.replica.sync(running.remote, {
      live: true,
      retry: true,
      batch_size: BATCH_SIZE,
      back_off_function: backOff,
    });
    running.live = live;
    // What each direction last failed on, until it pauses caught up. The Sync's own 'paused'
    // says only that both directions stopped, also when one stopped on an error and waits to
    // retry: without this, a server that went away would read as "Synced at" now.
    const failed: Record<'push' | 'pull', PouchError | null> = { push: null, pull: null };
    for (const direction of ['push', 'pull'] as const) {
      live[direction].on('requestError', (error) => {
        failed[direction] = error;
        if (running.live !== live) return;
        const kind = this.classify(error);
        this.fail(kind);
        if (isPermanent(kind)) this.stopLive();
      });
      live[direction].on('paused', (error) => {
        failed[direction] = error ?? null;
      });
    }
    live.on('change', (info) => {
      if (info.direction === 'pull') this.scheduleApply();
      else if (info.change !== undefined) void this.confirmPushed(info.change.last_seq);
    });
    live.on('active', () => {
      // A retry after an error is not news: the error stays until both directions catch up.
      if (this.snapshot.state === 'error') return;
      this.publish({ state: 'syncing', error: this.snapshot.error === 'refused' ? 'refused' : null });
    });
    live.on('paused', () => {
      if (failed.push !== null || failed.pull !== null) return;
      this.brokenAnswerSeen = false;
      void this.saveSetup({ lastSyncedAt: Date.now() });
      this.publish({ state: 'idle', error: this.snapshot.error === 'refused' ? 'refused' : null });
    });
    live.on('denied', this.onDenied);
    live.on('error', (error) => {
      if (running.live === live) running.live = null;
      this.fail(this.classify(error));
    });
  }

  private stopLive(): void {
    const running = this.running;
    if (running?.live == null) return;
    const live = running.live;
    running.live = null;
    live.cancel();
  }

  private async confirmPushed(lastSeq: number | string): Promise<void> {
    const seq = Number(lastSeq);
    if (!Number.isFinite(seq)) return;
    await this.store.unsent.where('seq').belowOrEqual(seq).delete();
    await this.refreshWaiting();
  }

  private async saveSetup(change: Partial<SyncSetup>): Promise<void> {
    const setup = await this.store.setup();
    if (setup === null) return;
    await this.store.saveSetup({ ...setup, ...change });
    if (change.lastSyncedAt !== undefined) this.publish({ lastSyncedAt: change.lastSyncedAt });
  }

  // --- local changes and remote arrivals ----------------------------------------------------

  private noteChanges(changes: readonly RowChange[]): void {
    for (const change of changes) {
      if (change.keys === 'all') {
        this.pending.set('*', { table: change.table, key: '*' });
        continue;
      }
      for (const key of change.keys) this.pending.set(rowKeyFor(change.table, key), { table: change.table, key });
    }
    void this.refreshWaiting();
    if (this.pendingTimer !== null) return;
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = null;
      void this.enqueue(() => this.flushPending());
    }, this.options.mirrorDelayMs ?? 30);
  }

  private async flushPending(): Promise<void> {
    if (this.running === null) return;
    const refs = [...this.pending.values()];
    this.pending.clear();
    try {
      if (refs.some((ref) => ref.key === '*')) await this.mirrorUnsynced(false);
      else await mirrorRows(this.running.ctx, refs);
    } catch (error) {
      this.fail(this.classify(error));
    }
    await this.refreshWaiting();
  }

  private scheduleApply(): void {
    if (this.applyTimer !== null) return;
    this.applyTimer = setTimeout(() => {
      this.applyTimer = null;
      void this.enqueue(() => this.applyNow()).catch((error: unknown) => this.fail(this.classify(error)));
    }, 10);
  }

  // --- commands -----------------------------------------------------------------------------

  async syncNow(): Promise<void> {
    if (this.running === null) {
      await this.start();
      return;
    }
    await this.enqueue(() => this.flushPending());
    this.publish({ state: 'syncing', error: null });
    if (this.snapshot.live) {
      // Restart the live replication: it retries at once instead of after its back-off.
      this.stopLive();
      await this.enqueue(() => this.replicateOnce(false));
      this.startLive();
    } else {
      await this.enqueue(() => this.replicateOnce(false));
    }
  }

  async setLive(live: boolean): Promise<void> {
    await this.saveSetup({ live });
    this.publish({ live });
    if (live) this.startLive();
    else {
      this.stopLive();
      if (this.snapshot.state === 'syncing') this.publish({ state: 'idle' });
    }
  }

  /** Stops syncing and forgets the server, the keys and the replica. The library stays as it is. */
  async stopOnThisDevice(): Promise<void> {
    this.stopLive();
    this.unwatch?.();
    this.unwatch = null;
    if (this.pendingTimer !== null) clearTimeout(this.pendingTimer);
    if (this.applyTimer !== null) clearTimeout(this.applyTimer);
    this.pending.clear();
    await this.queue;
    const running = this.running;
    this.running = null;
    // The user asked to stop: a replica PouchDB cannot destroy now must not keep the server and
    // the keys from being forgotten below. Left behind, it is what a later set-up here reopens.
    if (running !== null) {
      await running.ctx.replica.destroy().catch(() => undefined);
      running.releaseLock();
    } else {
      const PouchDB = await loadPouch();
      await new PouchDB(this.names.replica).destroy().catch(() => undefined);
    }
    this.store.close();
    await SyncStore.delete(this.names.store);
    this.store = new SyncStore(this.names.store);
    await this.options.platform.sync.forgetServer();
    this.publish({ ...SYNC_OFF, keepsPassword: this.snapshot.keepsPassword });
  }

  /** Ends replication and timers (the page is going away); nothing is forgotten. */
  dispose(): void {
    this.stopLive();
    this.unwatch?.();
    if (this.pendingTimer !== null) clearTimeout(this.pendingTimer);
    if (this.applyTimer !== null) clearTimeout(this.applyTimer);
    this.running?.releaseLock();
  }
}
