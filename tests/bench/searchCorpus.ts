// The search benchmark's library, generated: 1,000 articles of about 20 KB, 20,000 highlights
// quoting them, 10,000 notes (half on a highlight), and the 200 queries of one, two and three
// words the benchmark asks, taken from the text. Stems come from a Zipf lexicon
// (generate.ts), so words repeat as they do in real text.

import { blockStartOffsets } from '../../renderer/article/canonicalText';
import type { ArticleDoc } from '../../renderer/article/types';
import type { ArticleRow, HighlightRow, NoteRow } from '../../renderer/db/types';
import { articleRow, docOf, highlightRow, noteRow } from '../support/search/rows';
import { HIGHLIGHT_COLORS } from '../../renderer/shared/highlightColors';
import { createTextGenerator, seededRandom } from './generate';

export interface SearchCorpusSizes {
  articles: number;
  articleChars: number;
  highlights: number;
  notes: number;
  queries: number;
  lexicon: number;
  /** Articles kept out of the library, to be added one at a time. */
  extraArticles: number;
  extraArticleChars: number;
}

export const BENCH_SIZES: SearchCorpusSizes = {
  articles: 1_000,
  articleChars: 20_000,
  highlights: 20_000,
  notes: 10_000,
  queries: 200,
  lexicon: 50_000,
  extraArticles: 9,
  extraArticleChars: 100_000,
};

export interface SearchCorpus {
  articles: { row: ArticleRow; doc: ArticleDoc }[];
  highlights: HighlightRow[];
  notes: NoteRow[];
  queries: string[];
  extraArticles: { row: ArticleRow; doc: ArticleDoc }[];
}

export function generateSearchCorpus(seed = 2026, sizes: SearchCorpusSizes = BENCH_SIZES): SearchCorpus {
  const text = createTextGenerator(seed, { lexicon: sizes.lexicon });
  const random = seededRandom(seed + 1);
  const below = (n: number) => Math.floor(random() * n);

  const articles = Array.from({ length: sizes.articles }, (_, i) => ({
    row: articleRow(`bench-article-${i}`, text.sentence(), { tags: [`tag-${i % 12}`] }),
    doc: docOf(...text.paragraphs(sizes.articleChars)),
  }));

  /** A stretch of whole words from a random block. */
  function quote(
    minChars: number,
    maxChars: number,
  ): { article: (typeof articles)[number]; block: number; start: number; text: string } {
    const article = articles[below(articles.length)]!;
    const block = below(article.doc.blocks.length);
    const blockText = article.doc.blocks[block]!.text;
    let start = below(Math.max(1, blockText.length - minChars));
    start = blockText.lastIndexOf(' ', start) + 1;
    let end = Math.min(blockText.length, start + minChars + below(maxChars - minChars));
    const space = blockText.indexOf(' ', end);
    end = space === -1 ? blockText.length : space;
    return { article, block, start, text: blockText.slice(start, end) };
  }

  const highlights = Array.from({ length: sizes.highlights }, (_, i) => {
    const { article, block, start, text: exact } = quote(40, 240);
    const offset = blockStartOffsets(article.doc)[block]! + start;
    return highlightRow(`bench-highlight-${i}`, article.row.id, exact, offset, {
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
    });
  });

  const notes = Array.from({ length: sizes.notes }, (_, i) => {
    const onHighlight = i % 2 === 0 ? highlights[below(highlights.length)]! : null;
    const articleId = onHighlight?.articleId ?? articles[below(articles.length)]!.row.id;
    return noteRow(`bench-note-${i}`, articleId, text.paragraph(), onHighlight?.id ?? null);
  });

  const queries = Array.from({ length: sizes.queries }, (_, i) => {
    const words = quote(60, 120)
      .text.split(/\s+/u)
      .filter((word) => /\p{L}|\p{N}/u.test(word));
    const count = 1 + (i % 3);
    const from = below(Math.max(1, words.length - count));
    return words.slice(from, from + count).join(' ');
  });

  const extraArticles = Array.from({ length: sizes.extraArticles }, (_, i) => ({
    row: articleRow(`bench-extra-${i}`, text.sentence()),
    doc: docOf(...text.paragraphs(sizes.extraArticleChars)),
  }));

  return { articles, highlights, notes, queries, extraArticles };
}
