import { describe, expect, it } from 'vitest';
import { decrypt, DecryptError, encrypt } from './cipher';
import { deflate, inflate } from './compress';
import { fromBase64, toBase64, utf8 } from './bytes';
import { deriveMasterKey, isAcceptedKdf, KDF_V1, SALT_BYTES, type KdfParams } from './kdf';
import { documentId, keysFromMaster } from './keys';

function freshParams(): KdfParams {
  return { ...KDF_V1, salt: toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES))) };
}

async function keysFor(passphrase: string, params: KdfParams) {
  return keysFromMaster(await deriveMasterKey(passphrase, params));
}

describe('sync keys', () => {
  it('derives the same keys from the same passphrase and salt, and other keys from another passphrase', async () => {
    const params = freshParams();
    const progress: number[] = [];
    const a = await keysFromMaster(await deriveMasterKey('كلمة المرور الطويلة', params, (f) => progress.push(f)));
    const b = await keysFor('كلمة المرور الطويلة', params);
    const wrong = await keysFor('كلمة المرور الخاطئة', params);
    expect(a.check).toBe(b.check);
    expect(wrong.check).not.toBe(a.check);
    expect(progress.length).toBeGreaterThan(0);
    expect(await documentId(a.keys, 'notes', 'n1', 'row')).toBe(await documentId(b.keys, 'notes', 'n1', 'row'));
    expect(await documentId(wrong.keys, 'notes', 'n1', 'row')).not.toBe(await documentId(a.keys, 'notes', 'n1', 'row'));

    const sealed = await encrypt(a.keys.cipher, utf8.encode('نص سري'), 'doc-1');
    expect(utf8.decode(await decrypt(b.keys.cipher, sealed, 'doc-1'))).toBe('نص سري');
    await expect(decrypt(wrong.keys.cipher, sealed, 'doc-1')).rejects.toBeInstanceOf(DecryptError);
  }, 120_000);

  it('treats a passphrase typed in another Unicode normalization form as the same', async () => {
    const params = freshParams();
    const composed = 'café'.normalize('NFC');
    const decomposed = 'café'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect((await keysFor(composed, params)).check).toBe((await keysFor(decomposed, params)).check);
  }, 120_000);

  it('accepts only the parameter set it knows, so a server can neither weaken nor inflate it', () => {
    expect(isAcceptedKdf(freshParams())).toBe(true);
    expect(isAcceptedKdf({ ...freshParams(), memoryKiB: 8 })).toBe(false);
    expect(isAcceptedKdf({ ...freshParams(), passes: 1 })).toBe(false);
    expect(isAcceptedKdf({ ...freshParams(), memoryKiB: 4 * 1024 * 1024 })).toBe(false);
    expect(isAcceptedKdf({ ...freshParams(), salt: toBase64(new Uint8Array(4)) })).toBe(false);
    expect(isAcceptedKdf({ ...freshParams(), salt: '%%%' })).toBe(false);
    expect(isAcceptedKdf(null)).toBe(false);
  });
});

describe('AES-GCM with the document id as associated data', () => {
  it('refuses a ciphertext moved to another document, or changed by one bit', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const sealed = await encrypt(key, utf8.encode('ملاحظة'), 'h-one');
    await expect(decrypt(key, sealed, 'h-two')).rejects.toBeInstanceOf(DecryptError);
    const flipped = sealed.slice();
    flipped[20] = flipped[20]! ^ 1;
    await expect(decrypt(key, flipped, 'h-one')).rejects.toBeInstanceOf(DecryptError);
    await expect(decrypt(key, sealed.subarray(0, 10), 'h-one')).rejects.toBeInstanceOf(DecryptError);
    // Two encryptions of the same text differ (fresh nonce each time).
    expect(toBase64(await encrypt(key, utf8.encode('ملاحظة'), 'h-one'))).not.toBe(toBase64(sealed));
  });
});

describe('deflate', () => {
  it('round-trips and refuses to inflate past its limit', async () => {
    const text = utf8.encode('في البدء كانت الكلمة. '.repeat(2000));
    const small = await deflate(text);
    expect(small.length).toBeLessThan(text.length / 10);
    expect(utf8.decode(await inflate(small, text.length))).toBe(utf8.decode(text));
    await expect(inflate(small, 1000)).rejects.toThrow(RangeError);
  });

  it('base64 survives every byte value', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => index % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
