// A seeded generator of Arabic-like text for benchmarks: Arabic words built from common
// letters with real prefixes and suffixes, and the Latin names, numbers and punctuation real
// articles mix in. Same seed, same text, on every machine.

import { seededRandom } from '../../renderer/shared/seededRandom';

export { seededRandom };

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const FREQUENT = 'الملنيوهرتبسعدقفك';
const PREFIXES = ['', '', '', 'ال', 'ال', 'و', 'وال', 'بال', 'لل', 'ف', 'ك'];
const SUFFIXES = ['', '', '', 'ة', 'ات', 'ون', 'ين', 'ها', 'ية', 'ه'];
const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0651'];
const LATIN = [
  'Electron',
  'Reuters',
  'OpenStreetMap',
  'Beirut',
  'UNESCO',
  'Mahmoud',
  'Cairo',
  'Python',
  'Dubai',
  'NASA',
];
const COMMON = ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'كان', 'قال'];

export interface TextGenerator {
  word(): string;
  sentence(): string;
  paragraph(): string;
  /** Paragraphs until the text reaches `chars` UTF-16 code units. */
  paragraphs(chars: number): string[];
}

export interface GeneratorOptions {
  /**
   * Draw stems from a fixed lexicon of this many, by Zipf's law (the stem of rank r comes up
   * in proportion to 1/r), as words do in real text. Without it every stem is fresh random
   * letters, so nearly every word is new: fine for layout, unlike any language for search.
   */
  lexicon?: number;
}

export function createTextGenerator(seed: number, options: GeneratorOptions = {}): TextGenerator {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  function randomStem(): string {
    const length = 2 + Math.floor(random() * 4);
    let stem = '';
    for (let i = 0; i < length; i += 1) stem += random() < 0.6 ? pick([...FREQUENT]) : pick([...LETTERS]);
    return stem;
  }

  const lexicon = options.lexicon === undefined ? null : Array.from({ length: options.lexicon }, randomStem);
  // Cumulative Zipf weights, searched by bisection.
  const cumulative: number[] = [];
  if (lexicon !== null) lexicon.forEach((_, rank) => cumulative.push((cumulative[rank - 1] ?? 0) + 1 / (rank + 1)));

  function stem(): string {
    if (lexicon === null) return randomStem();
    const target = random() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return lexicon[low]!;
  }

  function arabicWord(): string {
    if (random() < 0.25) return pick(COMMON);
    let word = pick(PREFIXES) + stem() + pick(SUFFIXES);
    if (random() < 0.05) word = word[0] + pick(HARAKAT) + word.slice(1);
    return word;
  }

  function word(): string {
    const roll = random();
    if (roll < 0.03) return pick(LATIN);
    if (roll < 0.05) return String(Math.floor(random() * 3000));
    if (roll < 0.06)
      return String(Math.floor(random() * 100)).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    return arabicWord();
  }

  function sentence(): string {
    const count = 6 + Math.floor(random() * 14);
    const words: string[] = [];
    for (let i = 0; i < count; i += 1) words.push(word());
    if (random() < 0.15) words.splice(2, 0, `(${pick(LATIN)})`);
    return `${words.join(' ')}${pick(['.', '.', '.', '،', '؟', '!'])}`;
  }

  function paragraph(): string {
    const count = 2 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < count; i += 1) sentences.push(sentence());
    return sentences.join(' ');
  }

  function paragraphs(chars: number): string[] {
    const out: string[] = [];
    let total = 0;
    while (total < chars) {
      const next = paragraph();
      out.push(next);
      total += next.length + 2;
    }
    return out;
  }

  return { word, sentence, paragraph, paragraphs };
}
