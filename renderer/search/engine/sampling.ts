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
//
// Counting a group reads every posting's shape, and at ten times the library that pass cost as
// much as the walk that scores (7.7 ms of a query's 30 for a prefix with 2.2 million postings).
// So a word with more than COUNT_ALL_UP_TO postings is counted on a sample of about
// COUNTED_POSTINGS of them, at random gaps (fixed by a seed, so a query always gets the same
// answer): even gaps could fall in step with the way a library's documents are numbered. A group
// the estimate puts near the line (between half and twice MAX_SCORED_DOCUMENTS) is counted on
// every posting after all: whether a group is thinned is decided by its true count; only how
// thinly, for a group far above the line, comes from the estimate. An estimate too low only
// costs time: the group is scored whole.

import { SHAPE_CODES_OF, SHAPE_COUNT, type DocKind, type DocumentTable } from './documents';
import type { FieldPostings } from './index/postingIndex';
import { seededRandom } from '../../shared/seededRandom';

export const MAX_SCORED_DOCUMENTS = 3_000;
/** A word with at most this many postings has its groups counted on every posting. */
const COUNT_ALL_UP_TO = 60_000;
/** About how many postings an estimate reads. */
const COUNTED_POSTINGS = 15_000;

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
 * above MAX_SCORED_DOCUMENTS; then the highlights and notes among them are counted, or
 * estimated (see above).
 */
export function samplingStrides(documents: DocumentTable, frequency: number, lists: readonly FieldPostings[]): Strides {
  if (frequency <= MAX_SCORED_DOCUMENTS) return WHOLE;
  const step = frequency > COUNT_ALL_UP_TO ? Math.floor(frequency / COUNTED_POSTINGS) : 1;
  let counts = groupCounts(documents, lists, step);
  const uncertain = (count: number) => count > MAX_SCORED_DOCUMENTS / 2 && count <= 2 * MAX_SCORED_DOCUMENTS;
  if (step > 1 && (uncertain(counts.highlight) || uncertain(counts.note))) counts = groupCounts(documents, lists, 1);
  return { block: strideFor(frequency), highlight: strideFor(counts.highlight), note: strideFor(counts.note) };
}

/** How many highlights and notes the postings hold: counted on every posting when `step` is 1, else estimated from about one in `step`. */
function groupCounts(
  documents: DocumentTable,
  lists: readonly FieldPostings[],
  step: number,
): { highlight: number; note: number } {
  const codes = documents.shapeCodes;
  const byShape = new Float64Array(SHAPE_COUNT);
  let scale = 1;
  if (step === 1) for (const postings of lists) postings.countBy(codes, byShape);
  else {
    const total = lists.reduce((sum, postings) => sum + postings.count, 0);
    const random = seededRandom(total);
    let read = 0;
    let list = 0;
    let listStart = 0;
    // Gaps from 1 to 2·step − 1: one posting in `step` on average.
    for (let at = Math.floor(random() * step); at < total; at += 1 + Math.floor(random() * (2 * step - 1))) {
      while (at >= listStart + lists[list]!.count) listStart += lists[list++]!.count;
      byShape[codes[lists[list]!.docAt(at - listStart)]!]! += 1;
      read += 1;
    }
    scale = read === 0 ? 0 : total / read;
  }
  const count = (kind: DocKind) => scale * SHAPE_CODES_OF[kind].reduce((sum, code) => sum + byShape[code]!, 0);
  return { highlight: count('highlight'), note: count('note') };
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
