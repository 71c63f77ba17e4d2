// What the app shows about sync: one snapshot, published by the engine and read by the status
// line and Settings → Sync. Pure data, in the app's first chunk (the engine is not).

export type SyncErrorKind =
  | 'unreachable'
  | 'other-origin'
  | 'wrong-password'
  | 'no-access'
  | 'no-database'
  | 'wrong-passphrase'
  | 'unsupported-keys'
  | 'refused'
  | 'broken-answer'
  | 'quota'
  | 'bad-url'
  | 'failed';

export type SyncPhase = 'keys' | 'preparing' | 'sending' | 'receiving' | 'saving';

export interface SyncStatus {
  /**
   * off: not set up on this device. needs-password: set up, but the password is not at hand
   * (a browser tab after a reload). elsewhere: another tab of this library is syncing.
   */
  state: 'off' | 'needs-password' | 'elsewhere' | 'setting-up' | 'syncing' | 'idle' | 'error';
  server: { databaseUrl: string; username: string } | null;
  live: boolean;
  lastSyncedAt: number | null;
  /** Rows changed here that the server has not confirmed yet. */
  waiting: number;
  /** Documents from the server left out this session: unreadable, foreign or invalid. */
  refused: number;
  error: SyncErrorKind | null;
  /** Setting up and the first sync: which step, and how far. */
  progress: { phase: SyncPhase; done: number; total: number } | null;
  /** Whether the password outlives a restart (desktop) or only this session (a browser tab). */
  keepsPassword: boolean;
}

export const SYNC_OFF: SyncStatus = {
  state: 'off',
  server: null,
  live: true,
  lastSyncedAt: null,
  waiting: 0,
  refused: 0,
  error: null,
  progress: null,
  keepsPassword: true,
};

export interface SyncSetupInput {
  address: string;
  username: string;
  password: string;
  passphrase: string;
}

/** What the UI asks of sync; the engine implements it (engine/SyncEngine.ts), loaded on demand. */
export interface SyncCommands {
  setUp(input: SyncSetupInput): Promise<SyncErrorKind | null>;
  resume(password: string): Promise<SyncErrorKind | null>;
  syncNow(): Promise<void>;
  setLive(live: boolean): Promise<void>;
  stopOnThisDevice(): Promise<void>;
}
