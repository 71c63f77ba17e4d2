// The best few of many, in order, without sorting the many: what ranking.ts picks the shown
// results with, and what the index picks a prefix's completions with. Kept sorted by binary
// insertion: the room is small (20, at most a couple of thousand) beside what is offered.

/** The best `room` items offered, kept in order (`compare`: negative when the first goes first). */
export class BestFirst<T> {
  readonly items: T[] = [];

  constructor(
    private readonly room: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { items } = this;
    if (items.length >= this.room) {
      if (this.room === 0 || this.compare(item, items[items.length - 1]!) >= 0) return;
      items.pop();
    }
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(items[middle]!, item) < 0) low = middle + 1;
      else high = middle;
    }
    items.splice(low, 0, item);
  }
}
