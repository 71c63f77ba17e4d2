// Which highlights cover a given offset, for hit-testing a click (caret position → offset →
// these) where CSS.highlights.highlightsFromPoint is missing. Highlights are few thousand at
// most and change rarely, so a sorted array with a running maximum of ends answers a query
// with one binary search and a short backwards walk.

export interface Interval {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export class IntervalIndex<T extends Interval> {
  private readonly sorted: T[];
  /** maxEnd[i] = the largest end among sorted[0..i]; lets the walk stop early. */
  private readonly maxEnd: number[];

  constructor(intervals: Iterable<T>) {
    this.sorted = [...intervals]
      .filter((interval) => interval.end > interval.start)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxEnd = [];
    let running = -Infinity;
    for (const interval of this.sorted) {
      running = Math.max(running, interval.end);
      this.maxEnd.push(running);
    }
  }

  get size(): number {
    return this.sorted.length;
  }

  /** Intervals with start <= offset < end, narrowest first (the one a click most likely means). */
  at(offset: number): T[] {
    // Last interval starting at or before the offset.
    let low = 0;
    let high = this.sorted.length - 1;
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]!.start <= offset) {
        last = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const hits: T[] = [];
    for (let i = last; i >= 0 && this.maxEnd[i]! > offset; i -= 1) {
      if (this.sorted[i]!.end > offset) hits.push(this.sorted[i]!);
    }
    return hits.sort((a, b) => a.end - a.start - (b.end - b.start));
  }
}
