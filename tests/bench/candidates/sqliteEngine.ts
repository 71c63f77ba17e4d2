// SQLite's FTS5 compiled to WebAssembly (the official @sqlite.org/sqlite-wasm) as a candidate,
// fed our analyzer's keys: each field's text goes in as its index terms (analyze.ts: each word's
// form and the stem keys of its readings), space-joined, and FTS5's `ascii` tokenizer with `~`
// as a token character splits them at the spaces and nothing else: it folds only ASCII capitals
// (our terms are lowercase already) and keeps every other character as it is, where unicode61
// would fold and split by its own rules. The table is contentless (the texts live in the
// database's own tables, not in the index) with contentless_delete so rows can be replaced;
// a plain table maps FTS5's rowid to our document id.
//
// A query is our analyzer's plan (candidate.ts) as an FTS5 expression: each word an OR of its
// form, its stem keys and, while typed, `"form"*` (FTS5's prefix query over every indexed
// term); the words ANDed; ranked by bm25() with the title column weighted 2 (per-column
// weights: FTS5 has no per-term weights, so an exact form does not count twice as our engine's
// does).
//
// Measured in Node: there the default VFS keeps the database file in memory (Emscripten's
// MEMFS, counted in the process's heap measure). OPFS exists only in a browser's worker, so what
// OPFS would change is not measured: the file would be on disk, opening it would read pages from
// there, and memory would hold SQLite's page cache rather than the file.

import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import type { ArticleDoc } from '../../../renderer/article/types';
import type { ArticleRow } from '../../../renderer/db/types';
import { indexTerms } from '../../../renderer/text/analyzer/analyze';
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

type Sqlite = Awaited<ReturnType<typeof sqlite3InitModule>>;
type Database = InstanceType<Sqlite['oo1']['DB']>;
type Statement = ReturnType<Database['prepare']>;

let module: Promise<Sqlite> | null = null;
/** The WebAssembly module, loaded once (before any engine is measured: it is not an index's cost). */
export function sqliteModule(): Promise<Sqlite> {
  module ??= sqlite3InitModule();
  return module;
}

const SCHEMA = `
  CREATE VIRTUAL TABLE terms USING fts5(text, title, tags,
    tokenize = "ascii tokenchars '~'", content = '', contentless_delete = 1);
  CREATE VIRTUAL TABLE vocabulary USING fts5vocab(terms, 'row');
  CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL);
`;
/** Rows inserted per transaction while building. */
const BATCH = 5_000;

const quoted = (term: string) => `"${term.replaceAll('"', '""')}"`;
const keysOf = (text: string) => (text === '' ? '' : indexTerms(text).join(' '));

let files = 0;

class SqliteCandidate implements Candidate {
  private readonly insertTerms: Statement;
  private readonly insertDoc: Statement;
  private readonly lookup: Statement;
  private readonly nextTerm: Statement;
  private next: number;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly file: string,
    private readonly db: Database,
    private readonly texts: DocumentTexts,
  ) {
    this.insertTerms = db.prepare('INSERT INTO terms(rowid, text, title, tags) VALUES (?, ?, ?, ?)');
    this.insertDoc = db.prepare('INSERT INTO docs(rowid, id) VALUES (?, ?)');
    this.lookup = db.prepare('SELECT doc FROM vocabulary WHERE term = ?');
    this.nextTerm = db.prepare('SELECT term FROM vocabulary WHERE term >= ? ORDER BY term LIMIT 1');
    this.next = Number(db.selectValue('SELECT coalesce(max(rowid), 0) + 1 FROM docs'));
  }

  private add(document: IndexDocument): void {
    const rowid = this.next;
    this.next += 1;
    this.insertDoc.bind([rowid, document.id]).stepReset();
    this.insertTerms.bind([rowid, keysOf(document.text), keysOf(document.title), keysOf(document.tags)]).stepReset();
  }

  async build(rows: LibraryRows): Promise<void> {
    let inBatch = 0;
    this.db.exec('BEGIN');
    for (const document of documentsOf(rows)) {
      this.add(document);
      inBatch += 1;
      if (inBatch === BATCH) {
        this.db.exec('COMMIT; BEGIN');
        inBatch = 0;
      }
    }
    this.db.exec('COMMIT');
    // Merge the segments into one, as our engine merges its delta when a build ends.
    this.db.exec("INSERT INTO terms(terms) VALUES ('optimize')");
    await Promise.resolve();
  }

  async addArticle(row: ArticleRow, doc: ArticleDoc): Promise<void> {
    this.db.exec('BEGIN');
    for (const document of documentsOfArticle(row, doc)) {
      this.add(document);
      this.texts.add(document);
    }
    this.db.exec('COMMIT');
    await Promise.resolve();
  }

  private frequency(term: string): number {
    const found = this.lookup.bind([term]).step() ? Number(this.lookup.get(0)) : 0;
    this.lookup.reset();
    return found;
  }

  private completes(prefix: string): boolean {
    const term = this.nextTerm.bind([prefix]).step() ? String(this.nextTerm.get(0)) : null;
    this.nextTerm.reset();
    return term !== null && term.startsWith(prefix);
  }

  async find(typed: string, limit: number): Promise<string[]> {
    const query = planQuery(
      typed,
      (term) => this.frequency(term) > 0,
      (term) => this.frequency(term),
      (prefix) => this.completes(prefix),
    );
    if (query.terms.length === 0) return [];
    const match = query.terms
      .map((word) => {
        const { exact, prefix } = wordTerms(word);
        const either = exact.map(quoted);
        if (prefix !== null) either.push(`${quoted(prefix)}*`);
        return `(${either.join(' OR ')})`;
      })
      .join(' AND ');
    const wanted = query.phrases.length > 0 ? Math.max(limit, 2_000) : limit;
    const ids = this.db.selectValues(
      `SELECT docs.id FROM (SELECT rowid, bm25(terms, 1, 2, 1) AS score FROM terms WHERE terms MATCH ?
         ORDER BY score LIMIT ?) AS hits JOIN docs ON docs.rowid = hits.rowid ORDER BY hits.score, hits.rowid`,
      [match, Number.isFinite(wanted) ? wanted : -1],
    ) as string[];
    await Promise.resolve();
    return withPhrases(query, ids, this.texts).slice(0, limit);
  }

  /** The database file's size: pages × page size. */
  private fileBytes(): number {
    return Number(this.db.selectValue('PRAGMA page_count')) * Number(this.db.selectValue('PRAGMA page_size'));
  }

  async store(): Promise<Stored> {
    const { sqlite, file, texts } = this;
    await Promise.resolve();
    return {
      bytes: this.fileBytes(),
      what: 'the database file (page_count × page_size)',
      // A new connection to the stored file, as a new worker would open it.
      load: () => Promise.resolve(new SqliteCandidate(sqlite, file, new sqlite.oo1.DB(file, 'w'), texts)),
    };
  }

  dispose(): void {
    for (const statement of [this.insertTerms, this.insertDoc, this.lookup, this.nextTerm]) statement.finalize();
    this.db.close();
  }

  /** Deletes the database file (after every connection is closed). */
  removeFile(): void {
    // Not in the typed API: the C helper the library's own close(db, unlink) calls (default VFS).
    const wasm = this.sqlite.wasm as unknown as {
      xWrap(name: string, result: string, args: string[]): (vfs: number, file: string) => number;
    };
    wasm.xWrap('sqlite3__wasm_vfs_unlink', 'int', ['sqlite3_vfs*', 'string'])(0, this.file);
  }
}

export const sqliteKind: CandidateKind = {
  name: 'sqlite-fts5',
  describe: "SQLite 3.54 FTS5 (@sqlite.org/sqlite-wasm), our analyzer's keys pre-tokenized, bm25()",
  async create(texts) {
    const sqlite = await sqliteModule();
    files += 1;
    const file = `/hamish-candidates-${files}.db`;
    const db = new sqlite.oo1.DB(file, 'c');
    db.exec(SCHEMA);
    return new SqliteCandidate(sqlite, file, db, texts);
  },
};

export { SqliteCandidate };
