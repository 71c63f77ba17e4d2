// Reads a response body in chunks and gives up as soon as it passes its size cap, so an
// oversized page or image is never held whole. Shared by main's fetch and the web build's:
// the cap is a limit on both sides of the trust boundary and must behave the same. Typed
// structurally, since this folder has neither DOM nor Node types.

export interface ByteReader {
  read(): Promise<{ done: true; value?: unknown } | { done: false; value: Uint8Array }>;
  cancel(): Promise<void>;
}

/** The body's bytes, or 'too-large' once more than `maxBytes` have arrived. No body is empty. */
export async function readCappedBody(
  reader: ByteReader | undefined,
  maxBytes: number,
): Promise<Uint8Array | 'too-large'> {
  if (reader === undefined) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    total += next.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
