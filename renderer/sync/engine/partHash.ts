// A part's fingerprint: SHA-256 over its canonical fields and its bytes. The bookkeeping keeps
// it per document, so a row whose part did not change (an article whose only change was its
// reading progress) is not encrypted and sent again.

import { bufferOf, concatBytes, toHex, utf8 } from '../crypto/bytes';
import { canonicalJson } from '../docs/canonicalJson';

export async function partHash(fields: Record<string, unknown>, binary: Uint8Array | null): Promise<string> {
  const bytes = concatBytes([utf8.encode(canonicalJson(fields)), Uint8Array.of(0), binary ?? new Uint8Array(0)]);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bufferOf(bytes))));
}
