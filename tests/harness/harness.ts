// The test harness: a page served beside the app, on the same origin and so over the same
// IndexedDB, that hands the app's own data and backup modules to Playwright and the benchmarks
// as `window.hamishTest`. Built only for tests (tests/support/buildHarness.ts) and never part
// of the shipped app, which carries no test hooks. It is one module past 300 lines because it
// is one page's API, read as a list of calls; each call is small.

import { Dexie } from 'dexie';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../renderer/db/schema';
import { addArticle } from '../../renderer/db/articles';
import { DATABASE_NAME, HamishDb } from '../../renderer/db/HamishDb';
import { databaseAtVersion } from '../../renderer/db/historicDb';
import { addHighlight, deleteHighlight } from '../../renderer/db/highlights';
import { addNote, deleteNote } from '../../renderer/db/notes';
import { softDelete } from '../../renderer/library/libraryActions';
import { storageFailureOf, type WriteFailure } from '../../renderer/db/storageErrors';
import { unwrap } from '../support/unwrap';
import { textToDoc } from '../../renderer/article/textToDoc';
import { applyBackup, type RestoreMode } from '../../renderer/backup/applyBackup';
import { exportBackup } from '../../renderer/backup/exportBackup';
import { SUMMARY_TABLES, type MergePreview } from '../../renderer/backup/mergeOutcomes';
import { previewMerge } from '../../renderer/backup/mergePlan';
import { readBackup, type ParsedBackup } from '../../renderer/backup/readBackup';
import { BACKED_UP_TABLE_NAMES, BACKED_UP_TABLES } from '../../renderer/db/rowSchemas';
import { ar } from '../../renderer/i18n/catalogs/ar';
import { en } from '../../renderer/i18n/catalogs/en';
import { startRapidWrites, type RapidWriteProgress } from './rapidWrites';
import { createWebSyncTransport } from '../../renderer/platform/webSyncTransport';
import { loadPouch } from '../../renderer/sync/engine/pouch';
import { transportFetch } from '../../renderer/sync/engine/transportFetch';
import { foreignLibraryCalls } from './foreignLibraries';
import { rowCalls } from './rows';
import { seedLibrary, type LibrarySize } from './seedLibrary';
import { readManifest } from '../../renderer/search/worker/indexRows';

const FILLER_DATABASE = 'hamish-test-filler';

let db: HamishDb | null = null;
let keptBackup: Blob | null = null;
let keptParsed: ParsedBackup | null = null;

async function parsedOrThrow(file: Blob): Promise<ParsedBackup> {
  const parsed = await readBackup(file);
  if (!parsed.ok) throw new Error(`the kept backup does not read: ${parsed.error}`);
  return parsed.value;
}
let rapid: RapidWriteProgress | null = null;
let heldConnection: IDBDatabase | null = null;

function library(): HamishDb {
  db ??= new HamishDb(DATABASE_NAME);
  return db;
}

/** Keys sorted, undefined dropped: two libraries with the same rows give the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export type WriteAttempt = { ok: true } | { ok: false; failure: WriteFailure; messages: { en: string; ar: string } };

const MESSAGE_KEYS = { 'storage-full': 'full', closed: 'closed', failed: 'failed', missing: 'missing' } as const;

/** Runs a write that returns a Result (highlights, notes) or throws (articles), and says how it went. */
async function attempt(write: () => Promise<unknown>): Promise<WriteAttempt> {
  let failure: WriteFailure;
  try {
    const result = await write();
    const failed = typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;
    if (!failed) return { ok: true };
    failure = (result as { error: WriteFailure }).error;
  } catch (error) {
    failure = storageFailureOf(error);
  }
  const key = MESSAGE_KEYS[failure];
  return { ok: false, failure, messages: { en: en.storage[key], ar: ar.storage[key] } };
}

const api = {
  ...rowCalls,
  ...foreignLibraryCalls,
  DATABASE_NAME,
  CURRENT_SCHEMA_VERSION,

  async close(): Promise<void> {
    db?.close();
    db = null;
  },
  async deleteLibrary(): Promise<void> {
    db?.close();
    db = null;
    await Dexie.delete(DATABASE_NAME);
  },
  async seed(size: LibrarySize, seed = 1): Promise<void> {
    await seedLibrary(library(), size, seed);
  },
  async counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of library().tables) result[table.name] = await table.count();
    return result;
  },
  /**
   * Counts and a SHA-256 of every backed-up row, to compare libraries without moving them;
   * `ignoring` names fields left out (a restore sets `updatedAt` anew on what it brings back).
   */
  async digest(ignoring: readonly string[] = []): Promise<{ counts: Record<string, number>; sha256: string }> {
    const counts: Record<string, number> = {};
    const parts: string[] = [];
    for (const table of BACKED_UP_TABLE_NAMES) {
      const stored: Record<string, unknown>[] = await library()
        .table(table)
        .orderBy(BACKED_UP_TABLES[table].key)
        .toArray();
      const rows = stored.map((row) =>
        Object.fromEntries(Object.entries(row).filter(([field]) => !ignoring.includes(field))),
      );
      counts[table] = rows.length;
      parts.push(`${table}:${canonicalJson(rows)}`);
    }
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
    return { counts, sha256: [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('') };
  },
  /** Every row checked against the same schemas a restore uses: "whole" means this is empty. */
  async invalidRows(): Promise<string[]> {
    const problems: string[] = [];
    for (const table of BACKED_UP_TABLE_NAMES) {
      const { schema } = BACKED_UP_TABLES[table];
      for (const row of await library().table(table).toArray()) {
        const parsed = schema.safeParse(row);
        if (!parsed.success)
          problems.push(`${table}: ${parsed.error.issues[0]?.message ?? ''} in ${JSON.stringify(row).slice(0, 200)}`);
      }
    }
    return problems;
  },
  /** Whether the app has stored this version's search index (its manifest is written last). */
  async searchIndexStored(): Promise<boolean> {
    return (await readManifest(library())) !== undefined;
  },
  /** Rows not deleted, per table the user sees. */
  async liveCounts(): Promise<{ articles: number; highlights: number; notes: number }> {
    const live = (rows: { deletedAt: number | null }[]) => rows.filter((row) => row.deletedAt === null).length;
    return {
      articles: live(await library().articles.toArray()),
      highlights: live(await library().highlights.toArray()),
      notes: live(await library().notes.toArray()),
    };
  },
  /**
   * Deletes, as the app does, the newest article's first highlight (with its notes) and the
   * oldest note on a whole article, `count` of each; returns how many rows that deleted.
   */
  async deleteHighlightsAndNotes(count = 1): Promise<{ highlights: number; notes: number }> {
    const highlights = (await library().highlights.toArray())
      .filter((row) => row.deletedAt === null)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, count);
    const notes = (await library().notes.toArray())
      .filter((row) => row.deletedAt === null && row.highlightId === null)
      .sort((a, b) => a.createdAt - b.createdAt)
      .slice(0, count);
    const before = await api.liveCounts();
    for (const highlight of highlights) unwrap(await deleteHighlight(library(), highlight.id));
    for (const note of notes) unwrap(await deleteNote(library(), note.id));
    const after = await api.liveCounts();
    return { highlights: before.highlights - after.highlights, notes: before.notes - after.notes };
  },
  /** Soft-deletes the `count` oldest articles, as the library's Delete does. */
  async deleteArticles(count: number): Promise<void> {
    const articles = await library().articles.orderBy('createdAt').limit(count).toArray();
    for (const article of articles) await softDelete(library(), article.id);
  },
  async firstArticleId(): Promise<string> {
    const first = await library().articles.orderBy('createdAt').first();
    if (first === undefined) throw new Error('the library has no article');
    return first.id;
  },

  startRapidWrites(articleId: string, actions: number): void {
    rapid = startRapidWrites(library(), articleId, actions);
  },
  rapidProgress(): RapidWriteProgress | null {
    return rapid === null ? null : { ...rapid };
  },
  async highlightsAndNotes() {
    return { highlights: await library().highlights.toArray(), notes: await library().notes.toArray() };
  },

  /** The write paths a full disk must not break: import (addArticle) and note-taking. */
  tryAddArticle(chars: number): Promise<WriteAttempt> {
    return attempt(() =>
      addArticle(library(), {
        title: 'A new article',
        doc: textToDoc('كلمة '.repeat(chars / 5), 'ar'),
        source: 'paste',
      }),
    );
  },
  async tryAddHighlightWithNote(): Promise<WriteAttempt> {
    const articleId = await api.firstArticleId();
    return attempt(() =>
      addHighlight(
        library(),
        {
          articleId,
          start: 0,
          end: 4,
          exact: 'text',
          prefix: '',
          suffix: '',
          color: 'green',
          contentHash: 'h',
          extractionVersion: 1,
        },
        'ملاحظة '.repeat(400),
      ),
    );
  },
  async tryAddNote(): Promise<WriteAttempt> {
    const articleId = await api.firstArticleId();
    return attempt(() => addNote(library(), { articleId, highlightId: null, text: 'note '.repeat(2000) }));
  },

  /**
   * Fills the origin's storage with other data (a separate database of random bytes, which do
   * not compress) until not even a few hundred bytes more fit: the disk is "full".
   */
  async fillStorage(): Promise<number> {
    const filler = new Dexie(FILLER_DATABASE);
    filler.version(1).stores({ chunks: '++id' });
    let total = 0;
    for (let size = 1 << 20; size >= 256;) {
      const chunk = new Uint8Array(size);
      for (let offset = 0; offset < size; offset += 65_536)
        crypto.getRandomValues(chunk.subarray(offset, offset + 65_536));
      try {
        await filler.table('chunks').add({ chunk });
        total += size;
      } catch (error) {
        if (storageFailureOf(error) !== 'storage-full') throw error;
        size /= 2;
      }
    }
    filler.close();
    return total;
  },
  /**
   * Some space comes back: filler chunks are deleted, oldest (largest) first, until at least
   * `bytes` are free again. Returns what was freed. For a write that fits at first and then
   * meets a full disk part of the way through (a first sync).
   */
  async releaseStorage(bytes: number): Promise<number> {
    const filler = new Dexie(FILLER_DATABASE);
    filler.version(1).stores({ chunks: '++id' });
    let freed = 0;
    try {
      for (const { id, chunk } of await filler.table<{ id: number; chunk: Uint8Array }>('chunks').toArray()) {
        if (freed >= bytes) break;
        await filler.table('chunks').delete(id);
        freed += chunk.byteLength;
      }
    } finally {
      filler.close();
    }
    return freed;
  },
  /** Space comes back: the other data is deleted. */
  async freeStorage(): Promise<void> {
    await Dexie.delete(FILLER_DATABASE);
  },

  /** Exports and keeps the file in the page; returns its size. */
  async exportAndKeep(): Promise<number> {
    keptBackup = await exportBackup(library());
    keptParsed = null;
    return keptBackup.size;
  },
  async keptBackupText(): Promise<string> {
    if (keptBackup === null) throw new Error('nothing exported');
    return keptBackup.text();
  },
  async restoreKept(mode: RestoreMode): Promise<string> {
    if (keptBackup === null) throw new Error('nothing exported');
    const parsed = await readBackup(keptBackup);
    if (!parsed.ok) return parsed.error;
    const applied = await applyBackup(library(), parsed.value, mode);
    return applied.ok ? 'ok' : applied.error;
  },
  /** Benchmarks: the export, timed; the file is kept for `benchRestore`. */
  async benchExport(): Promise<{ ms: number; bytes: number }> {
    const start = performance.now();
    keptBackup = await exportBackup(library());
    keptParsed = null;
    return { ms: performance.now() - start, bytes: keptBackup.size };
  },
  /** Benchmarks: reading, checking and writing back the kept file (replace), timed. */
  async benchRestore(): Promise<number> {
    const start = performance.now();
    const result = await api.restoreKept('replace');
    if (result !== 'ok') throw new Error(`restore failed: ${result}`);
    return performance.now() - start;
  },
  /** Benchmarks: the summary before a merge of the kept file (read and checked once, untimed). */
  async benchMergePreview(): Promise<{ ms: number; preview: MergePreview }> {
    if (keptBackup === null) throw new Error('nothing exported');
    keptParsed ??= await parsedOrThrow(keptBackup);
    const start = performance.now();
    const preview = await previewMerge(library(), keptParsed);
    return { ms: performance.now() - start, preview };
  },
  /** Merge-preview baseline: a raw bulkGet of the same keys from the same tables, in one read transaction. */
  async benchMergePreviewBaseline(): Promise<number> {
    if (keptBackup === null) throw new Error('nothing exported');
    const parsed = (keptParsed ??= await parsedOrThrow(keptBackup));
    const tables = SUMMARY_TABLES.map((table) => library().table(table));
    const start = performance.now();
    await library().transaction('r', tables, async () => {
      for (const table of SUMMARY_TABLES)
        await library()
          .table(table)
          .bulkGet(parsed.rows[table].map((row) => row.id));
    });
    return performance.now() - start;
  },
  /** Export baseline: a raw toArray() of the same tables, in one read transaction. */
  async benchReadBaseline(): Promise<number> {
    const tables = BACKED_UP_TABLE_NAMES.map((table) => library().table(table));
    const start = performance.now();
    await library().transaction('r', tables, () => Promise.all(tables.map((table) => table.toArray())));
    return performance.now() - start;
  },
  /** Restore baseline: the same rows, already in memory, cleared and bulk-added in one transaction. */
  async benchWriteBaseline(): Promise<number> {
    const tables = BACKED_UP_TABLE_NAMES.map((table) => library().table(table));
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    const start = performance.now();
    await library().transaction('rw', tables, async () => {
      for (const [index, table] of tables.entries()) {
        await table.clear();
        await table.bulkAdd(rows[index]!);
      }
    });
    return performance.now() - start;
  },

  /** A library as an older app version left it; `rows` maps table names to rows of that version. */
  async createOldLibrary(version: number, rows: Record<string, unknown[]>): Promise<void> {
    const old = databaseAtVersion(DATABASE_NAME, version);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
    });
    old.close();
  },
  /** A raw connection that ignores "versionchange", as an old app without the handler would. */
  async holdConnection(): Promise<number> {
    heldConnection = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DATABASE_NAME);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return heldConnection.version;
  },
  releaseConnection(): void {
    heldConnection?.close();
    heldConnection = null;
  },
  /** Opens the library with one schema version more than the app knows, as a newer app would. */
  /**
   * The sync benchmark's baseline: the server's database pulled, as it is (encrypted), into an
   * empty PouchDB of this page by plain PouchDB replication — the protocol's share of a first
   * sync, without decryption or writing the library.
   */
  async benchRawPull(databaseUrl: string, username: string, password: string): Promise<{ ms: number; docs: number }> {
    const transport = createWebSyncTransport(window);
    const configured = await transport.setServer({ databaseUrl, username, password });
    if (!configured.ok) throw new Error(configured.error);
    const PouchDB = await loadPouch();
    const name = `bench-raw-${crypto.randomUUID()}`;
    const local = new PouchDB(name, {});
    const remote = new PouchDB(databaseUrl, { fetch: transportFetch(transport), skip_setup: true });
    const started = performance.now();
    const result = await local.replicate.from(remote, { batch_size: 100 });
    const ms = performance.now() - started;
    await local.destroy();
    return { ms, docs: result.docs_written };
  },
  async upgradeAsNewerApp(): Promise<Record<string, number>> {
    const newer = new Dexie(DATABASE_NAME);
    for (const step of SCHEMA_HISTORY) newer.version(step.version).stores(step.stores);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ collections: 'id' });
    await newer.open();
    const counts: Record<string, number> = {};
    for (const table of BACKED_UP_TABLE_NAMES) counts[table] = await newer.table(table).count();
    newer.close();
    return counts;
  },
};

export type HamishTestApi = typeof api;

declare global {
  interface Window {
    hamishTest?: HamishTestApi;
  }
}

window.hamishTest = api;
document.body.dataset['ready'] = 'true';
