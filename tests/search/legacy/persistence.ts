// How the index is stored: a manifest (versions, what the index knows of articles and rows,
// and MiniSearch's header) and the terms in parts of TERMS_PER_PART, written and read one part
// at a time. A library of 1,000 long articles makes an index of some 70 MB: built as one
// object and one string (MiniSearch's toJSON), it needs twice the index's memory again.
// Document ids are delta-coded, which also makes the parts smaller than toJSON's objects.

import type { IndexHeader, TermPostings } from './indexInternals';

export const TERMS_PER_PART = 20_000;

/** Row kinds of one stored index: what the manifest holds besides MiniSearch's header. */
export interface Manifest<Entry, Versions> {
  layout: number;
  analyzer: number;
  /** Parts are stored under this generation; a new write uses a new one, then moves the manifest. */
  generation: string;
  parts: number;
  articles: [string, Entry][];
  versions: Versions;
  header: IndexHeader;
}

/** One term as stored: [term, fieldId, [doc, tf, doc − previous doc, tf, …], fieldId, […], …]. */
export type StoredTerm = [string, ...(number | number[])[]];

export function encodeTerm(term: string, postings: TermPostings): StoredTerm {
  const stored: StoredTerm = [term];
  for (const [fieldId, documents] of postings) {
    if (documents.size === 0) continue;
    const pairs: number[] = [];
    let previous = 0;
    for (const shortId of [...documents.keys()].sort((a, b) => a - b)) {
      pairs.push(shortId - previous, documents.get(shortId)!);
      previous = shortId;
    }
    stored.push(fieldId, pairs);
  }
  return stored;
}

function malformed(): never {
  throw new Error('a stored search index part is malformed');
}

export function decodeTerm(stored: unknown): [string, Map<number, Map<number, number>>] {
  if (!Array.isArray(stored) || typeof stored[0] !== 'string' || stored.length % 2 !== 1) malformed();
  const postings = new Map<number, Map<number, number>>();
  for (let i = 1; i < stored.length; i += 2) {
    const fieldId: unknown = stored[i];
    const pairs: unknown = stored[i + 1];
    if (typeof fieldId !== 'number' || !Array.isArray(pairs) || pairs.length % 2 !== 0) malformed();
    const documents = new Map<number, number>();
    let shortId = 0;
    for (let k = 0; k < pairs.length; k += 2) {
      shortId += pairs[k] as number;
      documents.set(shortId, pairs[k + 1] as number);
    }
    postings.set(fieldId, documents);
  }
  return [stored[0], postings];
}

/** Parts of at most TERMS_PER_PART terms, as JSON, made one at a time. */
export function* encodeParts(terms: Iterable<[string, TermPostings]>): Generator<string> {
  let batch: StoredTerm[] = [];
  for (const [term, postings] of terms) {
    batch.push(encodeTerm(term, postings));
    if (batch.length >= TERMS_PER_PART) {
      yield JSON.stringify(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield JSON.stringify(batch);
}

export function decodePart(part: string): [string, Map<number, Map<number, number>>][] {
  const parsed: unknown = JSON.parse(part);
  if (!Array.isArray(parsed)) malformed();
  return parsed.map(decodeTerm);
}
