// A map bounded by the size of what it holds, oldest use first out: the text cache keeps two
// (texts results showed, whole bodies), each with its own measure of size.

export class SizedLru<V> {
  private readonly entries = new Map<string, V>();
  private size = 0;

  constructor(
    private readonly capacity: number,
    private readonly sizeOf: (value: V) => number,
    /** Told of each entry pushed out to make room (not of those deleted or replaced). */
    private readonly onEvict: (key: string, value: V) => void = () => undefined,
  ) {}

  /** The value, now the most recently used. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** The value, its place in the order left as it was. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` as the most recently used; what was just set stays, even if larger than the whole capacity. */
  set(key: string, value: V): void {
    this.delete(key);
    this.entries.set(key, value);
    this.size += this.sizeOf(value);
    for (const [oldKey, oldValue] of this.entries) {
      if (this.size <= this.capacity || oldKey === key) break;
      this.entries.delete(oldKey);
      this.size -= this.sizeOf(oldValue);
      this.onEvict(oldKey, oldValue);
    }
  }

  delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.size -= this.sizeOf(value);
  }
}
