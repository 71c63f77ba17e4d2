// Access to a MiniSearch index's insides, which MiniSearch keeps but does not expose:
// - its postings, read by executeQuery.ts: MiniSearch's own search() scores every posting of
//   every term it touches, allocating as it goes — fine for thousands of documents, hundreds
//   of milliseconds for a common word in a library of 80,000 blocks and notes;
// - its terms, written out and read back part by part by persistence.ts: MiniSearch's toJSON()
//   builds the whole index as one object, then one string, which a large library cannot afford.
//
// This is the one file that knows MiniSearch's private fields (minisearch 7.x). The shapes are
// checked when an accessor is made, and indexInternals.test.ts holds what it reads to what
// MiniSearch's public search() and toJSON() say, so a MiniSearch that changed fails loudly.

import type MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';

/** fieldId → document short id → term frequency. */
export type TermPostings = ReadonlyMap<number, ReadonlyMap<number, number>>;

/** Everything toJSON() gives but the index itself. */
export type IndexHeader = Omit<AsPlainObject, 'index'>;

interface RadixMap extends Iterable<[string, TermPostings]> {
  get(term: string): TermPostings | undefined;
  set(term: string, postings: TermPostings): unknown;
  atPrefix(prefix: string): Iterable<[string, TermPostings]>;
  fuzzyGet(term: string, maxEditDistance: number): Map<string, [TermPostings, number]>;
}

interface Internals {
  _index: RadixMap;
  _dirtCount: number;
  _nextId: number;
  _documentCount: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, Record<string, unknown> | undefined>;
}

const SERIALIZATION_VERSION = 2;

export class IndexInternals {
  private readonly internals: Internals;

  constructor(index: MiniSearch<never> | MiniSearch<unknown>) {
    const internals = index as unknown as Internals;
    if (
      typeof internals._index?.get !== 'function' ||
      typeof internals._index.set !== 'function' ||
      typeof internals._index.atPrefix !== 'function' ||
      typeof internals._index.fuzzyGet !== 'function' ||
      typeof internals._index[Symbol.iterator] !== 'function' ||
      !(internals._documentIds instanceof Map) ||
      !(internals._idToShortId instanceof Map) ||
      !(internals._fieldLength instanceof Map) ||
      !(internals._storedFields instanceof Map) ||
      !Array.isArray(internals._avgFieldLength) ||
      typeof internals._dirtCount !== 'number' ||
      typeof internals._nextId !== 'number' ||
      typeof internals._fieldIds !== 'object'
    ) {
      throw new Error('This MiniSearch does not keep its index as IndexInternals expects');
    }
    this.internals = internals;
  }

  get documentCount(): number {
    return this.internals._documentCount;
  }

  /** Whether postings may still name discarded documents (until MiniSearch vacuums them). */
  get hasDiscarded(): boolean {
    return this.internals._dirtCount > 0;
  }

  fieldId(field: string): number | undefined {
    return this.internals._fieldIds[field];
  }

  postings(term: string): TermPostings | undefined {
    return this.internals._index.get(term);
  }

  /** How many documents hold the term, in any field (discarded ones included until vacuumed). */
  documentFrequency(term: string): number {
    let count = 0;
    for (const documents of this.internals._index.get(term)?.values() ?? []) count += documents.size;
    return count;
  }

  /**
   * Terms that start with `prefix` (the prefix itself excluded) with their document
   * frequencies, looking at `scanLimit` terms at most.
   */
  expansions(prefix: string, scanLimit: number): { term: string; frequency: number }[] {
    const found: { term: string; frequency: number }[] = [];
    let scanned = 0;
    for (const [term, postings] of this.internals._index.atPrefix(prefix)) {
      if (term !== prefix) {
        let frequency = 0;
        for (const documents of postings.values()) frequency += documents.size;
        found.push({ term, frequency });
      }
      scanned += 1;
      if (scanned >= scanLimit) break;
    }
    return found;
  }

  /** Terms within edit distance 1 of `term` (fuzzy.ts's NearTerms), with their document frequencies. */
  termsWithinOneEdit(term: string): { term: string; frequency: number }[] {
    const found: { term: string; frequency: number }[] = [];
    for (const [near, [postings]] of this.internals._index.fuzzyGet(term, 1)) {
      if (near === term) continue;
      let frequency = 0;
      for (const documents of postings.values()) frequency += documents.size;
      found.push({ term: near, frequency });
    }
    return found;
  }

  /** MiniSearch's number for a document id, while the document is in the index. */
  shortIdOf(documentId: string): number | undefined {
    return this.internals._idToShortId.get(documentId);
  }

  /** The document's id, or undefined once it has been discarded. */
  documentId(shortId: number): string | undefined {
    return this.internals._documentIds.get(shortId);
  }

  /** Every document in the index. */
  forEachDocument(visit: (shortId: number, documentId: string) => void): void {
    this.internals._documentIds.forEach((documentId, shortId) => visit(shortId, documentId));
  }

  fieldLength(shortId: number, fieldId: number): number {
    return this.internals._fieldLength.get(shortId)?.[fieldId] ?? 0;
  }

  averageFieldLength(fieldId: number): number {
    return this.internals._avgFieldLength[fieldId] ?? 0;
  }

  storedFields(shortId: number): Record<string, unknown> | undefined {
    return this.internals._storedFields.get(shortId);
  }

  /** Every term with its postings. Do not change the index while iterating. */
  terms(): Iterable<[string, TermPostings]> {
    return this.internals._index;
  }

  /** What toJSON() would give, without the index: MiniSearch.loadJS takes it with `index: []`. */
  header(): IndexHeader {
    const {
      _documentCount,
      _nextId,
      _documentIds,
      _fieldIds,
      _fieldLength,
      _avgFieldLength,
      _storedFields,
      _dirtCount,
    } = this.internals;
    return {
      documentCount: _documentCount,
      nextId: _nextId,
      documentIds: Object.fromEntries(_documentIds),
      fieldIds: _fieldIds,
      fieldLength: Object.fromEntries(_fieldLength),
      averageFieldLength: _avgFieldLength,
      storedFields: Object.fromEntries(_storedFields) as AsPlainObject['storedFields'],
      dirtCount: _dirtCount,
      serializationVersion: SERIALIZATION_VERSION,
    };
  }

  /** Puts back a term's postings, as MiniSearch.loadJS does for each entry it reads. */
  setPostings(term: string, postings: TermPostings): void {
    this.internals._index.set(term, postings);
  }
}
