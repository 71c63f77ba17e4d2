// Non-decreasing arrays of offsets (where each term's characters and postings begin) stored as
// the differences between neighbours, seven bits a byte (LEB128): most differences are below
// 128, so four bytes become one. On the benchmark library the term starts take 2 MB stored
// instead of 8, and they are read before the first answer (storedIndex.ts).

/** The differences of a non-decreasing array as LEB128 varints. */
export function encodeDeltas(values: Uint32Array): Uint8Array {
  let size = 0;
  let previous = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    if (value < previous) throw new Error('delta coding needs a non-decreasing array');
    let delta = value - previous;
    previous = value;
    size += 1;
    while (delta >= 0x80) {
      delta = Math.floor(delta / 0x80);
      size += 1;
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  previous = 0;
  for (let i = 0; i < values.length; i += 1) {
    let delta = values[i]! - previous;
    previous = values[i]!;
    while (delta >= 0x80) {
      bytes[at++] = (delta % 0x80) | 0x80;
      delta = Math.floor(delta / 0x80);
    }
    bytes[at++] = delta;
  }
  return bytes;
}

/** The array encodeDeltas encoded, `length` values long; null if the bytes are not exactly that. */
export function decodeDeltas(bytes: Uint8Array, length: number): Uint32Array | null {
  const values = new Uint32Array(length);
  let at = 0;
  let value = 0;
  for (let i = 0; i < length; i += 1) {
    let delta = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length || scale > 0x80 ** 4) return null;
      const byte = bytes[at++]!;
      delta += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 0x80;
    }
    value += delta;
    if (value > 0xffffffff) return null;
    values[i] = value;
  }
  return at === bytes.length ? values : null;
}
