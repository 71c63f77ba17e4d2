import { describe, expect, it } from 'vitest';
import { pollUntil } from './pollUntil';

describe('pollUntil', () => {
  it('checks again until the check answers, and returns the answer', async () => {
    let calls = 0;
    const answer = await pollUntil(async () => (++calls === 3 ? 'done' : undefined), {
      intervalMs: 1,
      timeoutMs: 60_000,
      failure: () => 'never',
    });
    expect(answer).toBe('done');
    expect(calls).toBe(3);
  });

  it('takes a falsy answer other than undefined as an answer', async () => {
    expect(await pollUntil(async () => 0, { intervalMs: 1, timeoutMs: 60_000, failure: () => 'never' })).toBe(0);
  });

  it("fails with the caller's words once the time is up, after checking at least once", async () => {
    let calls = 0;
    await expect(
      pollUntil(
        async () => {
          calls += 1;
          return undefined;
        },
        { intervalMs: 1, timeoutMs: 0, failure: () => `still nothing after ${calls} checks` },
      ),
    ).rejects.toThrow('still nothing after 1 checks');
  });
});
