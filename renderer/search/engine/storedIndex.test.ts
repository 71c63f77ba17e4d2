import { describe, expect, it } from 'vitest';
import { packBytes, unpackBytes } from './storedIndex';

/** Bytes that are not all alike, so a byte put in the wrong place shows. */
function bytesOf(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('packBytes / unpackBytes', () => {
  it('puts two bytes in each code unit, the first in the low half, an odd last byte alone', () => {
    expect([...packBytes(Uint8Array.of(0x01, 0x02, 0xff))].map((c) => c.charCodeAt(0))).toEqual([0x0201, 0x00ff]);
    expect(packBytes(new Uint8Array(0))).toBe('');
  });

  it('round-trips any length, from even and odd places in the source and the target', () => {
    for (const length of [0, 1, 2, 3, 8, 1001, 20_000]) {
      const bytes = bytesOf(length + 1, length);
      for (const from of [0, 1]) {
        const source = bytes.subarray(from, from + length);
        const text = packBytes(source);
        expect(text).toHaveLength(Math.ceil(length / 2));
        for (const at of [0, 1, 2]) {
          const target = new Uint8Array(length + 4).fill(0xaa);
          expect(unpackBytes(text, target, at, length)).toBe(length);
          expect([...target.subarray(at, at + length)]).toEqual([...source]);
          // Nothing written outside the room given.
          expect([...target.subarray(0, at)].every((b) => b === 0xaa)).toBe(true);
          expect([...target.subarray(at + length)].every((b) => b === 0xaa)).toBe(true);
        }
      }
    }
  });

  it('writes no more than the room it is given', () => {
    const text = packBytes(bytesOf(10, 7));
    const target = new Uint8Array(10);
    expect(unpackBytes(text, target, 0, 5)).toBe(5);
    expect([...target.subarray(5)]).toEqual([0, 0, 0, 0, 0]);
  });
});
