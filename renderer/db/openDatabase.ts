// Opens the database and words the ways that can fail, so start-up shows a reason in the UI
// language instead of a blank window.

import { Dexie, type DBCore, type Middleware } from 'dexie';
import { err, ok, type Result } from '../../electron/common/result';
import { DATABASE_NAME, HamishDb } from './HamishDb';
import { CURRENT_SCHEMA_VERSION } from './schema';

export type OpenDatabaseError = 'newer-version' | 'storage-unavailable' | 'blocked' | 'failed';

/**
 * The schema version a library on disk was last written with, or null if there is none.
 * Dexie stores version n as native version 10n (plus small bumps of its own), and Dexie 4
 * opens a newer database by quietly adding what it misses — so we look before it does.
 */
async function storedSchemaVersion(name: string, databases?: Promise<IDBDatabaseInfo[]>): Promise<number | null> {
  if (databases === undefined && typeof indexedDB.databases !== 'function') return null;
  const info = (await (databases ?? indexedDB.databases())).find((database) => database.name === name);
  return info?.version === undefined ? null : Math.floor(info.version / 10);
}

export interface OpenDatabaseOptions {
  /**
   * Called before an older library is upgraded, with the version it is at; the upgrade waits for
   * it (start-up saves a backup here). If it throws, the upgrade still runs: the upgrade is one
   * IndexedDB transaction, which rolls back whole if it fails.
   */
  beforeUpgrade?: (fromVersion: number) => Promise<void>;
  /** Called while another window's open connection holds up the upgrade; opening continues once it closes. */
  onBlocked?: () => void;
  /** DBCore middleware to install before opening (Dexie builds its stack at open), e.g. search's change feed. */
  middleware?: readonly Middleware<DBCore>[];
  /** `indexedDB.databases()`, if the caller has it already (tests stand in for the browser's answer with it). */
  databases?: Promise<IDBDatabaseInfo[]>;
}

export async function openDatabase(
  name: string = DATABASE_NAME,
  options: OpenDatabaseOptions = {},
): Promise<Result<HamishDb, OpenDatabaseError>> {
  if (typeof indexedDB === 'undefined') return err('storage-unavailable');
  try {
    const stored = await storedSchemaVersion(name, options.databases);
    if (stored !== null && stored > CURRENT_SCHEMA_VERSION) {
      return err('newer-version', `stored schema ${stored}, this app knows ${CURRENT_SCHEMA_VERSION}`);
    }
    if (stored !== null && stored < CURRENT_SCHEMA_VERSION && options.beforeUpgrade !== undefined) {
      await options
        .beforeUpgrade(stored)
        // The upgrade runs without it (docs/safety.md §5): it is one versionchange transaction,
        // rolled back whole if it fails, and refusing it would lock the user out of the library.
        .catch((error: unknown) => console.warn(`No backup before the upgrade: ${String(error)}`));
    }
  } catch (error) {
    return err(...describeOpenError(error));
  }
  const { opened } = beginOpenDatabase(name, options);
  return opened;
}

/**
 * Starts opening a library the caller already knows to be at this app's schema, and hands the
 * Dexie instance over at once: queries on it wait until it is open (or fail as the open did).
 * Start-up uses it to paint the library while the database is still opening.
 */
export function beginOpenDatabase(
  name: string = DATABASE_NAME,
  options: Pick<OpenDatabaseOptions, 'onBlocked' | 'middleware'> = {},
): { db: HamishDb; opened: Promise<Result<HamishDb, OpenDatabaseError>> } {
  const db = new HamishDb(name);
  if (options.onBlocked !== undefined) db.on('blocked', options.onBlocked);
  for (const layer of options.middleware ?? []) db.use(layer);
  const opened: Promise<Result<HamishDb, OpenDatabaseError>> = db.open().then(
    () => ok(db),
    (error: unknown) => err(...describeOpenError(error)),
  );
  return { db, opened };
}

function describeOpenError(error: unknown): [OpenDatabaseError, string] {
  if (error instanceof Dexie.VersionError) return ['newer-version', error.message];
  if (error instanceof Dexie.MissingAPIError || error instanceof Dexie.InvalidStateError)
    return ['storage-unavailable', String(error)];
  if (error instanceof Dexie.DatabaseClosedError && /blocked/i.test(error.message)) return ['blocked', error.message];
  return ['failed', String(error)];
}
