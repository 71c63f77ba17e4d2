// The index's terms, sorted, packed into two typed arrays: every term's UTF-16 code units one
// after another, and where each begins. 577,000 terms of the benchmark library take some 10 MB
// this way, where as JS strings in a Map they took over 60 MB. A term's number is its rank, so
// the postings of term i sit at slot i of the posting arrays (postingIndex.ts); a prefix is one
// contiguous run of numbers. Immutable: new terms go to the delta segment until a merge.

/** Compares `term` with the packed term at [from, to) as String comparison does (by code unit). */
function compareTo(term: string, chars: Uint16Array, from: number, to: number): number {
  const length = Math.min(term.length, to - from);
  for (let k = 0; k < length; k += 1) {
    const difference = term.charCodeAt(k) - chars[from + k]!;
    if (difference !== 0) return difference;
  }
  return term.length - (to - from);
}

export class TermDictionary {
  static readonly EMPTY = new TermDictionary(new Uint16Array(0), new Uint32Array(1));

  /** `offsets` has one entry more than there are terms: term i is chars[offsets[i], offsets[i + 1]). */
  constructor(
    readonly chars: Uint16Array,
    readonly offsets: Uint32Array,
  ) {}

  /** Packs terms already sorted by code unit, without duplicates. */
  static fromSorted(terms: readonly string[]): TermDictionary {
    let total = 0;
    for (const term of terms) total += term.length;
    const chars = new Uint16Array(total);
    const offsets = new Uint32Array(terms.length + 1);
    let at = 0;
    terms.forEach((term, i) => {
      offsets[i] = at;
      for (let k = 0; k < term.length; k += 1) chars[at + k] = term.charCodeAt(k);
      at += term.length;
    });
    offsets[terms.length] = at;
    return new TermDictionary(chars, offsets);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  term(index: number): string {
    const from = this.offsets[index]!;
    const to = this.offsets[index + 1]!;
    // Terms are words: short enough to spread as arguments.
    return String.fromCharCode(...this.chars.subarray(from, to));
  }

  termLength(index: number): number {
    return this.offsets[index + 1]! - this.offsets[index]!;
  }

  /** The first term number whose term is not below `term` (size if none). */
  lowerBound(term: string): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareTo(term, this.chars, this.offsets[middle]!, this.offsets[middle + 1]!) > 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The term's number, or -1. */
  indexOf(term: string): number {
    const index = this.lowerBound(term);
    if (index >= this.size) return -1;
    return compareTo(term, this.chars, this.offsets[index]!, this.offsets[index + 1]!) === 0 ? index : -1;
  }

  /** The numbers [from, to) of the terms that begin with `prefix` (the prefix itself included). */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    let low = from;
    let high = this.size;
    // The first term past the run: one that neither equals nor extends the prefix.
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = this.offsets[middle]!;
      const end = Math.min(this.offsets[middle + 1]!, start + prefix.length);
      const extendsPrefix = end - start === prefix.length && compareTo(prefix, this.chars, start, end) === 0;
      if (extendsPrefix) low = middle + 1;
      else high = middle;
    }
    return [from, low];
  }

  /** `term` against term number `index`, by code unit: negative, 0 or positive. */
  compareAt(term: string, index: number): number {
    return compareTo(term, this.chars, this.offsets[index]!, this.offsets[index + 1]!);
  }

  /** Every code unit used by some term, once. */
  alphabet(): Set<number> {
    const seen = new Set<number>();
    for (const unit of this.chars) seen.add(unit);
    return seen;
  }
}
