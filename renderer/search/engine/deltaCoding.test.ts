import { describe, expect, it } from 'vitest';
import { decodeDeltas, encodeDeltas } from './deltaCoding';

function randomRun(length: number, seed: number, step: number): Uint32Array {
  const values = new Uint32Array(length);
  let state = seed;
  let value = 0;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    value = Math.min(0xffffffff, value + (state % step));
    values[i] = value;
  }
  return values;
}

describe('delta coding', () => {
  it('round-trips non-decreasing arrays, small and large steps, up to the largest Uint32', () => {
    for (const [length, step] of [
      [0, 1],
      [1, 1],
      [1000, 3],
      [1000, 300],
      [1000, 70_000],
      [50, 0x7fffffff],
    ] as const) {
      const values = randomRun(length, length + step, step);
      expect([...decodeDeltas(encodeDeltas(values), length)!]).toEqual([...values]);
    }
    const edges = Uint32Array.of(0, 0, 127, 128, 16_383, 16_384, 0xffffffff);
    expect([...decodeDeltas(encodeDeltas(edges), edges.length)!]).toEqual([...edges]);
  });

  it('takes one byte for a difference below 128', () => {
    expect([...encodeDeltas(Uint32Array.of(5, 10, 137, 137))]).toEqual([5, 5, 127, 0]);
    expect([...encodeDeltas(Uint32Array.of(128))]).toEqual([0x80, 0x01]);
  });

  it('refuses bytes that are cut short, too long, or not what it wrote', () => {
    const bytes = encodeDeltas(Uint32Array.of(1, 200, 300));
    expect(decodeDeltas(bytes.subarray(0, bytes.length - 1), 3)).toBeNull();
    expect(decodeDeltas(Uint8Array.of(...bytes, 1), 3)).toBeNull();
    expect(decodeDeltas(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0x01), 1)).toBeNull();
    expect(decodeDeltas(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f, 0x01), 2)).toBeNull(); // past 2^32 - 1
    expect(() => encodeDeltas(Uint32Array.of(3, 2))).toThrow(/non-decreasing/);
  });
});
