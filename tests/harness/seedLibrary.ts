// A large library for fault tests and benchmarks, made of realistic rows: Arabic-like articles
// from the benchmark text generator (some with an inline image), highlights on real passages of
// their canonical text, notes on highlights and on whole articles. Same seed, same text.

import { createTextGenerator, seededRandom } from '../bench/generate';
import { canonicalText } from '../../renderer/article/canonicalText';
import { EXTRACTION_VERSION, type ArticleDoc, type Block } from '../../renderer/article/types';
import { articleRowFor } from '../../renderer/db/articles';
import type { HamishDb } from '../../renderer/db/HamishDb';
import { highlightRowFor } from '../../renderer/db/highlights';
import { noteRowFor } from '../../renderer/db/notes';
import type { ArticleRow, BodyRow, HighlightRow, NoteRow } from '../../renderer/db/types';
import { HIGHLIGHT_COLORS } from '../../renderer/shared/highlightColors';

export interface LibrarySize {
  articles: number;
  highlights: number;
  notes: number;
  /** UTF-16 code units of text per article. */
  articleChars?: number;
}

/** A 1×1 PNG: images are stored inline, never as remote addresses. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const IMAGE_EVERY = 25;

export async function seedLibrary(db: HamishDb, size: LibrarySize, seed = 1): Promise<void> {
  const text = createTextGenerator(seed);
  const random = seededRandom(seed + 1);
  const start = Date.UTC(2025, 0, 1);
  const articles: ArticleRow[] = [];
  const bodies: BodyRow[] = [];
  const texts: string[] = [];
  for (let i = 0; i < size.articles; i += 1) {
    const blocks: Block[] = text
      .paragraphs(size.articleChars ?? 2500)
      .map((paragraph) => ({ kind: 'paragraph', text: paragraph, dir: 'auto' }));
    if (i % IMAGE_EVERY === 0) blocks.splice(1, 0, { kind: 'image', src: PIXEL, alt: text.sentence(), text: '' });
    const doc: ArticleDoc = { extractionVersion: EXTRACTION_VERSION, lang: 'ar', dir: 'rtl', blocks };
    const row = await articleRowFor({ title: text.sentence().slice(0, 90), doc, source: 'paste' }, start + i * 60_000);
    articles.push(row);
    bodies.push({ articleId: row.id, doc, updatedAt: row.updatedAt });
    texts.push(canonicalText(doc));
  }
  const highlights: HighlightRow[] = [];
  for (let i = 0; i < size.highlights; i += 1) {
    const index = i % articles.length;
    const article = articles[index]!;
    const full = texts[index]!;
    const from = Math.floor(random() * Math.max(1, full.length - 80));
    const to = Math.min(full.length, from + 5 + Math.floor(random() * 70));
    highlights.push(
      highlightRowFor(
        {
          articleId: article.id,
          start: from,
          end: to,
          exact: full.slice(from, to),
          prefix: full.slice(Math.max(0, from - 32), from),
          suffix: full.slice(to, to + 32),
          color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
          contentHash: article.contentHash,
          extractionVersion: EXTRACTION_VERSION,
        },
        article.createdAt + 1000 + i,
      ),
    );
  }
  const notes: NoteRow[] = [];
  for (let i = 0; i < size.notes; i += 1) {
    const highlight = i % 2 === 0 ? highlights[i % Math.max(1, highlights.length)] : undefined;
    const articleId = highlight?.articleId ?? articles[i % articles.length]!.id;
    notes.push(
      noteRowFor({ articleId, highlightId: highlight?.id ?? null, text: text.sentence() }, start + 5_000_000 + i),
    );
  }
  await db.transaction('rw', db.articles, db.bodies, db.highlights, db.notes, async () => {
    await db.articles.bulkAdd(articles);
    await db.bodies.bulkAdd(bodies);
    await db.highlights.bulkAdd(highlights);
    await db.notes.bulkAdd(notes);
  });
}
