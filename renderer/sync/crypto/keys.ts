// The keys sync works with, derived from the master key with HKDF (WebCrypto): one AES-GCM key
// for document contents, one HMAC key for document ids, and a check value that tells a right
// passphrase from a wrong one before anything is decrypted. The CryptoKeys are non-extractable:
// they can be stored in IndexedDB (engine/syncStore.ts) and used, but their bytes can never be
// read back by any script, including one smuggled into an imported page.

import { bufferOf, toBase64, toHex, utf8 } from './bytes';

export interface SyncKeys {
  readonly cipher: CryptoKey;
  readonly ids: CryptoKey;
}

const INFO = {
  cipher: 'hamish sync v1: document contents (AES-256-GCM)',
  ids: 'hamish sync v1: document ids (HMAC-SHA-256)',
  check: 'hamish sync v1: passphrase check',
} as const;

const EMPTY_SALT = new Uint8Array(0);

/**
 * Derives the keys and the check value; wipes `master` afterwards. The check value is stored on
 * the server: comparing it costs an attacker one full Argon2id per guess, like the data itself.
 */
export async function keysFromMaster(master: Uint8Array): Promise<{ keys: SyncKeys; check: string }> {
  try {
    const base = await crypto.subtle.importKey('raw', bufferOf(master), 'HKDF', false, ['deriveKey', 'deriveBits']);
    const hkdf = (info: string): HkdfParams => ({
      name: 'HKDF',
      hash: 'SHA-256',
      salt: EMPTY_SALT,
      info: bufferOf(utf8.encode(info)),
    });
    const [cipher, ids, check] = await Promise.all([
      crypto.subtle.deriveKey(hkdf(INFO.cipher), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      crypto.subtle.deriveKey(hkdf(INFO.ids), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
      crypto.subtle.deriveBits(hkdf(INFO.check), base, 256),
    ]);
    return { keys: { cipher, ids }, check: toBase64(new Uint8Array(check)) };
  } finally {
    master.fill(0);
  }
}

/**
 * The opaque id of the document holding one part of one row: the first 128 bits of an HMAC
 * over table, key and part. The same row gets the same id on every device with the same
 * passphrase, and the server learns nothing from it.
 */
export async function documentId(keys: SyncKeys, table: string, key: string, part: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', keys.ids, bufferOf(utf8.encode(`${table}\u0000${key}\u0000${part}`)));
  // CouchDB reserves ids starting with "_"; hex never does.
  return `h${toHex(new Uint8Array(mac).subarray(0, 16))}`;
}
