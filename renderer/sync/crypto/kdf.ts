// The passphrase → key step. WebCrypto has no memory-hard KDF (only PBKDF2), so the master
// key comes from Argon2id in @noble/hashes (audited, pure JavaScript: no WebAssembly, which the
// CSP would have to allow with 'wasm-unsafe-eval').
//
// Parameters (docs/sync.md, "Keys"): 64 MiB, 3 passes, 1 lane — RFC 9106's second recommended
// option with one lane, since JavaScript runs one; OWASP's floor for Argon2id is 19 MiB and 2
// passes. About 1 s on a desktop, 3 s on a loaded 2-core build machine, paid once per device
// (the derived keys are kept; see keys.ts). Every guess of an attacker who holds the server's
// copy costs the same 64 MiB × 3 passes.
//
// The parameters travel with the library on the server (keyCheck.ts), so a later version can
// raise them; but a device accepts only parameter sets it knows, so a hostile server can neither
// weaken them (to make the passphrase cheap to guess) nor inflate them (to exhaust memory).

import { argon2idAsync } from '@noble/hashes/argon2.js';
import { fromBase64, utf8 } from './bytes';

export interface KdfParams {
  readonly algorithm: 'argon2id';
  /** Memory in KiB. */
  readonly memoryKiB: number;
  readonly passes: number;
  readonly lanes: number;
  /** 16 random bytes, base64; made by the first device and shared through the server. */
  readonly salt: string;
}

export const KDF_V1 = { algorithm: 'argon2id', memoryKiB: 64 * 1024, passes: 3, lanes: 1 } as const;
export const SALT_BYTES = 16;

/** Only the exact parameter sets this version knows (see above). */
export function isAcceptedKdf(params: unknown): params is KdfParams {
  if (typeof params !== 'object' || params === null) return false;
  const candidate = params as Record<string, unknown>;
  if (
    candidate['algorithm'] !== KDF_V1.algorithm ||
    candidate['memoryKiB'] !== KDF_V1.memoryKiB ||
    candidate['passes'] !== KDF_V1.passes ||
    candidate['lanes'] !== KDF_V1.lanes ||
    typeof candidate['salt'] !== 'string'
  ) {
    return false;
  }
  try {
    return fromBase64(candidate['salt']).length === SALT_BYTES;
  } catch {
    // Not base64: the stored parameters are not ours, which is what false says.
    return false;
  }
}

/**
 * The passphrase as the user typed it, in Unicode NFC: the same Arabic passphrase typed on two
 * systems may arrive composed differently.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** 32 bytes of master key. Slow on purpose; `onProgress` gets 0..1. */
export async function deriveMasterKey(
  passphrase: string,
  params: KdfParams,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  return argon2idAsync(utf8.encode(normalizePassphrase(passphrase)), fromBase64(params.salt), {
    m: params.memoryKiB,
    t: params.passes,
    p: params.lanes,
    dkLen: 32,
    asyncTick: 20,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
}
