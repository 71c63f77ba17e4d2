// Waiting on something the benchmark can only ask about, not be told of: a file size that
// LevelDB changes without an event, a harness call that answers later. One loop, so each wait
// says only what it checks.

export interface PollOptions {
  /** Pause between checks. */
  readonly intervalMs: number;
  /** Give up after this long; the error says what never happened. */
  readonly timeoutMs: number;
  /** What the error says, asked for when the time is up. */
  readonly failure: () => string;
}

/** Calls `check` until it answers something other than undefined, and returns that answer. */
export async function pollUntil<T>(check: () => Promise<T | undefined>, options: PollOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const answer = await check();
    if (answer !== undefined) return answer;
    if (Date.now() >= deadline) throw new Error(options.failure());
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}
