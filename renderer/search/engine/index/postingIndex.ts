// The inverted index: for every term, per field, the documents that hold it with the term's
// frequency there. Two segments, as in Lucene: a large immutable base of typed arrays (terms
// packed and sorted, termDictionary.ts; documents and frequencies in one array each) and a
// small delta (deltaSegment.ts) taking what was added since. merge() folds the delta into the
// base and drops the postings of discarded documents, as MiniSearch's vacuum did; until then
// those postings stay, and are counted in a term's document frequency as MiniSearch counted
// them (scores stay the same as before).
//
// About 6 bytes per posting (document 4, frequency 2) and 4 per term and field: on the
// benchmark library, 6.1 M postings and 577,000 terms, some 60 MB against MiniSearch's 610.

import { BestFirst } from '../bestFirst';
import { DeltaSegment } from './deltaSegment';
import { FIELD_COUNT } from './fields';
import { TermDictionary } from './termDictionary';

/** The base segment as stored: term t's postings in field f are docs/tfs[starts[t*F+f], starts[t*F+f+1]). */
export interface BaseSegment {
  dictionary: TermDictionary;
  starts: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
}

export const EMPTY_BASE: BaseSegment = {
  dictionary: TermDictionary.EMPTY,
  starts: new Uint32Array(1),
  docs: new Uint32Array(0),
  tfs: new Uint16Array(0),
};

/** One term's documents in one field: the base's run, then the delta's (all of higher numbers). */
export class FieldPostings {
  constructor(
    readonly field: number,
    private readonly baseDocs: Uint32Array,
    private readonly baseTfs: Uint16Array,
    private readonly baseFrom: number,
    private readonly baseTo: number,
    private readonly deltaDocs: Uint32Array,
    private readonly deltaTfs: Uint16Array,
    private readonly deltaFrom: number,
    private readonly deltaTo: number,
  ) {}

  /** How many documents hold the term in this field (discarded ones until the next merge). */
  get count(): number {
    return this.baseTo - this.baseFrom + this.deltaTo - this.deltaFrom;
  }

  forEach(visit: (doc: number, tf: number) => void): void {
    for (let i = this.baseFrom; i < this.baseTo; i += 1) visit(this.baseDocs[i]!, this.baseTfs[i]!);
    for (let i = this.deltaFrom; i < this.deltaTo; i += 1) visit(this.deltaDocs[i]!, this.deltaTfs[i]!);
  }

  /**
   * Adds one to `counts[codes[doc]]` for each document. The walks over a very common word's
   * million postings (sampling.ts) are plain loops over the arrays: through forEach's callback,
   * called from several places and never inlined, they took twice as long.
   */
  countBy(codes: Uint8Array, counts: Float64Array): void {
    const { baseDocs, deltaDocs } = this;
    for (let i = this.baseFrom; i < this.baseTo; i += 1) counts[codes[baseDocs[i]!]!]! += 1;
    for (let i = this.deltaFrom; i < this.deltaTo; i += 1) counts[codes[deltaDocs[i]!]!]! += 1;
  }

  /** The document of the i-th posting (0 ≤ i < count): the base's run, then the delta's. */
  docAt(i: number): number {
    const inBase = this.baseTo - this.baseFrom;
    return i < inBase ? this.baseDocs[this.baseFrom + i]! : this.deltaDocs[this.deltaFrom + i - inBase]!;
  }

  /**
   * Visits only the documents whose number is a multiple of the stride their code gives
   * (`strides[codes[doc]]`): a sample of the postings, decided in the loop (see countBy).
   */
  forEachSampled(codes: Uint8Array, strides: Int32Array, visit: (doc: number, tf: number) => void): void {
    const { baseDocs, baseTfs, deltaDocs, deltaTfs } = this;
    for (let i = this.baseFrom; i < this.baseTo; i += 1) {
      const doc = baseDocs[i]!;
      if (doc % strides[codes[doc]!]! === 0) visit(doc, baseTfs[i]!);
    }
    for (let i = this.deltaFrom; i < this.deltaTo; i += 1) {
      const doc = deltaDocs[i]!;
      if (doc % strides[codes[doc]!]! === 0) visit(doc, deltaTfs[i]!);
    }
  }

  /** The term's frequency in the document, or 0. */
  frequency(doc: number): number {
    return (
      find(this.baseDocs, this.baseTfs, this.baseFrom, this.baseTo, doc) ||
      find(this.deltaDocs, this.deltaTfs, this.deltaFrom, this.deltaTo, doc)
    );
  }
}

function find(docs: Uint32Array, tfs: Uint16Array, from: number, to: number, doc: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (docs[middle]! < doc) low = middle + 1;
    else high = middle;
  }
  return low < to && docs[low] === doc ? tfs[low]! : 0;
}

export class PostingIndex {
  private delta = new DeltaSegment();

  constructor(private base: BaseSegment = EMPTY_BASE) {}

  get baseSegment(): BaseSegment {
    return this.base;
  }

  /** Postings added since the last merge. */
  get pendingPostings(): number {
    return this.delta.postingCount;
  }

  get postingCount(): number {
    return this.base.docs.length + this.delta.postingCount;
  }

  addField(doc: number, field: number, frequencies: ReadonlyMap<string, number>): void {
    this.delta.addField(doc, field, frequencies);
  }

  /** The term's postings per field, fields without any left out; empty if the term is not indexed. */
  postings(term: string): FieldPostings[] {
    const baseTerm = this.base.dictionary.indexOf(term);
    const deltaTerm = this.delta.termNumber(term);
    if (baseTerm < 0 && deltaTerm === undefined) return [];
    const lists: FieldPostings[] = [];
    const { starts, docs, tfs } = this.base;
    const deltaDocs = deltaTerm === undefined ? EMPTY_DOCS : this.delta.docs;
    const deltaTfs = deltaTerm === undefined ? EMPTY_TFS : this.delta.tfs;
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      const baseFrom = baseTerm < 0 ? 0 : starts[baseTerm * FIELD_COUNT + field]!;
      const baseTo = baseTerm < 0 ? 0 : starts[baseTerm * FIELD_COUNT + field + 1]!;
      const run = deltaTerm === undefined ? { from: 0, to: 0 } : this.delta.run(deltaTerm, field);
      if (baseTo === baseFrom && run.to === run.from) continue;
      lists.push(new FieldPostings(field, docs, tfs, baseFrom, baseTo, deltaDocs, deltaTfs, run.from, run.to));
    }
    return lists;
  }

  /** Where each term's postings lie in the base segment's arrays, all fields together: [from, to), terms not in the base left out. */
  baseRuns(terms: readonly string[]): [number, number][] {
    const { dictionary, starts } = this.base;
    const runs: [number, number][] = [];
    for (const term of terms) {
      const t = dictionary.indexOf(term);
      if (t >= 0) runs.push([starts[t * FIELD_COUNT]!, starts[(t + 1) * FIELD_COUNT]!]);
    }
    return runs;
  }

  /** How many documents hold the term, summed over fields. */
  documentFrequency(term: string): number {
    let count = 0;
    const baseTerm = this.base.dictionary.indexOf(term);
    if (baseTerm >= 0) {
      const { starts } = this.base;
      count += starts[(baseTerm + 1) * FIELD_COUNT]! - starts[baseTerm * FIELD_COUNT]!;
    }
    const deltaTerm = this.delta.termNumber(term);
    if (deltaTerm !== undefined) {
      for (let field = 0; field < FIELD_COUNT; field += 1) {
        const { from, to } = this.delta.run(deltaTerm, field);
        count += to - from;
      }
    }
    return count;
  }

  /** Whether the term is indexed at all. */
  has(term: string): boolean {
    return this.base.dictionary.indexOf(term) >= 0 || this.delta.termNumber(term) !== undefined;
  }

  /** Every indexed term that begins with `prefix` (the prefix itself excluded), with its document frequency. */
  completions(prefix: string): { term: string; frequency: number }[] {
    const found = new Map<string, number>();
    const { dictionary, starts } = this.base;
    const [from, to] = dictionary.prefixRange(prefix);
    for (let t = from; t < to; t += 1) {
      if (dictionary.termLength(t) === prefix.length) continue;
      found.set(dictionary.term(t), starts[(t + 1) * FIELD_COUNT]! - starts[t * FIELD_COUNT]!);
    }
    // A delta term may be in the base too: its frequency is then the sum of both.
    for (const term of this.delta.terms) {
      if (term.length > prefix.length && term.startsWith(prefix)) found.set(term, this.documentFrequency(term));
    }
    return [...found].map(([term, frequency]) => ({ term, frequency }));
  }

  /**
   * The `count` terms `prefix` begins (itself excluded) that most documents hold, ties in term
   * order: the first `count` of completions(prefix) so sorted, without spelling out every term
   * it begins. A short prefix begins tens of thousands of terms on a large library, and a
   * prefix is completed at each keystroke (issue 17, search.scale).
   */
  frequentCompletions(prefix: string, count: number): { term: string; frequency: number }[] {
    if (count <= 0) return [];
    const { dictionary, starts } = this.base;
    // A base term is named by its number until it must be compared by its letters: the base's
    // numbers are in term order already.
    type Found = { term: string | null; number: number; frequency: number };
    const spelled = (found: Found) => found.term ?? dictionary.term(found.number);
    const compare = (a: Found, b: Found) => {
      if (a.frequency !== b.frequency) return b.frequency - a.frequency;
      if (a.term === null && b.term === null) return a.number - b.number;
      const x = spelled(a);
      const y = spelled(b);
      return x < y ? -1 : x > y ? 1 : 0;
    };
    const best = new BestFirst<Found>(count, compare);
    // A delta term may be in the base too: its frequency is then the sum of both, offered once.
    const inDelta = new Set<number>();
    for (const term of this.delta.terms) {
      if (term.length <= prefix.length || !term.startsWith(prefix)) continue;
      const number = dictionary.indexOf(term);
      if (number >= 0) inDelta.add(number);
      best.offer({ term, number: -1, frequency: this.documentFrequency(term) });
    }
    const [from, to] = dictionary.prefixRange(prefix);
    for (let t = from; t < to; t += 1) {
      const frequency = starts[(t + 1) * FIELD_COUNT]! - starts[t * FIELD_COUNT]!;
      // Most terms fall short of the least of those kept: dismissed before anything is made.
      if (best.items.length >= count && frequency < best.items[best.items.length - 1]!.frequency) continue;
      if (dictionary.termLength(t) === prefix.length || inDelta.has(t)) continue;
      best.offer({ term: null, number: t, frequency });
    }
    return best.items.map((found) => ({ term: spelled(found), frequency: found.frequency }));
  }

  /** Terms of the base segment, for what needs them all (the one-edit search). */
  get dictionary(): TermDictionary {
    return this.base.dictionary;
  }

  get deltaTerms(): readonly string[] {
    return this.delta.terms;
  }

  /**
   * Folds the delta into the base, leaving out the postings of documents `isLive` rejects, and
   * terms left with none. Linear in the index's size.
   */
  merge(isLive: (doc: number) => boolean): void {
    const old = this.base;
    const delta = this.delta;
    const deltaOrder = delta.terms.map((term, number) => ({ term, number }));
    deltaOrder.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    const deltaDocs = delta.docs;
    const deltaTfs = delta.tfs;

    // One walk over both sorted term lists; `emit` is called for each term in order.
    const walk = (emit: (baseTerm: number, deltaTerm: number, term: string | null) => void) => {
      let i = 0;
      let j = 0;
      const size = old.dictionary.size;
      while (i < size || j < deltaOrder.length) {
        if (j >= deltaOrder.length) emit(i++, -1, null);
        else if (i >= size) {
          const { term, number } = deltaOrder[j++]!;
          emit(-1, number, term);
        } else {
          const comparison = old.dictionary.compareAt(deltaOrder[j]!.term, i);
          if (comparison > 0) emit(i++, -1, null);
          else if (comparison < 0) {
            const { term, number } = deltaOrder[j++]!;
            emit(-1, number, term);
          } else emit(i++, deltaOrder[j++]!.number, null);
        }
      }
    };
    const liveIn = (docs: Uint32Array, from: number, to: number) => {
      let live = 0;
      for (let k = from; k < to; k += 1) if (isLive(docs[k]!)) live += 1;
      return live;
    };

    // First pass: sizes.
    let termCount = 0;
    let charCount = 0;
    let postingCount = 0;
    walk((baseTerm, deltaTerm, term) => {
      let live = 0;
      for (let field = 0; field < FIELD_COUNT; field += 1) {
        if (baseTerm >= 0) {
          const slot = baseTerm * FIELD_COUNT + field;
          live += liveIn(old.docs, old.starts[slot]!, old.starts[slot + 1]!);
        }
        if (deltaTerm >= 0) {
          const run = delta.run(deltaTerm, field);
          live += liveIn(deltaDocs, run.from, run.to);
        }
      }
      if (live === 0) return;
      termCount += 1;
      charCount += term?.length ?? old.dictionary.termLength(baseTerm);
      postingCount += live;
    });

    // Second pass: fill.
    const chars = new Uint16Array(charCount);
    const offsets = new Uint32Array(termCount + 1);
    const starts = new Uint32Array(termCount * FIELD_COUNT + 1);
    const docs = new Uint32Array(postingCount);
    const tfs = new Uint16Array(postingCount);
    let t = 0;
    let c = 0;
    let p = 0;
    const copy = (fromDocs: Uint32Array, fromTfs: Uint16Array, from: number, to: number) => {
      for (let k = from; k < to; k += 1) {
        const doc = fromDocs[k]!;
        if (!isLive(doc)) continue;
        docs[p] = doc;
        tfs[p] = fromTfs[k]!;
        p += 1;
      }
    };
    walk((baseTerm, deltaTerm, term) => {
      const first = p;
      const fieldStarts: number[] = [];
      for (let field = 0; field < FIELD_COUNT; field += 1) {
        fieldStarts.push(p);
        if (baseTerm >= 0) {
          const slot = baseTerm * FIELD_COUNT + field;
          copy(old.docs, old.tfs, old.starts[slot]!, old.starts[slot + 1]!);
        }
        if (deltaTerm >= 0) {
          const run = delta.run(deltaTerm, field);
          copy(deltaDocs, deltaTfs, run.from, run.to);
        }
      }
      if (p === first) return;
      offsets[t] = c;
      if (term !== null) for (let k = 0; k < term.length; k += 1) chars[c++] = term.charCodeAt(k);
      else {
        const from = old.dictionary.offsets[baseTerm]!;
        const to = old.dictionary.offsets[baseTerm + 1]!;
        chars.set(old.dictionary.chars.subarray(from, to), c);
        c += to - from;
      }
      for (let field = 0; field < FIELD_COUNT; field += 1) starts[t * FIELD_COUNT + field] = fieldStarts[field]!;
      t += 1;
    });
    offsets[termCount] = c;
    starts[termCount * FIELD_COUNT] = p;
    this.base = { dictionary: new TermDictionary(chars, offsets), starts, docs, tfs };
    this.delta = new DeltaSegment();
  }
}

const EMPTY_DOCS = new Uint32Array(0);
const EMPTY_TFS = new Uint16Array(0);
