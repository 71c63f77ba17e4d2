// Keeps the search index in step with the database: loads the stored index (or builds one,
// reporting progress), catches up with rows changed since it was stored, applies changes as
// they happen, and writes the index back a little after the last change. Runs in the search
// worker; it takes the database as a parameter so tests can run it in Node.
//
// Over 300 lines on purpose: loading, building, catching up, applying changes and writing back
// all change the one engine and must run one at a time on the one chain this class keeps;
// spread over modules, each would need the chain and the engine's state passed in. What could
// stand alone has: the stored rows (indexRows.ts), the texts (dexieTextSource.ts).

import type { EntityTable } from 'dexie';
import { EXTRACTION_VERSION, type ArticleDoc } from '../../article/types';
import type { HamishDb } from '../../db/HamishDb';
import type { ArticleRow } from '../../db/types';
import { SearchEngine, type RowTable } from '../engine/SearchEngine';
import type { IndexStatus, TableChange } from '../protocol';
import { EMPTY_RESPONSE, type SearchRequest, type SearchResponse } from '../types';
import { isDamagedIndex } from '../engine/storedParts';
import { dexieTextSource } from './dexieTextSource';
import { dropUnusedRows, isQuotaError, readManifest, restoreStoredEngine, storeEngine } from './indexRows';
import { readUpdatedAt } from './rowVersions';
import { StartTimings } from './startTimings';

export interface IndexServiceOptions {
  onStatus?: (status: IndexStatus) => void;
  /** How long after the last change the index is written back. */
  persistDelayMs?: number;
}

const ARTICLE_CHUNK = 25;
const ROW_CHUNK = 1_000;
/**
 * Rows compared between two turns given to searches, when catching up after a start: a few
 * milliseconds of work, so a search typed meanwhile never waits behind the whole comparison
 * (300,000 rows at ten thousand articles).
 */
const COMPARE_SLICE = 2_000;
const PROGRESS_INTERVAL_MS = 100;
// Writing the index back rewrites all of it (tens of megabytes on a large library), and the
// next start catches up with any row it missed: so wait for a quiet moment.
const DEFAULT_PERSIST_DELAY_MS = 20_000;

/** An article whose body row is missing still has a title worth finding. */
const EMPTY_DOC: ArticleDoc = { extractionVersion: EXTRACTION_VERSION, lang: '', dir: 'ltr', blocks: [] };

/** The rows a loaded index is compared with on start. */
interface RowVersions {
  articles: ArticleRow[];
  versions: Record<RowTable, Map<string, number>>;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reads a table in pages of ROW_CHUNK rows, in key order, so no page holds the whole table. */
async function forEachPage<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  visit: (rows: T[]) => void,
  between: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  let last: string | null = null;
  for (;;) {
    if (last !== null) await between();
    const page: T[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last))
      .limit(ROW_CHUNK)
      .toArray();
    if (page.length === 0) return;
    visit(page);
    if (page.length < ROW_CHUNK) return; // the last page
    last = page[page.length - 1]!.id;
  }
}

/** Visits the items in slices of `size`, awaiting `before` ahead of each slice. */
async function inSlices<T>(
  items: Iterable<T>,
  size: number,
  before: () => Promise<void>,
  visit: (item: T) => void,
): Promise<void> {
  let count = 0;
  for (const item of items) {
    if (count % size === 0) await before();
    visit(item);
    count += 1;
  }
}

export class IndexService {
  private engine: SearchEngine | null = null;
  /** The last 'ready' status, repeated with storeFailed set or cleared when a write fails or succeeds again. */
  private ready: Extract<IndexStatus, { state: 'ready' }> | null = null;
  private started: Promise<void> | null = null;
  /** Every change to the engine goes through this chain, one at a time. */
  private tail: Promise<unknown> = Promise.resolve();
  private dirty = false;
  /** The generation the stored manifest names, once one is known; its parts are kept. */
  private storedGeneration: string | null = null;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  /** Restored engines found damaged while their postings were read, and the rebuild replacing each. */
  private readonly replacing = new Map<SearchEngine, Promise<void>>();
  private readonly source;
  /** Searches waiting or running, and who waits for there to be none (the catch-up after a start). */
  private searching = 0;
  private idle: (() => void)[] = [];
  /** A loaded index's comparison with the rows, after the start (catchUpAfterStart). */
  private caughtUp: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: HamishDb,
    private readonly options: IndexServiceOptions = {},
  ) {
    this.source = dexieTextSource(db);
  }

  /** Loads or builds the index; safe to call more than once. */
  start(): Promise<void> {
    this.started ??= this.enqueue(() => this.open());
    return this.started;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    this.searching += 1;
    let counted = true;
    // A search that waits for a rebuild (on the chain) is no longer one the chain waits for.
    const release = () => {
      if (!counted) return;
      counted = false;
      this.searching -= 1;
      if (this.searching === 0) for (const resume of this.idle.splice(0)) resume();
    };
    try {
      return await this.answer(request, release);
    } finally {
      release();
    }
  }

  private async answer(request: SearchRequest, release: () => void): Promise<SearchResponse> {
    await this.start();
    const engine = this.engine;
    if (engine === null) return EMPTY_RESPONSE;
    try {
      return await engine.search(request, this.source);
    } catch (error) {
      // A part of postings read for this query was damaged: answer from the rebuilt index.
      if (!isDamagedIndex(error)) throw error;
      this.replaceDamaged(engine);
      release();
      await this.replacing.get(engine);
      return this.engine === null || this.engine === engine ? EMPTY_RESPONSE : this.engine.search(request, this.source);
    }
  }

  applyChanges(changes: readonly TableChange[]): Promise<void> {
    return this.start().then(() => this.enqueue(() => this.apply(changes)));
  }

  /** Writes the index now if it changed since it was last written. */
  flush(): Promise<void> {
    return this.start().then(() => this.enqueue(() => this.persistIfDirty()));
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.tail.then(operation);
    // The chain goes on after a failed step; the failure reaches whoever awaited that step.
    this.tail = run.catch(() => undefined);
    return run;
  }

  private report(status: IndexStatus): void {
    if (status.state === 'ready') this.ready = status;
    this.options.onStatus?.(status);
  }

  private async open(): Promise<void> {
    const began = performance.now();
    const timings = new StartTimings();
    timings.mark('open');
    this.report({ state: 'starting' });
    let engine: SearchEngine | null = null;
    await this.db.open();
    timings.mark('db.open');
    const manifest = await readManifest(this.db);
    timings.mark('manifest.read');
    if (manifest !== undefined) {
      try {
        const restored = await restoreStoredEngine(this.db, manifest, timings);
        timings.mark('restored');
        engine = restored.engine;
        this.storedGeneration = restored.generation;
      } catch (error) {
        console.warn('The stored search index is unreadable; rebuilding it', error);
      }
      if (engine !== null) {
        this.engine = engine;
        // Ready before the rows are compared with the index (catchUpAfterStart): until then every
        // row the index holds is taken as current, which it is unless a write went unannounced.
        const ready = {
          state: 'ready',
          documents: engine.documentCount,
          how: 'loaded',
          ms: performance.now() - began,
          steps: timings.snapshot(),
        } as const;
        this.report({ ...ready, catchingUp: true });
        this.caughtUp = this.catchUpAfterStart(engine, ready, timings);
        this.readPostingsSoon(engine);
        this.dropUnusedRowsSoon();
        return;
      }
    }
    this.engine = await this.build();
    this.report({ state: 'ready', documents: this.engine.documentCount, how: 'built', ms: performance.now() - began });
    // Stored next, so the next start loads instead of building; searches need not wait for it.
    this.dirty = true;
    void this.enqueue(() => this.persistIfDirty()).catch((error: unknown) =>
      console.warn('Could not store the search index', error),
    );
    this.dropUnusedRowsSoon();
  }

  /** Resolves once a loaded index has been compared with the rows (catchUpAfterStart). */
  whenCaughtUp(): Promise<void> {
    return this.start().then(() => this.caughtUp);
  }

  /**
   * Compares a loaded index with the rows (writes no one announced: another window, a crash
   * before the index was stored) once the searches asked with the start are answered, and says
   * when it is done: the search box asks its question again then. On the chain like every
   * change. Whatever order it and an announced change take, the result is the same: a change
   * applied first was committed before the rows are read here, and one committed after they
   * are read is applied after.
   */
  private async catchUpAfterStart(
    engine: SearchEngine,
    ready: Extract<IndexStatus, { state: 'ready' }>,
    timings: StartTimings,
  ): Promise<void> {
    // Not on the chain while it waits: a search waiting for a rebuild (a damaged part) would wait for it.
    await this.searchesAnswered();
    await this.enqueue(async () => {
      if (this.engine !== engine) return; // replaced by a rebuild meanwhile
      timings.mark('catchUp.begin');
      try {
        const giveWay = () => this.searchesAnswered();
        if (await this.catchUp(await this.readRowVersions(timings, giveWay), giveWay)) this.markDirty();
      } catch (error) {
        console.warn('Could not compare the search index with the database', error);
      }
      timings.mark('caught.up');
      if (this.engine === engine) this.report({ ...ready, ...this.storeState(), steps: timings.snapshot() });
    });
  }

  /**
   * Resolves once no search is waiting or running (searches sent with the start have arrived by
   * then): what the comparison after a start waits for before each of its slices, so searches
   * go first. Never awaited by a search, nor by anything a search awaits (a search waiting for
   * a rebuild is not counted), so it cannot wait for itself.
   */
  private async searchesAnswered(): Promise<void> {
    do {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.searching > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    } while (this.searching > 0);
  }

  private storeState(): { storeFailed?: 'full' | 'failed' } {
    return this.ready?.storeFailed === undefined ? {} : { storeFailed: this.ready.storeFailed };
  }

  /**
   * Reads the postings a restored engine has not read yet, beside the searches (which read
   * theirs first). A damaged part found now replaces the engine with a rebuild, as a damaged
   * index found before the start would have been.
   */
  private readPostingsSoon(engine: SearchEngine): void {
    engine.readPostings().catch((error: unknown) => {
      console.warn('The stored search index is unreadable; rebuilding it', error);
      this.replaceDamaged(engine);
    });
  }

  private replaceDamaged(engine: SearchEngine): void {
    if (this.replacing.has(engine)) return;
    const began = performance.now();
    const rebuilt = this.enqueue(async () => {
      if (this.engine !== engine) return;
      this.engine = await this.build();
      this.report({
        state: 'ready',
        documents: this.engine.documentCount,
        how: 'built',
        ms: performance.now() - began,
      });
      this.dirty = true;
      await this.persistIfDirty();
    });
    this.replacing.set(
      engine,
      rebuilt.catch((error: unknown) => console.warn('Could not rebuild the search index', error)),
    );
  }

  /**
   * Deletes stored rows no start can use: those of other analyzer versions or layouts, and
   * parts of a write that never finished. After the index is ready, reading keys only: the
   * parts themselves are tens of megabytes.
   */
  private dropUnusedRowsSoon(): void {
    void this.enqueue(() => dropUnusedRows(this.db, this.storedGeneration)).catch((error: unknown) =>
      console.warn('Could not delete unused search index rows', error),
    );
  }

  private async build(): Promise<SearchEngine> {
    const engine = new SearchEngine();
    const articles = (await this.db.articles.toArray()).filter((row) => row.deletedAt === null);
    const total = articles.length + (await this.db.highlights.count()) + (await this.db.notes.count());
    let done = 0;
    let reported = -Infinity;
    const progress = (step: number) => {
      done += step;
      if (performance.now() - reported >= PROGRESS_INTERVAL_MS) {
        reported = performance.now();
        this.report({ state: 'building', done, total });
      }
    };
    progress(0);
    for (const chunk of chunks(articles, ARTICLE_CHUNK)) {
      const bodies = await this.db.bodies.bulkGet(chunk.map((row) => row.id));
      chunk.forEach((row, i) => engine.putArticle(row, bodies[i]?.doc ?? EMPTY_DOC));
      progress(chunk.length);
    }
    await forEachPage(this.db.highlights, (rows) => {
      for (const row of rows) engine.putHighlight(row);
      progress(rows.length);
    });
    await forEachPage(this.db.notes, (rows) => {
      for (const row of rows) engine.putNote(row);
      progress(rows.length);
    });
    // Merged now, as part of the build: storing it next then has no long step of its own to
    // hold up the first searches.
    await engine.compact();
    this.report({ state: 'building', done: total, total });
    return engine;
  }

  /** What catching up compares the index with: every article row, and each highlight's and note's version. */
  private async readRowVersions(timings?: StartTimings, giveWayTo?: () => Promise<void>): Promise<RowVersions> {
    // A key cursor over the updatedAt index (rowVersions.ts) reads keys only. Whole rows (getAll)
    // were tried: one request, but with the texts they carry they slowed the index's own reads beside them.
    const giveWay = giveWayTo ?? (() => Promise.resolve());
    const versionsOf = async (table: RowTable) => {
      const versions = await readUpdatedAt(this.db, table);
      timings?.mark(`rows.${table}`);
      return versions;
    };
    // Article rows in pages, searches served between them: all at once, 10,000 rows took one long task to unpack.
    const readArticles = async () => {
      const rows: ArticleRow[] = [];
      await forEachPage(this.db.articles, (page) => rows.push(...page), giveWay);
      timings?.mark('rows.articles');
      return rows;
    };
    const [articles, highlights, notes] = await Promise.all([
      readArticles(),
      versionsOf('highlights'),
      versionsOf('notes'),
    ]);
    return { articles, versions: { highlights, notes } };
  }

  /** Reads the rows and brings the index up to date with them; true if anything changed. */
  private async catchUpWithRows(): Promise<boolean> {
    return this.catchUp(await this.readRowVersions());
  }

  /**
   * Brings a loaded index up to date with rows read (by readRowVersions); true if anything
   * changed. Bodies and changed highlights and notes are read now.
   */
  private async catchUp(
    { articles, versions }: RowVersions,
    giveWay: () => Promise<void> = () => Promise.resolve(),
  ): Promise<boolean> {
    const engine = this.engine!;
    let changed = false;
    const present = new Set(articles.map((row) => row.id));
    await inSlices(engine.indexedArticleIds(), COMPARE_SLICE, giveWay, (id) => {
      if (!present.has(id)) {
        engine.removeArticle(id);
        changed = true;
      }
    });
    for (const slice of chunks(articles, COMPARE_SLICE)) {
      await giveWay();
      changed = (await this.putArticles(slice, () => false)) || changed;
    }

    for (const table of ['highlights', 'notes'] as const) {
      const stored = versions[table];
      await inSlices(engine.knownRowIds(table), COMPARE_SLICE, giveWay, (id) => {
        if (!stored.has(id)) {
          engine.removeRow(table, id);
          changed = true;
        }
      });
      const stale: string[] = [];
      await inSlices(stored, COMPARE_SLICE, giveWay, ([id, version]) => {
        if (engine.versionOf(table, id) !== version) stale.push(id);
      });
      if (stale.length > 0) {
        await this.putRows(table, stale);
        changed = true;
      }
    }
    return changed;
  }

  /** Indexes article rows, reading bodies where the text is new or `bodyChanged` says so. */
  private async putArticles(rows: readonly ArticleRow[], bodyChanged: (row: ArticleRow) => boolean): Promise<boolean> {
    const engine = this.engine!;
    let changed = false;
    const needBodies: ArticleRow[] = [];
    for (const row of rows) {
      if (row.deletedAt === null && (bodyChanged(row) || engine.articleNeedsBody(row))) needBodies.push(row);
      else changed = engine.putArticle(row) || changed;
    }
    for (const chunk of chunks(needBodies, ARTICLE_CHUNK)) {
      const bodies = await this.db.bodies.bulkGet(chunk.map((row) => row.id));
      chunk.forEach((row, i) => engine.putArticle(row, bodies[i]?.doc ?? EMPTY_DOC));
      changed = true;
    }
    return changed;
  }

  private async putRows(table: RowTable, ids: readonly string[]): Promise<void> {
    const engine = this.engine!;
    for (const chunk of chunks(ids, ROW_CHUNK)) {
      if (table === 'highlights') {
        const rows = await this.db.highlights.bulkGet(chunk);
        rows.forEach((row, i) => (row === undefined ? engine.removeRow(table, chunk[i]!) : engine.putHighlight(row)));
      } else {
        const rows = await this.db.notes.bulkGet(chunk);
        rows.forEach((row, i) => (row === undefined ? engine.removeRow(table, chunk[i]!) : engine.putNote(row)));
      }
    }
  }

  private async apply(changes: readonly TableChange[]): Promise<void> {
    const engine = this.engine;
    if (engine === null) return;
    let changed = false;
    const articleIds = new Set<string>();
    const bodyIds = new Set<string>();
    for (const change of changes) {
      if (change.keys === 'all') {
        // A whole range went at once (a clear or a range delete): compare everything.
        if (change.table === 'bodies') await this.putArticles(await this.db.articles.toArray(), () => true);
        await this.catchUpWithRows();
        changed = true;
      } else if (change.table === 'highlights' || change.table === 'notes') {
        await this.putRows(change.table, change.keys);
        changed = true;
      } else {
        // An article and its body are usually written together: index them once.
        for (const key of change.keys) articleIds.add(key);
        if (change.table === 'bodies') for (const key of change.keys) bodyIds.add(key);
      }
    }
    if (articleIds.size > 0) {
      const ids = [...articleIds];
      const rows = await this.db.articles.bulkGet(ids);
      rows.forEach((row, i) => {
        if (row === undefined && engine.hasArticle(ids[i]!)) {
          engine.removeArticle(ids[i]!);
          changed = true;
        }
      });
      const present = rows.filter((row): row is ArticleRow => row !== undefined);
      changed = (await this.putArticles(present, (row) => bodyIds.has(row.id))) || changed;
    }
    // Opening an article or saving reading progress touches its row, not the index.
    if (changed) this.markDirty();
  }

  private markDirty(): void {
    this.dirty = true;
    if (this.persistTimer !== null) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.enqueue(() => this.persistIfDirty()).catch((error: unknown) =>
        console.warn('Could not store the search index', error),
      );
    }, this.options.persistDelayMs ?? DEFAULT_PERSIST_DELAY_MS);
  }

  private async persistIfDirty(): Promise<void> {
    if (this.dirty) await this.persist();
  }

  /**
   * Writes the index (indexRows.ts: a new generation, then the manifest, so a write cut short
   * leaves the previous index whole). A failed write says so in the status and leaves the index
   * dirty, to be tried again after the next change.
   */
  private async persist(): Promise<void> {
    if (this.engine === null) return;
    // All of a restored engine's postings are stored: read first, so a damaged part is not taken for a failed write.
    await this.engine.readPostings();
    this.dirty = false;
    try {
      this.storedGeneration = await storeEngine(this.db, this.engine);
    } catch (error) {
      this.dirty = true;
      if (this.ready !== null) this.report({ ...this.ready, storeFailed: isQuotaError(error) ? 'full' : 'failed' });
      throw error;
    }
    if (this.ready?.storeFailed !== undefined) {
      const { storeFailed: _cleared, ...ready } = this.ready;
      this.report(ready);
    }
  }
}
