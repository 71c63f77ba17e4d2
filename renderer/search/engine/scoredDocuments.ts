// The running scores of one query's documents, found by document number in a dense table
// rather than kept in a Map: a very common word matches tens of thousands of highlights and
// notes on a large library (none of them sampled, executeQuery.ts), and hashing that many
// numbers in Maps, once per word, was the largest part of such a query at three and ten times
// the benchmark library (issue 17, search.scale). It is read as the Map it replaced was (size,
// has, get, keys, forEach), documents in the order they were first scored, and sums are taken
// in the same order as before, so scores are the same to the last bit.
//
// One table serves every query of an engine (reset): a table of one slot per document is 4 MB at
// ten times the benchmark library, and allocating it for each query left gigabytes of
// short-lived buffers over the bench's rounds. Resetting clears only the places the last query
// set.

export class ScoredDocuments {
  /** 1 + a document's place in `docs`, by document number; 0 for a document not scored. */
  private place: Int32Array;
  private docs: number[] = [];
  private sums: number[] = [];
  /** While a further word is scored (beginWord): what it adds, by place, and the places it reached, in order. */
  private extra = new Float64Array(0);
  private reached = new Uint8Array(0);
  private order: number[] = [];

  /** `documentLimit`: above every document number that may be scored. */
  constructor(documentLimit: number) {
    this.place = new Int32Array(documentLimit);
  }

  /** Forgets every score, for a new query over documents numbered below `documentLimit`. */
  reset(documentLimit: number): void {
    if (documentLimit > this.place.length) {
      // Documents are added one at a time: room for a few more saves a new table at each add.
      this.place = new Int32Array(Math.ceil(documentLimit * 1.125));
    } else for (const doc of this.docs) this.place[doc] = 0;
    this.docs = [];
    this.sums = [];
    this.forgetWord();
  }

  get size(): number {
    return this.docs.length;
  }

  has(doc: number): boolean {
    return (this.place[doc] ?? 0) !== 0;
  }

  get(doc: number): number | undefined {
    const at = this.place[doc] ?? 0;
    return at === 0 ? undefined : this.sums[at - 1];
  }

  keys(): IterableIterator<number> {
    return this.docs.values();
  }

  forEach(visit: (score: number, doc: number) => void): void {
    for (let i = 0; i < this.docs.length; i += 1) visit(this.sums[i]!, this.docs[i]!);
  }

  /** Adds to the document's score, scoring it from 0 if it was not yet. For the first word only. */
  add(doc: number, amount: number): void {
    const at = this.place[doc]!;
    if (at !== 0) {
      this.sums[at - 1]! += amount;
      return;
    }
    this.docs.push(doc);
    this.sums.push(0 + amount);
    this.place[doc] = this.docs.length;
  }

  /** Starts a further word: only the documents it adds to (addExtra) stay scored once it ends (endWord). */
  beginWord(): void {
    this.extra = new Float64Array(this.docs.length);
    this.reached = new Uint8Array(this.docs.length);
    this.order = [];
  }

  /** Adds to what the current word gives a document already scored; a document not scored is left out. */
  addExtra(doc: number, amount: number): void {
    const at = (this.place[doc] ?? 0) - 1;
    if (at < 0) return;
    if (this.reached[at] === 0) {
      this.reached[at] = 1;
      this.order.push(at);
      this.extra[at] = 0 + amount;
    } else this.extra[at]! += amount;
  }

  /** Keeps the documents the word reached, in the order it reached them, each score plus the word's. */
  endWord(): void {
    for (const doc of this.docs) this.place[doc] = 0;
    const docs: number[] = [];
    const sums: number[] = [];
    for (const at of this.order) {
      const doc = this.docs[at]!;
      docs.push(doc);
      sums.push(this.sums[at]! + this.extra[at]!);
      this.place[doc] = docs.length;
    }
    this.docs = docs;
    this.sums = sums;
    this.forgetWord();
  }

  private forgetWord(): void {
    this.extra = new Float64Array(0);
    this.reached = new Uint8Array(0);
    this.order = [];
  }
}
