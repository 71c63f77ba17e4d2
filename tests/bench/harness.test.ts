import { describe, expect, it } from 'vitest';
import { formatResult, median, percentile } from './harness';

describe('benchmark statistics', () => {
  it('takes medians and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(() => median([])).toThrow();
  });

  it('prints one JSON object per result', () => {
    const line = formatResult({ bench: 'x.y_ms', value: 1.5, unit: 'ms', runs: 3 });
    expect(JSON.parse(line)).toEqual({ bench: 'x.y_ms', value: 1.5, unit: 'ms', runs: 3 });
    expect(line).not.toContain('\n');
  });
});
