// Which of a very common word's documents are scored (issue 17, search.scale). When even the
// rarest word of a query is in more than MAX_SCORED_DOCUMENTS documents, ranking all of them
// means little and costs what the library holds: at ten times the benchmark library a function
// word (إلى, التي) or a short prefix has over a million postings, most of them highlights and
// notes. So each group is sampled evenly — only its documents whose number is a multiple of the
// group's stride are scored — and its count becomes an estimate (found × stride).
//
// Per group, so a group with few matches is never thinned: articles' blocks keep the rule they
// always had (one stride from all the rarest word's postings), and highlights and notes are
// sampled only when the rarest word is in more than MAX_SCORED_DOCUMENTS of that group's
// documents, by their own count. A note among thousands of matching blocks is still found, and
// counted truly. Titles (one per article) are never sampled.

import { SHAPE_CODES_OF, SHAPE_COUNT, type DocKind, type DocumentTable } from './documents';
import type { FieldPostings } from './index/postingIndex';

export const MAX_SCORED_DOCUMENTS = 3_000;

/** One document in `stride` of each group is scored: 1 where the group was scored whole. */
export interface Strides {
  block: number;
  highlight: number;
  note: number;
}

export const WHOLE: Readonly<Strides> = { block: 1, highlight: 1, note: 1 };

function strideFor(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_SCORED_DOCUMENTS));
}

/**
 * The strides for a query whose rarest word holds `frequency` documents (summed over its terms)
 * in these postings. Nothing is sampled, and the postings are not read, unless `frequency` is
 * above MAX_SCORED_DOCUMENTS; then the highlights and notes among them are counted (a pass that
 * reads one byte per posting: far cheaper than scoring them).
 */
export function samplingStrides(documents: DocumentTable, frequency: number, lists: readonly FieldPostings[]): Strides {
  if (frequency <= MAX_SCORED_DOCUMENTS) return WHOLE;
  const codes = documents.shapeCodes;
  const byShape = new Float64Array(SHAPE_COUNT);
  for (const postings of lists) postings.countBy(codes, byShape);
  const count = (kind: DocKind) => SHAPE_CODES_OF[kind].reduce((sum, code) => sum + byShape[code]!, 0);
  return { block: strideFor(frequency), highlight: strideFor(count('highlight')), note: strideFor(count('note')) };
}

/**
 * The stride of each shape code (documents.shapeCodes), so that the walk over the rarest word's
 * postings decides each with two array reads: a document is in the sample when its number is a
 * multiple of its shape's stride. Titles, and discarded documents (dropped by the walk), are 1.
 */
export function stridesByShape(strides: Readonly<Strides>): Int32Array {
  const byShape = new Int32Array(SHAPE_COUNT).fill(1);
  for (const kind of ['block', 'highlight', 'note'] as const)
    for (const code of SHAPE_CODES_OF[kind]) byShape[code] = strides[kind];
  return byShape;
}
