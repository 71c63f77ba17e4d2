// Main's half of sync's network path: the server store keeps the password only through
// safeStorage (or in memory), and the request forwarder reaches the configured database only,
// with main's credentials, no redirects, a cap on answers and cancellation.

import { describe, expect, it, vi } from 'vitest';
import { createSyncRequests } from './syncRequests';
import { createSyncServerStore, type FileAccess, type SafeStorageLike } from './syncServerStore';

function memoryFiles(): FileAccess & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    readFile: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
    writeFile: async (file, data) => void files.set(file, data),
    rm: async (file) => void files.delete(file),
  };
}

const keychain: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (plain) => Buffer.from([...Buffer.from(plain)].map((byte) => byte ^ 0x5a)),
  decryptString: (sealed) => Buffer.from([...sealed].map((byte) => byte ^ 0x5a)).toString(),
};

const server = { databaseUrl: 'https://couch.example.org/hamish', username: 'reader', password: 'كلمة-سر' };

describe('sync server store', () => {
  it('writes the password only as safeStorage ciphertext, and reads it back in a new run', async () => {
    const fs = memoryFiles();
    expect(await createSyncServerStore('/data/sync.json', fs, keychain).set(server)).toEqual({ kept: true });
    const text = fs.files.get('/data/sync.json')!;
    expect(text).not.toContain('كلمة-سر');
    expect(text).toContain('couch.example.org');
    const again = createSyncServerStore('/data/sync.json', fs, keychain);
    expect(await again.get()).toEqual(server);
    await again.forget();
    expect(fs.files.size).toBe(0);
    expect(await again.get()).toBeNull();
  });

  it('keeps the password in memory only where safeStorage would merely obfuscate it', async () => {
    const fs = memoryFiles();
    const plainText: SafeStorageLike = { ...keychain, getSelectedStorageBackend: () => 'basic_text' };
    const store = createSyncServerStore('/data/sync.json', fs, plainText);
    expect(await store.set(server)).toEqual({ kept: false });
    expect(fs.files.get('/data/sync.json')).not.toContain('كلمة-سر');
    expect(await store.get()).toEqual(server);
    // The next run has the server but not the password.
    expect(await createSyncServerStore('/data/sync.json', fs, plainText).get()).toEqual({ ...server, password: null });
  });
});

describe('sync requests', () => {
  type Fetch = (url: string, init: RequestInit) => Promise<Response>;
  async function forwarder(
    fetchImpl: ReturnType<typeof vi.fn<Fetch>> = vi.fn<Fetch>(async () => new Response('{"ok":true}', { status: 200 })),
  ) {
    const store = createSyncServerStore('/data/sync.json', memoryFiles(), keychain);
    await store.set(server);
    return { requests: createSyncRequests(store, fetchImpl), fetchImpl };
  }
  const request = (url: string, headers: [string, string][] = []) =>
    ({ method: 'GET', url, headers, body: null }) as const;

  it('sends requests within the database with main credentials and no redirects, dropping other headers', async () => {
    const { requests, fetchImpl } = await forwarder();
    const result = await requests.send(
      'r1',
      request('https://couch.example.org/hamish/_changes?since=0', [
        ['Accept', 'application/json'],
        ['Authorization', 'Basic forged'],
        ['Cookie', 'AuthSession=x'],
      ]),
    );
    expect(result).toMatchObject({ ok: true, value: { status: 200 } });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://couch.example.org/hamish/_changes?since=0');
    const headers = init.headers as Headers;
    expect(headers.get('authorization')).toBe(`Basic ${Buffer.from('reader:كلمة-سر').toString('base64')}`);
    expect(headers.get('cookie')).toBeNull();
    expect(headers.get('accept')).toBe('application/json');
    expect(init.redirect).toBe('error');
  });

  it('refuses anything outside the configured database, before any request', async () => {
    const { requests, fetchImpl } = await forwarder();
    for (const url of [
      'https://couch.example.org/_all_dbs',
      'https://couch.example.org/hamish-other/_changes',
      'https://evil.example/hamish',
      'http://couch.example.org/hamish',
      'https://user:pw@couch.example.org/hamish',
      'not a url',
    ]) {
      expect(await requests.send('r', request(url)), url).toMatchObject({ ok: false, error: 'outside-database' });
    }
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('says unreachable, and cancelled when the renderer aborts', async () => {
    const failing = await forwarder(vi.fn<Fetch>(async () => Promise.reject(new TypeError('connect ECONNREFUSED'))));
    expect(await failing.requests.send('r', request('https://couch.example.org/hamish'))).toMatchObject({
      ok: false,
      error: 'unreachable',
    });
    const hanging = await forwarder(
      vi.fn<Fetch>(
        (_url, init) =>
          new Promise<Response>((_resolve, reject) =>
            init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    );
    const pending = hanging.requests.send('r2', request('https://couch.example.org/hamish/_changes?feed=longpoll'));
    hanging.requests.abort('r2');
    expect(await pending).toMatchObject({ ok: false, error: 'cancelled' });
  });

  it('refuses to send anything when no server is configured', async () => {
    const fetchImpl = vi.fn();
    const requests = createSyncRequests(createSyncServerStore('/none.json', memoryFiles(), keychain), fetchImpl);
    expect(await requests.send('r', request('https://couch.example.org/hamish'))).toMatchObject({
      ok: false,
      error: 'not-configured',
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
