import { describe, expect, it } from 'vitest';
import { mapLimit } from './mapLimit';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapLimit', () => {
  it('keeps the input order whatever order the steps end in, and never runs more than the limit', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([30, 5, 20, 1, 10, 2], 3, async (ms, index) => {
      running += 1;
      most = Math.max(most, running);
      await tick(ms);
      running -= 1;
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:2']);
    expect(most).toBe(3);
  });

  it('an empty list gives an empty list', async () => {
    expect(await mapLimit([], 8, async () => 1)).toEqual([]);
  });

  it('rejects with the first error and starts nothing after it', async () => {
    const started: number[] = [];
    const run = mapLimit([0, 1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      await tick(item === 1 ? 5 : 20);
      if (item === 1) throw new Error('step 1');
      return item;
    });
    await expect(run).rejects.toThrow('step 1');
    await tick(40);
    expect(started).toEqual([0, 1]);
  });
});
