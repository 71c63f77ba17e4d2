// One query's candidates while ranking, as columns of numbers rather than an object each: a
// very common word matches tens of thousands of highlights and notes on a large library, and
// making (and collecting) an object for each took longer than scoring them (issue 17,
// search.scale). Objects are made for the few that are shown (ranking.ts).

import type { DocKind } from './documents';

/** A candidate while ranking: numbers only, no strings. */
export interface Candidate {
  doc: number;
  score: number;
  kind: DocKind;
  article: number;
}

const KINDS: readonly DocKind[] = ['block', 'title', 'highlight', 'note'];
const KIND_CODES: Readonly<Record<DocKind, number>> = { block: 0, title: 1, highlight: 2, note: 3 };

export class CandidateList {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private readonly kinds: Uint8Array;
  private readonly articles: Int32Array;
  private count = 0;

  /** `capacity`: at least as many as will be added. */
  constructor(capacity: number) {
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.articles = new Int32Array(capacity);
  }

  static of(candidates: readonly Candidate[]): CandidateList {
    const list = new CandidateList(candidates.length);
    for (const { doc, score, kind, article } of candidates) list.add(doc, score, kind, article);
    return list;
  }

  get length(): number {
    return this.count;
  }

  add(doc: number, score: number, kind: DocKind, article: number): void {
    const i = this.count;
    this.docs[i] = doc;
    this.scores[i] = score;
    this.kinds[i] = KIND_CODES[kind];
    this.articles[i] = article;
    this.count += 1;
  }

  kind(i: number): DocKind {
    return KINDS[this.kinds[i]!]!;
  }

  article(i: number): number {
    return this.articles[i]!;
  }

  /** Negative when candidate i ranks before candidate j: the higher score first, equal scores in document order. A total order. */
  compare = (i: number, j: number): number => this.scores[j]! - this.scores[i]! || this.docs[i]! - this.docs[j]!;

  candidate(i: number): Candidate {
    return { doc: this.docs[i]!, score: this.scores[i]!, kind: this.kind(i), article: this.articles[i]! };
  }
}
