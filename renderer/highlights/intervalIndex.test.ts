import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../tests/bench/generate';
import { IntervalIndex, type Interval } from './intervalIndex';

describe('IntervalIndex', () => {
  const intervals: Interval[] = [
    { id: 'wide', start: 0, end: 100 },
    { id: 'a', start: 10, end: 20 },
    { id: 'b', start: 15, end: 30 },
    { id: 'empty', start: 40, end: 40 },
    { id: 'late', start: 90, end: 120 },
  ];
  const index = new IntervalIndex(intervals);

  it('finds every interval covering an offset, narrowest first', () => {
    expect(index.at(16).map((hit) => hit.id)).toEqual(['a', 'b', 'wide']);
    expect(index.at(20).map((hit) => hit.id)).toEqual(['b', 'wide']);
    expect(index.at(95).map((hit) => hit.id)).toEqual(['late', 'wide']);
    expect(index.at(100).map((hit) => hit.id)).toEqual(['late']);
  });

  it('treats ends as exclusive, ignores empty intervals and answers nothing outside', () => {
    expect(index.at(40).map((hit) => hit.id)).toEqual(['wide']);
    expect(index.at(120)).toEqual([]);
    expect(index.at(-1)).toEqual([]);
    expect(index.size).toBe(4);
  });

  it('agrees with a brute-force scan on random data', () => {
    const random = seededRandom(9);
    const many: Interval[] = Array.from({ length: 2000 }, (_, i) => {
      const start = Math.floor(random() * 100_000);
      return { id: String(i), start, end: start + 1 + Math.floor(random() * 500) };
    });
    const big = new IntervalIndex(many);
    for (let probe = 0; probe < 500; probe += 1) {
      const offset = Math.floor(random() * 101_000);
      const expected = many
        .filter((interval) => interval.start <= offset && offset < interval.end)
        .map((hit) => hit.id)
        .sort();
      expect(
        big
          .at(offset)
          .map((hit) => hit.id)
          .sort(),
      ).toEqual(expected);
    }
  });
});
