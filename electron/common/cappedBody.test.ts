import { describe, expect, it } from 'vitest';
import { readCappedBody, type ByteReader } from './cappedBody';

/** A reader of the given chunks that records whether it was cancelled and how far it was read. */
function streamOf(chunks: readonly number[]): ByteReader & { cancelled: boolean; reads: number } {
  const stream = {
    cancelled: false,
    reads: 0,
    read: () => {
      const size = chunks[stream.reads];
      stream.reads += 1;
      return Promise.resolve(
        size === undefined
          ? { done: true as const }
          : { done: false as const, value: new Uint8Array(size).fill(stream.reads) },
      );
    },
    cancel: () => {
      stream.cancelled = true;
      return Promise.resolve();
    },
  };
  return stream;
}

describe('readCappedBody', () => {
  it('joins the chunks in order when the body fits, the cap included', async () => {
    const bytes = await readCappedBody(streamOf([2, 3]), 5);
    expect(bytes).toEqual(new Uint8Array([1, 1, 2, 2, 2]));
  });

  it('stops at the first chunk past the cap and cancels the rest', async () => {
    const stream = streamOf([4, 4, 4, 4]);
    expect(await readCappedBody(stream, 6)).toBe('too-large');
    expect(stream.cancelled).toBe(true);
    expect(stream.reads).toBe(2);
  });

  it('takes no body as empty', async () => {
    expect(await readCappedBody(undefined, 10)).toEqual(new Uint8Array(0));
  });
});
