// Where a start's time goes (issue 17, search.cold_ready_ms): each step's end as a performance
// mark in the worker (visible in a profile) and as milliseconds since the worker began, and the
// time spent in work that overlaps others (reading parts beside unpacking them) as sums. The
// ready status carries them, so the benchmark can print the split of a start it measured.

export type StepTimes = Record<string, number>;

export class StartTimings {
  readonly times: StepTimes = {};

  /** Notes that `step` ended now. */
  mark(step: string): void {
    performance.mark(`search:${step}`);
    this.times[step] = Math.round(performance.now());
  }

  /** Adds `ms` to the running total of `step`. */
  add(step: string, ms: number): void {
    this.times[step] = (this.times[step] ?? 0) + ms;
  }

  /** Runs `work`, adding the time it took to `step`. */
  time<T>(step: string, work: () => T): T {
    const began = performance.now();
    try {
      return work();
    } finally {
      this.add(step, performance.now() - began);
    }
  }

  /** The times, sums rounded to the millisecond. */
  snapshot(): StepTimes {
    return Object.fromEntries(Object.entries(this.times).map(([step, ms]) => [step, Math.round(ms)]));
  }
}
