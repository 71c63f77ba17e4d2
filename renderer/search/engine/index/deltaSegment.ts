// Postings added since the last merge, in a flat log of typed arrays: one entry per (term,
// field, document) with the term's frequency. Appending costs no allocation per posting; when
// the postings are read, the log is sorted once by term and field (a counting sort, linear)
// into a sealed view, kept until the next append. Documents arrive in increasing numbers, so
// each term's documents come out in increasing order, after every document of the base.

import { FIELD_COUNT } from './fields';

/** Where one term's postings for one field sit in the sealed view. */
export interface Run {
  from: number;
  to: number;
}

interface Sealed {
  /** Per delta term and field: start in docs/tfs, FIELD_COUNT entries per term plus one. */
  starts: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
}

const INITIAL_CAPACITY = 1024;
const MAX_TERM_FREQUENCY = 0xffff;

export class DeltaSegment {
  private readonly termNumbers = new Map<string, number>();
  private readonly termList: string[] = [];
  private logTerm = new Uint32Array(INITIAL_CAPACITY);
  private logDoc = new Uint32Array(INITIAL_CAPACITY);
  private logField = new Uint8Array(INITIAL_CAPACITY);
  private logTf = new Uint16Array(INITIAL_CAPACITY);
  private length = 0;
  private sealed: Sealed | null = null;

  get postingCount(): number {
    return this.length;
  }

  get termCount(): number {
    return this.termList.length;
  }

  /** The delta's terms, in the order first seen. */
  get terms(): readonly string[] {
    return this.termList;
  }

  termNumber(term: string): number | undefined {
    return this.termNumbers.get(term);
  }

  /** Adds one field of a document: each distinct term with its frequency. */
  addField(doc: number, field: number, frequencies: ReadonlyMap<string, number>): void {
    if (this.length + frequencies.size > this.logDoc.length) this.grow(this.length + frequencies.size);
    for (const [term, frequency] of frequencies) {
      let number = this.termNumbers.get(term);
      if (number === undefined) {
        number = this.termList.length;
        this.termList.push(term);
        this.termNumbers.set(term, number);
      }
      const at = this.length;
      this.logTerm[at] = number;
      this.logDoc[at] = doc;
      this.logField[at] = field;
      this.logTf[at] = Math.min(frequency, MAX_TERM_FREQUENCY);
      this.length += 1;
    }
    this.sealed = null;
  }

  /** The postings of a delta term in a field, in increasing document order. */
  run(termNumber: number, field: number): Run {
    const { starts } = this.seal();
    const slot = termNumber * FIELD_COUNT + field;
    return { from: starts[slot]!, to: starts[slot + 1]! };
  }

  get docs(): Uint32Array {
    return this.seal().docs;
  }

  get tfs(): Uint16Array {
    return this.seal().tfs;
  }

  private seal(): Sealed {
    if (this.sealed !== null) return this.sealed;
    const slots = this.termList.length * FIELD_COUNT;
    const starts = new Uint32Array(slots + 1);
    for (let i = 0; i < this.length; i += 1) starts[this.logTerm[i]! * FIELD_COUNT + this.logField[i]! + 1]! += 1;
    for (let slot = 0; slot < slots; slot += 1) starts[slot + 1]! += starts[slot]!;
    const next = starts.slice(0, slots);
    const docs = new Uint32Array(this.length);
    const tfs = new Uint16Array(this.length);
    for (let i = 0; i < this.length; i += 1) {
      const at = next[this.logTerm[i]! * FIELD_COUNT + this.logField[i]!]!++;
      docs[at] = this.logDoc[i]!;
      tfs[at] = this.logTf[i]!;
    }
    this.sealed = { starts, docs, tfs };
    return this.sealed;
  }

  private grow(needed: number): void {
    let capacity = this.logDoc.length;
    while (capacity < needed) capacity *= 2;
    const widen = <T extends Uint32Array | Uint16Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const wider = make(capacity);
      wider.set(array);
      return wider;
    };
    this.logTerm = widen(this.logTerm, (n) => new Uint32Array(n));
    this.logDoc = widen(this.logDoc, (n) => new Uint32Array(n));
    this.logField = widen(this.logField, (n) => new Uint8Array(n));
    this.logTf = widen(this.logTf, (n) => new Uint16Array(n));
  }
}
