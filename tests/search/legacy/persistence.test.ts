import { describe, expect, it } from 'vitest';
import { decodePart, decodeTerm, encodeParts, encodeTerm, TERMS_PER_PART } from './persistence';

describe('stored index parts', () => {
  it('delta-codes document ids in order and decodes them back', () => {
    const postings = new Map([
      [
        0,
        new Map([
          [40, 1],
          [3, 2],
          [12, 1],
        ]),
      ],
      [2, new Map([[7, 3]])],
    ]);
    expect(encodeTerm('كتاب', postings)).toEqual(['كتاب', 0, [3, 2, 9, 1, 28, 1], 2, [7, 3]]);
    const [term, decoded] = decodeTerm(encodeTerm('كتاب', postings));
    expect(term).toBe('كتاب');
    expect(decoded.get(0)).toEqual(
      new Map([
        [3, 2],
        [12, 1],
        [40, 1],
      ]),
    );
    expect(decoded.get(2)).toEqual(new Map([[7, 3]]));
  });

  it('cuts the terms into parts of TERMS_PER_PART', () => {
    const terms = Array.from({ length: TERMS_PER_PART + 5 }, (_, i): [string, Map<number, Map<number, number>>] => [
      `t${i}`,
      new Map([[0, new Map([[i, 1]])]]),
    ]);
    const parts = [...encodeParts(terms)];
    expect(parts).toHaveLength(2);
    expect(decodePart(parts[1]!)).toHaveLength(5);
    expect(decodePart(parts[0]!)[0]![0]).toBe('t0');
  });

  it('refuses malformed parts', () => {
    expect(() => decodePart('{}')).toThrow(/malformed/);
    expect(() => decodeTerm([1, 0, []])).toThrow(/malformed/);
    expect(() => decodeTerm(['t', 0])).toThrow(/malformed/);
    expect(() => decodeTerm(['t', 0, [1]])).toThrow(/malformed/);
    expect(() => decodePart('[["t", 0, [1, 1]')).toThrow();
  });
});
