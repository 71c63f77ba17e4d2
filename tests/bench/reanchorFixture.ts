// The re-anchoring scenario shared by its benchmark and its correctness test: a 1 MB
// generated article, 2,000 highlights on it, then the text edited in 50 places.

import { describeRange, type TextSelectors } from '../../renderer/highlights/quoteSelector';
import { createTextGenerator, seededRandom } from './generate';

export interface ReanchorScenario {
  original: string;
  edited: string;
  highlights: TextSelectors[];
}

export function reanchorScenario(seed = 5, size = 1_000_000, highlightCount = 2_000, edits = 50): ReanchorScenario {
  const original = createTextGenerator(seed).paragraphs(size).join('\n\n');
  const random = seededRandom(seed + 1);
  const highlights: TextSelectors[] = [];
  for (let i = 0; i < highlightCount; i += 1) {
    const start = Math.floor(random() * (original.length - 200));
    highlights.push(describeRange(original, start, start + 20 + Math.floor(random() * 120)));
  }
  // Edits, applied back to front so earlier positions stay valid while editing.
  const places = Array.from({ length: edits }, () => Math.floor(random() * original.length)).sort((a, b) => b - a);
  let edited = original;
  for (const [index, at] of places.entries()) {
    const kind = index % 3;
    if (kind === 0) edited = `${edited.slice(0, at)} فقرة مضافة للتحديث رقم ${index}. ${edited.slice(at)}`;
    else if (kind === 1) edited = edited.slice(0, at) + edited.slice(at + 40);
    else edited = `${edited.slice(0, at)}ـ${edited.slice(at + 1)}`;
  }
  return { original, edited, highlights };
}
