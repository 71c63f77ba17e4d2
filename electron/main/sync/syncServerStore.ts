// Where the desktop app keeps the sync server: `userData/sync-server.json` holds the database
// URL, the user name and the password encrypted with Electron's safeStorage (the OS keychain,
// DPAPI or libsecret). Where safeStorage cannot encrypt — or on Linux would only obfuscate
// ("basic_text", no keyring) — the password is kept in memory for this run only and the
// renderer is told so: it never lands on disk in the clear.

import type { SyncServer, SyncServerWithPassword } from '../../common/syncTransport';

/** The parts of Electron's safeStorage used here (passed in, so tests run without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface FileAccess {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string, options: { encoding: 'utf8'; mode: number }): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

interface StoredServer extends SyncServer {
  /** base64 of safeStorage's ciphertext, or null when the password could not be kept. */
  password: string | null;
}

export interface SyncServerStore {
  set(server: SyncServerWithPassword): Promise<{ kept: boolean }>;
  get(): Promise<(SyncServer & { password: string | null }) | null>;
  forget(): Promise<void>;
}

function canKeep(safeStorage: SafeStorageLike): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
}

export function createSyncServerStore(file: string, fs: FileAccess, safeStorage: SafeStorageLike): SyncServerStore {
  let inMemoryPassword: string | null = null;

  async function read(): Promise<StoredServer | null> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return null;
    }
    try {
      const value = JSON.parse(text) as Partial<StoredServer>;
      if (typeof value.databaseUrl !== 'string' || typeof value.username !== 'string') return null;
      return {
        databaseUrl: value.databaseUrl,
        username: value.username,
        password: typeof value.password === 'string' ? value.password : null,
      };
    } catch {
      return null;
    }
  }

  return {
    async set(server) {
      const kept = canKeep(safeStorage);
      const stored: StoredServer = {
        databaseUrl: server.databaseUrl,
        username: server.username,
        password: kept ? safeStorage.encryptString(server.password).toString('base64') : null,
      };
      inMemoryPassword = server.password;
      await fs.writeFile(file, JSON.stringify(stored), { encoding: 'utf8', mode: 0o600 });
      return { kept };
    },
    async get() {
      const stored = await read();
      if (stored === null) return null;
      let password = inMemoryPassword;
      if (password === null && stored.password !== null && safeStorage.isEncryptionAvailable()) {
        try {
          password = safeStorage.decryptString(Buffer.from(stored.password, 'base64'));
          inMemoryPassword = password;
        } catch {
          password = null;
        }
      }
      return { databaseUrl: stored.databaseUrl, username: stored.username, password };
    },
    async forget() {
      inMemoryPassword = null;
      await fs.rm(file, { force: true });
    },
  };
}
