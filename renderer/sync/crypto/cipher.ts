// AES-256-GCM through WebCrypto. Each message gets a fresh random 96-bit nonce, stored in front
// of the ciphertext. The associated data binds a ciphertext to its document id, so a server
// cannot move one document's contents into another's place: it would fail to decrypt.

import { bufferOf, concatBytes, utf8 } from './bytes';

const NONCE_BYTES = 12;

export async function encrypt(key: CryptoKey, plaintext: Uint8Array, associated: string): Promise<Uint8Array> {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: bufferOf(utf8.encode(associated)) },
    key,
    bufferOf(plaintext),
  );
  return concatBytes([nonce, new Uint8Array(sealed)]);
}

export class DecryptError extends Error {
  override readonly name = 'DecryptError';
}

/** Opens what `encrypt` sealed; throws DecryptError for a wrong key, a wrong id or any change. */
export async function decrypt(key: CryptoKey, sealed: Uint8Array, associated: string): Promise<Uint8Array> {
  if (sealed.length < NONCE_BYTES + 16) throw new DecryptError('too short');
  try {
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.slice(0, NONCE_BYTES), additionalData: bufferOf(utf8.encode(associated)) },
      key,
      bufferOf(sealed.subarray(NONCE_BYTES)),
    );
    return new Uint8Array(opened);
  } catch (error) {
    throw new DecryptError(String(error));
  }
}
