// FlexSearch 0.8 as a candidate, with our analyzer as its encoder: its `encode` option is a
// function from a document's text to its index terms, and we give it exactly the terms our
// engine indexes (each word's form and the stem keys of its readings, analyze.ts). Two indexes:
// `keys` (tokenize "strict": every term) answers words, and `forms` (tokenize "forward": each
// word's form and every prefix of it, FlexSearch's own way of prefix search) completes the last
// word while it is typed, as our engine completes it from its term dictionary.
//
// A query is our analyzer's plan (candidate.ts) put to FlexSearch's Resolver: each word an OR
// of its form and its stem keys, and of the form's completions when it is being typed;
// the words ANDed; FlexSearch ranks (by the position of the term in the document, its
// "resolution" slots; it has no BM25), and stops at `limit`. Query terms are already index
// terms, so while querying the encoder passes them through.
//
// Stored with FlexSearch's export()/import() (key/data string pairs; the size counted as UTF-8).
// Its IndexedDB adapter (flexsearch/db/indexeddb) needs a browser's IndexedDB: this Node run does
// not measure it.

import { Buffer } from 'node:buffer';
import { Index, Resolver } from 'flexsearch';
import type { ArticleDoc } from '../../../renderer/article/types';
import type { ArticleRow } from '../../../renderer/db/types';
import { analyze, type Token } from '../../../renderer/text/analyzer/analyze';
import {
  documentsOf,
  documentsOfArticle,
  planQuery,
  withPhrases,
  wordTerms,
  type Candidate,
  type CandidateKind,
  type DocumentTexts,
  type IndexDocument,
  type LibraryRows,
  type Stored,
} from './candidate';

/** What both indexes read of one text: it is analyzed once. */
class Analysis {
  private text: string | null = null;
  private tokens: Token[] = [];
  /** While true the encoder passes query terms through: they are index terms already. */
  querying = false;

  of(text: string): Token[] {
    if (text !== this.text) {
      this.text = text;
      this.tokens = analyze(text);
    }
    return this.tokens;
  }

  readonly keys = (text: string): string[] => (this.querying ? [text] : this.of(text).flatMap((token) => token.keys));
  readonly forms = (text: string): string[] => (this.querying ? [text] : this.of(text).map((token) => token.term));
}

function indexes(analysis: Analysis): { keys: Index; forms: Index } {
  return {
    keys: new Index({ tokenize: 'strict', encode: analysis.keys }),
    forms: new Index({ tokenize: 'forward', encode: analysis.forms }),
  };
}

const resolverOf = (index: Index, query: string) => new Resolver({ index, query });

/** A document's texts as one: FlexSearch's Index has one field (the title's boost is lost). */
const contentOf = (document: IndexDocument) =>
  [document.title, document.tags, document.text].filter((text) => text !== '').join('\n');

class FlexSearchCandidate implements Candidate {
  private readonly analysis = new Analysis();
  private keys: Index;
  private forms: Index;
  /** Document number (FlexSearch's numeric id, from 1) → our document id. */
  private ids: string[] = [''];

  constructor(private readonly texts: DocumentTexts) {
    ({ keys: this.keys, forms: this.forms } = indexes(this.analysis));
  }

  private add(document: IndexDocument): void {
    const content = contentOf(document);
    const number = this.ids.length;
    this.ids.push(document.id);
    this.keys.add(number, content);
    this.forms.add(number, content);
  }

  async build(rows: LibraryRows): Promise<void> {
    for (const document of documentsOf(rows)) this.add(document);
    await Promise.resolve();
  }

  async addArticle(row: ArticleRow, doc: ArticleDoc): Promise<void> {
    for (const document of documentsOfArticle(row, doc)) {
      this.add(document);
      this.texts.add(document);
    }
    await Promise.resolve();
  }

  private search(index: Index, term: string, limit: number): number[] {
    return index.search(term, { limit }) as number[];
  }

  async find(typed: string, limit: number): Promise<string[]> {
    this.analysis.querying = true;
    try {
      const query = planQuery(
        typed,
        (term) => this.search(this.keys, term, 1).length > 0,
        // FlexSearch keeps no document frequencies: the count of documents found stands for it.
        (term) => this.search(this.keys, term, 100_000).length,
        (prefix) => this.search(this.forms, prefix, 1).length > 0,
      );
      if (query.terms.length === 0) return [];
      let all: ReturnType<typeof resolverOf> | null = null;
      for (const word of query.terms) {
        const { exact, prefix } = wordTerms(word);
        let either = resolverOf(this.keys, exact[0]!);
        for (const key of exact.slice(1)) either = either.or({ index: this.keys, query: key });
        if (prefix !== null) either = either.or({ index: this.forms, query: prefix });
        all = all === null ? either : all.and(either);
      }
      const found = all!.resolve({ limit: query.phrases.length > 0 ? Math.max(limit, 2_000) : limit }) as number[];
      const ids = found.map((number) => this.ids[number]!);
      return withPhrases(query, ids, this.texts).slice(0, limit);
    } finally {
      this.analysis.querying = false;
    }
  }

  async store(): Promise<Stored> {
    const exported: { index: 'keys' | 'forms'; key: string; data: string }[] = [];
    await this.keys.export((key, data) => void exported.push({ index: 'keys', key, data }));
    await this.forms.export((key, data) => void exported.push({ index: 'forms', key, data }));
    const ids = JSON.stringify(this.ids);
    const texts = this.texts;
    return {
      bytes:
        exported.reduce((sum, { key, data }) => sum + Buffer.byteLength(key) + Buffer.byteLength(data), 0) +
        Buffer.byteLength(ids),
      what: 'export() key/data pairs of both indexes and the id table, UTF-8',
      async load() {
        const candidate = new FlexSearchCandidate(texts);
        for (const { index, key, data } of exported) candidate[index].import(key, data);
        candidate.ids = JSON.parse(ids) as string[];
        return Promise.resolve(candidate);
      },
    };
  }

  dispose(): void {}
}

export const flexsearchKind: CandidateKind = {
  name: 'flexsearch',
  describe:
    'FlexSearch 0.8, our analyzer as its encoder: a strict index of every term and a forward index of word forms',
  create: (texts) => Promise.resolve(new FlexSearchCandidate(texts)),
};
