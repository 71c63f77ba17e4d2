// The real-text quality set (tests/fixtures/search/real): five Arabic articles of news and essay
// style, written for this project, and the queries a reader would type over them. Each query's
// expected hits are written down by meaning, as the written forms that count as a hit
// (`forms`: every group must be present, any form of a group will do; a form with a space is
// words side by side) and the blocks where a form means something else (`exclude`). The
// expected documents are found from those forms by a plain word match that shares nothing
// with the analyzer: diacritics, tatweel and invisible characters removed, words compared as
// written. For in-article find the groups must meet in one sentence.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockDocId, titleDocId } from '../../renderer/search/engine/docIds';
import { articleRow, docOf } from '../support/search/rows';
import type { Corpus, QualityQuery } from './corpus';

export interface RealArticle {
  id: string;
  title: string;
  tags: string[];
  blocks: string[];
}

export interface RealQuery {
  query: string;
  means: string;
  forms: string[][];
  covers: string[];
  exclude?: string[];
}

const fixtures = path.resolve(import.meta.dirname, '../fixtures/search/real');
const readJson = <T>(name: string): T => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as T;

export function loadRealArticles(): RealArticle[] {
  return readJson<{ articles: RealArticle[] }>('articles.json').articles;
}

export function loadRealQueries(): RealQuery[] {
  return readJson<{ queries: RealQuery[] }>('queries.json').queries;
}

const IGNORED = /\u0640|[\u064b-\u065f]|\u0670|\p{Cf}/gu;
/** Runs of Arabic letters, or of other letters and digits: بـ3 is ب and 3, as a reader sees it. */
const PLAIN_WORD = /[\u0621-\u064a\u0671-\u06d3]+|[\p{L}\p{N}]+/gu;

/** The words of a text as written, without diacritics, tatweel and invisible characters. */
export function plainWords(text: string): string[] {
  const digits = text.replace(/[٠-٩]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660));
  return digits.replace(IGNORED, '').match(PLAIN_WORD) ?? [];
}

function hasForm(words: readonly string[], form: string): boolean {
  const parts = plainWords(form);
  if (parts.length === 0) return false;
  for (let i = 0; i + parts.length <= words.length; i += 1) {
    if (parts.every((part, k) => words[i + k] === part)) return true;
  }
  return false;
}

/** Whether every group of forms has a form among the words. */
export function matchesForms(words: readonly string[], forms: readonly (readonly string[])[]): boolean {
  return forms.length > 0 && forms.every((group) => group.some((form) => hasForm(words, form)));
}

/** The expected documents of a query over the articles: blocks, and titles (with tags). */
export function expectedDocuments(articles: readonly RealArticle[], query: RealQuery): string[] {
  const excluded = new Set(query.exclude ?? []);
  const expected: string[] = [];
  for (const article of articles) {
    if (matchesForms(plainWords(`${article.title} ${article.tags.join(' ')}`), query.forms))
      expected.push(titleDocId(article.id));
    article.blocks.forEach((block, i) => {
      const id = blockDocId(article.id, i);
      if (!excluded.has(id) && matchesForms(plainWords(block), query.forms)) expected.push(id);
    });
  }
  return expected;
}

/** A block's sentences: what in-article find takes a multi-word query to be within. */
export function sentencesOf(block: string): string[] {
  return block.split(/(?<=[.!?؟؛:])\s+/u);
}

/** The blocks of one article where find should find the query: its groups met in one sentence. */
export function expectedFindBlocks(article: RealArticle, query: RealQuery): number[] {
  const excluded = new Set(query.exclude ?? []);
  const blocks: number[] = [];
  article.blocks.forEach((block, i) => {
    if (excluded.has(blockDocId(article.id, i))) return;
    if (sentencesOf(block).some((sentence) => matchesForms(plainWords(sentence), query.forms))) blocks.push(i);
  });
  return blocks;
}

export function realCorpus(articles: readonly RealArticle[] = loadRealArticles()): Corpus {
  return {
    articles: articles.map((article) => ({
      row: articleRow(article.id, article.title, { tags: article.tags }),
      doc: docOf(...article.blocks),
    })),
    highlights: [],
    notes: [],
  };
}

/** The queries in the shape of the generated set, their expected documents found from their forms. */
export function realQueries(
  articles: readonly RealArticle[] = loadRealArticles(),
  queries: readonly RealQuery[] = loadRealQueries(),
): QualityQuery[] {
  return queries.map((query) => ({
    query: query.query,
    covers: query.covers,
    expected: expectedDocuments(articles, query),
  }));
}
