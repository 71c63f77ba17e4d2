// The library's key document on the server (`hamish-keys`): the KDF parameters with their salt,
// and the passphrase check value (crypto/keys.ts). The first device creates it; every other
// device derives its key with the same salt and must match the check before it syncs a thing,
// so a wrong passphrase is caught before anything is decrypted or written. It holds nothing
// secret: what it allows is testing guesses, each at the price of a full Argon2id.

import { err, ok, type Result } from '../../../electron/common/result';
import { toBase64 } from '../crypto/bytes';
import { deriveMasterKey, isAcceptedKdf, KDF_V1, SALT_BYTES, type KdfParams } from '../crypto/kdf';
import { keysFromMaster, type SyncKeys } from '../crypto/keys';
import { KEY_DOCUMENT_ID } from './context';
import type { PouchDatabase, PouchError } from './pouch';

export interface KeyDocument {
  _id: typeof KEY_DOCUMENT_ID;
  _rev?: string;
  format: 1;
  kdf: KdfParams;
  check: string;
}

export type KeyError = 'wrong-passphrase' | 'unsupported-keys';

function isKeyDocument(value: unknown): value is KeyDocument {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Record<string, unknown>;
  return doc['format'] === 1 && isAcceptedKdf(doc['kdf']) && typeof doc['check'] === 'string';
}

async function readKeyDocument(remote: PouchDatabase): Promise<unknown> {
  try {
    return await remote.get(KEY_DOCUMENT_ID);
  } catch (error) {
    if ((error as PouchError).status === 404) return null;
    throw error;
  }
}

export interface OpenedKeys {
  keys: SyncKeys;
  kdf: KdfParams;
  /** True when this device created the library's keys (the server had none). */
  created: boolean;
}

/**
 * The library's keys from the passphrase: with the server's salt when it has a key document,
 * or with a fresh one, written there, when it has none. Network errors are thrown.
 */
export async function openLibraryKeys(
  remote: PouchDatabase,
  passphrase: string,
  onProgress?: (fraction: number) => void,
): Promise<Result<OpenedKeys, KeyError>> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const existing = await readKeyDocument(remote);
    if (existing !== null) {
      if (!isKeyDocument(existing)) return err('unsupported-keys');
      const { keys, check } = await keysFromMaster(await deriveMasterKey(passphrase, existing.kdf, onProgress));
      return check === existing.check ? ok({ keys, kdf: existing.kdf, created: false }) : err('wrong-passphrase');
    }
    const kdf: KdfParams = { ...KDF_V1, salt: toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES))) };
    const { keys, check } = await keysFromMaster(await deriveMasterKey(passphrase, kdf, onProgress));
    try {
      const doc: KeyDocument = { _id: KEY_DOCUMENT_ID, format: 1, kdf, check };
      await remote.put({ ...doc });
      return ok({ keys, kdf, created: true });
    } catch (error) {
      // Another device created it meanwhile: start over with its salt.
      if ((error as PouchError).status !== 409) throw error;
    }
  }
  return err('unsupported-keys');
}
