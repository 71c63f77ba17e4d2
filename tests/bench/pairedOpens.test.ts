import { describe, expect, it } from 'vitest';
import { MIN_PAIRS, timePairedOpens } from './pairedOpens';

describe('timePairedOpens', () => {
  it('warms each side up untimed, alternates which opens first and takes the median of the pairs', async () => {
    const order: string[] = [];
    // The machine's load doubles every other pair; each pair's ratio is still 1.2.
    let pair = 0;
    const load = () => (Math.floor(pair / 2) % 2 === 0 ? 1 : 2);
    const measured = async () => {
      order.push('m');
      const ms = 120 * load();
      pair += 1;
      return ms;
    };
    const baseline = async () => {
      order.push('b');
      const ms = 100 * load();
      pair += 1;
      return ms;
    };
    const result = await timePairedOpens(3, measured, baseline);
    expect(result.runs).toBe(MIN_PAIRS);
    expect(order.slice(0, 6)).toEqual(['b', 'm', 'b', 'm', 'm', 'b']);
    expect(order).toHaveLength(2 + 2 * MIN_PAIRS);
    expect(result.value).toBe(1.2);
    expect(result.ratio_of_medians).toBeCloseTo(result.with_ms / result.baseline_ms, 2);
  });

  it('takes more pairs when asked for more runs', async () => {
    const result = await timePairedOpens(
      MIN_PAIRS + 4,
      async () => 2,
      async () => 1,
    );
    expect(result).toMatchObject({ runs: MIN_PAIRS + 4, value: 2, with_ms: 2, baseline_ms: 1 });
  });
});
