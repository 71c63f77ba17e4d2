// mulberry32: a tiny, fast, well-distributed 32-bit generator. The same seed gives the same
// numbers on every machine: the benchmarks' generated libraries, and the search's sample of a
// very common word's postings (search/engine/sampling.ts), which must not change from one
// query to the next.

/** Numbers in [0, 1), the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
