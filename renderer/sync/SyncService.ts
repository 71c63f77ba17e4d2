// The app's handle on sync, small enough for the first chunk: the current status for the UI,
// and the commands, which load the engine (PouchDB and the crypto) on first use. At start-up
// the engine is loaded only if this device was set up to sync, after the first paint.

import type { HamishDb } from '../db/HamishDb';
import type { Platform } from '../platform/Platform';
import { syncChangeWatch } from './changeWatch';
import type { SyncEngine } from './engine/SyncEngine';
import { SYNC_OFF, type SyncCommands, type SyncErrorKind, type SyncSetupInput, type SyncStatus } from './syncStatus';

export class SyncService implements SyncCommands {
  private snapshot: SyncStatus;
  private readonly listeners = new Set<() => void>();
  private engine: Promise<SyncEngine> | null = null;

  constructor(
    private readonly db: HamishDb,
    private readonly platform: Platform,
    private readonly libraryName: string,
  ) {
    this.snapshot = { ...SYNC_OFF, keepsPassword: platform.sync.keepsPassword };
  }

  readonly status = (): SyncStatus => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private loadEngine(): Promise<SyncEngine> {
    this.engine ??= import('./engine/SyncEngine').then(({ SyncEngine }) => {
      const engine = new SyncEngine({
        db: this.db,
        platform: this.platform,
        libraryName: this.libraryName,
        watch: syncChangeWatch,
      });
      engine.subscribe(() => {
        this.snapshot = engine.status();
        for (const listener of this.listeners) listener();
      });
      return engine;
    });
    return this.engine;
  }

  /** Starts syncing if this device was set up before (its sync store exists); otherwise loads nothing. */
  async startIfSetUp(): Promise<void> {
    const { store } = (await import('./syncNames')).syncDatabaseNames(this.libraryName);
    const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : null;
    if (databases !== null && !databases.some((database) => database.name === store)) return;
    await (await this.loadEngine()).start();
  }

  async setUp(input: SyncSetupInput): Promise<SyncErrorKind | null> {
    return (await this.loadEngine()).setUp(input);
  }

  async resume(password: string): Promise<SyncErrorKind | null> {
    return (await this.loadEngine()).resume(password);
  }

  async syncNow(): Promise<void> {
    await (await this.loadEngine()).syncNow();
  }

  async setLive(live: boolean): Promise<void> {
    await (await this.loadEngine()).setLive(live);
  }

  async stopOnThisDevice(): Promise<void> {
    await (await this.loadEngine()).stopOnThisDevice();
  }

  dispose(): void {
    void this.engine?.then((engine) => engine.dispose());
  }
}
