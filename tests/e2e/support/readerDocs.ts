// Documents the reader tests open: short ones written for what they test, and a long one
// generated for scrolling, progress and contents.

import type { ArticleDoc, Block } from '../../../renderer/article/types';
import { createTextGenerator } from '../../bench/generate';
import { docOf } from './seedArticles';

/** Arabic sentence with Latin names, numbers, a price, parentheses, guillemets and a domain. */
export const MIXED_PARAGRAPH =
  'أعلنت شركة Apple يوم 12 مارس 2024 عن نظام macOS 14.4 (Sonoma)، وقال Tim Cook إن السعر سيبقى 999$ — أي ما يعادل ٣٬٧٤٦ ريالًا — في «المتجر» على apple.com.';
export const ARABIC_PARAGRAPH = 'يقرأ الناس المقالات الطويلة على الشاشة.';
export const ENGLISH_PARAGRAPH = 'Readers want a page that respects their language.';
/** Starts with a Latin word but is an Arabic sentence: must still read right to left. */
export const LATIN_FIRST_ARABIC = 'Python هي لغة برمجة ظهرت عام 1991.';
/** Starts with an Arabic word but is an English sentence: must still read left to right. */
export const ARABIC_FIRST_ENGLISH = 'القاهرة is the largest city in the Arab world.';

export function bidiDoc(): ArticleDoc {
  const blocks: Block[] = [
    { kind: 'paragraph', text: ARABIC_PARAGRAPH, dir: 'auto' },
    { kind: 'paragraph', text: ENGLISH_PARAGRAPH, dir: 'auto' },
    { kind: 'paragraph', text: MIXED_PARAGRAPH, dir: 'auto' },
    { kind: 'paragraph', text: LATIN_FIRST_ARABIC, dir: 'auto' },
    { kind: 'paragraph', text: ARABIC_FIRST_ENGLISH, dir: 'auto' },
  ];
  return docOf(blocks);
}

/** Words that differ only by diacritics, hamza forms, tatweel, ى/ي and ة/ه, digits. */
export const FIND_PARAGRAPHS = [
  'نشرت الصحيفة تقريرًا عن المُخابَرات في المنطقة.',
  'وقالت إن المخابرات لم ترد على الأسئلة.',
  'التقى أحمد بصديقه احمد في المكتبة، ثم كتب إلى إحسان.',
  'قرأ الطالب الكتـــاب كله، ثم أعاد الكتاب إلى المكتبة.',
  'سافر مصطفى إلى القاهرة في الساعة ٣ بعد الظهر، لا في الساعة 3 صباحًا.',
  'The Intelligence report, in English, mentions nothing of this.',
];

export function findDoc(): ArticleDoc {
  return docOf(FIND_PARAGRAPHS.map((text): Block => ({ kind: 'paragraph', text, dir: 'auto' })));
}

/** `count` generated paragraphs with a heading before every tenth: long enough to scroll far. */
export function longDoc(count = 300): ArticleDoc {
  const generator = createTextGenerator(11);
  const blocks: Block[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i % 10 === 0) blocks.push({ kind: 'heading', level: 2, text: `الفصل ${i / 10 + 1}`, dir: 'auto' });
    blocks.push({ kind: 'paragraph', text: generator.paragraph(), dir: 'auto' });
  }
  return docOf(blocks);
}
