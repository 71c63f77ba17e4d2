import { describe, expect, it, vi } from 'vitest';
import { canonicalText } from '../../article/canonicalText';
import type { HamishDb } from '../../db/HamishDb';
import type { SearchIndexRow } from '../../db/types';
import { SEARCH_INDEX_KEY, SearchEngine } from '../engine/SearchEngine';
import type { StoredManifest } from '../engine/storedIndex';
import type { IndexStatus } from '../protocol';
import { memoryDb } from '../../../tests/support/search/memoryDb';
import { articleRow, docOf, highlightRow, noteRow } from '../../../tests/support/search/rows';
import { IndexService } from './IndexService';

const SPY = docOf('مقدمة.', 'كانت المُخابَرات تعرف كل شيء عن برلين.');

async function seed(db: HamishDb): Promise<void> {
  await db.articles.bulkAdd([articleRow('a1', 'أسرار المخابرات'), articleRow('a2', 'مكتبات القاهرة')]);
  await db.bodies.bulkAdd([
    { articleId: 'a1', doc: SPY, updatedAt: 1 },
    { articleId: 'a2', doc: docOf('تضم القاهرة مكتبات كثيرة.'), updatedAt: 1 },
  ]);
  const start = canonicalText(SPY).indexOf('المُخابَرات');
  await db.highlights.add(highlightRow('h1', 'a1', 'المُخابَرات تعرف', start, { color: 'green' }));
  await db.notes.add(noteRow('n1', 'a1', 'المخابرات في برلين', 'h1'));
}

async function hitIds(service: IndexService, query: string): Promise<string[]> {
  const response = await service.search({ query });
  return [...response.notes, ...response.highlights, ...response.articles]
    .map((result) => `${result.kind}:${result.id}`)
    .sort();
}

function recordStatuses(): { statuses: IndexStatus[]; onStatus: (status: IndexStatus) => void } {
  const statuses: IndexStatus[] = [];
  return { statuses, onStatus: (status) => statuses.push(status) };
}

describe('IndexService', () => {
  it('builds the index on first start, reporting progress, and stores it under the analyzer version', async () => {
    const db = memoryDb();
    await seed(db);
    await db.searchIndex.put({ key: 'analyzer-0.layout-0', data: '{}', updatedAt: 1 });
    const { statuses, onStatus } = recordStatuses();
    const service = new IndexService(db, { onStatus });
    await service.start();

    expect(statuses[0]).toEqual({ state: 'starting' });
    expect(statuses).toContainEqual({ state: 'building', done: 4, total: 4 });
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'built' });
    await service.flush(); // the first write follows the build
    const keys = await db.searchIndex.toCollection().primaryKeys();
    expect(keys[0]).toBe(SEARCH_INDEX_KEY);
    expect(keys.slice(1)).toHaveLength(9); // one part per array of the index
    for (const key of keys.slice(1)) expect(key).toMatch(new RegExp(`^${SEARCH_INDEX_KEY}/\\w+/\\d$`));
    expect(await hitIds(service, 'المخابرات')).toEqual(['article:a1', 'highlight:h1', 'note:n1']);
  });

  it('loads the stored index on the next start', async () => {
    const db = memoryDb();
    await seed(db);
    await new IndexService(db).flush();
    const { statuses, onStatus } = recordStatuses();
    const again = new IndexService(db, { onStatus });
    expect(await hitIds(again, 'برلين')).toEqual(['article:a1', 'note:n1']);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'loaded' });
    expect(statuses.some((status) => status.state === 'building')).toBe(false);
  });

  it('drops the parts of a write that never finished once loaded, and keeps its own', async () => {
    const db = memoryDb();
    await seed(db);
    await new IndexService(db).flush();
    const stored = await db.searchIndex.toCollection().primaryKeys();
    // A write cut short leaves parts under a generation no manifest names.
    await db.searchIndex.bulkPut([
      { key: `${SEARCH_INDEX_KEY}/unfinished/0`, data: 'x', updatedAt: 1 },
      { key: `${SEARCH_INDEX_KEY}/unfinished/1`, data: 'x', updatedAt: 1 },
      { key: 'analyzer-0.layout-0/old/0', data: 'x', updatedAt: 1 },
    ]);
    const { statuses, onStatus } = recordStatuses();
    const again = new IndexService(db, { onStatus });
    expect(await hitIds(again, 'برلين')).toEqual(['article:a1', 'note:n1']);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'loaded' });
    await again.flush(); // runs after the clean-up the start queued
    expect(await db.searchIndex.toCollection().primaryKeys()).toEqual(stored);
  });

  it('rebuilds when the stored index is corrupt', async () => {
    const db = memoryDb();
    await seed(db);
    await db.searchIndex.put({ key: SEARCH_INDEX_KEY, data: '{"layout":1,"analyzer":1,"articles":[', updatedAt: 1 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { statuses, onStatus } = recordStatuses();
    const service = new IndexService(db, { onStatus });
    expect(await hitIds(service, 'برلين')).toEqual(['article:a1', 'note:n1']);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'built' });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('catches up on start with rows changed while no one was watching', async () => {
    const db = memoryDb();
    await seed(db);
    await new IndexService(db).flush();

    await db.notes.add(noteRow('n2', 'a2', 'ملاحظة جديدة عن القاهرة'));
    await db.highlights.delete('h1');
    await db.articles.update('a2', { title: 'مكتبات الإسكندرية', updatedAt: 5 });
    await db.articles.update('a1', { contentHash: 'changed', updatedAt: 5 });
    await db.bodies.put({ articleId: 'a1', doc: docOf('نص جديد عن الجواسيس.'), updatedAt: 5 });

    const service = new IndexService(db);
    await service.whenCaughtUp();
    expect(await hitIds(service, 'ملاحظة')).toEqual(['note:n2']);
    expect(await hitIds(service, 'تعرف')).toEqual([]);
    expect(await hitIds(service, 'الإسكندرية')).toEqual(['article:a2']);
    expect(await hitIds(service, 'الجواسيس')).toEqual(['article:a1']);
    expect(await hitIds(service, 'برلين')).toEqual(['note:n1']);
  });

  it('answers from the stored index before comparing it with the rows, then catches up with unannounced and announced writes', async () => {
    const db = memoryDb();
    await seed(db);
    await db.notes.add(noteRow('n3', 'a2', 'ملاحظة قديمة عن الأهرام'));
    await new IndexService(db).flush();
    // Written while no index was watching: a new note, an edited note, a deleted highlight, a
    // renamed article, an article with a new body.
    await db.notes.add(noteRow('n2', 'a2', 'ملاحظة جديدة عن القاهرة'));
    await db.notes.update('n3', { text: 'ملاحظة عن النيل', updatedAt: 7 });
    await db.highlights.delete('h1');
    await db.articles.update('a2', { title: 'مكتبات الإسكندرية', updatedAt: 5 });
    await db.articles.update('a1', { contentHash: 'changed', updatedAt: 5 });
    await db.bodies.put({ articleId: 'a1', doc: docOf('نص جديد عن الجواسيس.'), updatedAt: 5 });

    await db.open();
    const log: string[] = [];
    const backend = db.backendDB();
    const transaction = backend.transaction.bind(backend);
    vi.spyOn(backend, 'transaction').mockImplementation(((stores: string | string[], ...rest: never[]) => {
      if ([stores].flat().some((store) => store === 'highlights' || store === 'notes')) log.push('rows read');
      return transaction(stores, ...rest);
    }) as never);
    const service = new IndexService(db, {
      onStatus: (status) => {
        if (status.state === 'ready') log.push(status.catchingUp === true ? 'ready, catching up' : 'caught up');
      },
    });
    // Asked with the start: answered from the index as stored (every row it holds taken as current).
    const first = hitIds(service, 'تعرف');
    const alsoFirst = hitIds(service, 'الأهرام');
    expect(await first).toEqual(['article:a1', 'highlight:h1']);
    expect(await alsoFirst).toEqual(['note:n3']);
    expect(log[0]).toBe('ready, catching up'); // no row of highlights or notes read before it

    // Announced while the comparison is still to come: applied too, in either order.
    await db.notes.add(noteRow('n4', 'a1', 'ملاحظة أثناء البدء'));
    await db.notes.delete('n1');
    const announced = service.applyChanges([{ table: 'notes', keys: ['n4', 'n1'] }]);
    await service.whenCaughtUp();
    await announced;
    expect(log.at(-1)).toBe('caught up');
    expect(log).toContain('rows read');

    expect(await hitIds(service, 'تعرف')).toEqual([]);
    expect(await hitIds(service, 'الأهرام')).toEqual([]);
    expect(await hitIds(service, 'النيل')).toEqual(['note:n3']);
    expect(await hitIds(service, 'ملاحظة')).toEqual(['note:n2', 'note:n3', 'note:n4']);
    expect(await hitIds(service, 'الإسكندرية')).toEqual(['article:a2']);
    expect(await hitIds(service, 'الجواسيس')).toEqual(['article:a1']);
    expect(await hitIds(service, 'برلين')).toEqual([]);
    expect(await hitIds(service, 'المخابرات')).toEqual(['article:a1']);
    // And the index stored after it holds the same.
    await service.flush();
    const again = new IndexService(db);
    expect(await hitIds(again, 'ملاحظة')).toEqual(['note:n2', 'note:n3', 'note:n4']);
    expect(await hitIds(again, 'تعرف')).toEqual([]);
  });

  it('compares the rows after a start only while no search is in flight', async () => {
    const db = memoryDb();
    await seed(db);
    await db.notes.add(noteRow('n2', 'a2', 'ملاحظة عن الأهرام'));
    await new IndexService(db).flush();
    await db.notes.update('n2', { text: 'ملاحظة عن النيل', updatedAt: 7 }); // unannounced
    // The comparison asks the engine for each note's version after listing its articles.
    let compared = 0;
    let listed = false;
    const { versionOf, indexedArticleIds } = SearchEngine.prototype;
    vi.spyOn(SearchEngine.prototype, 'versionOf').mockImplementation(function (this: SearchEngine, ...args) {
      compared += 1;
      return versionOf.apply(this, args);
    });
    vi.spyOn(SearchEngine.prototype, 'indexedArticleIds').mockImplementation(function (this: SearchEngine) {
      listed = true;
      return indexedArticleIds.apply(this);
    });
    // A search typed once the comparison has begun reading the rows waits for its texts until released.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const bulkGet = db.notes.bulkGet.bind(db.notes);
    vi.spyOn(db.notes, 'bulkGet').mockImplementation((async (ids: string[]) => {
      if (ids.includes('n1')) await held;
      return bulkGet(ids);
    }) as never);
    await db.open();
    const backend = db.backendDB();
    const transaction = backend.transaction.bind(backend);
    const service = new IndexService(db);
    let typed: Promise<string[]> | null = null;
    vi.spyOn(backend, 'transaction').mockImplementation(((stores: string | string[], ...rest: never[]) => {
      if (typed === null && [stores].flat().includes('notes')) typed = hitIds(service, 'برلين');
      return transaction(stores, ...rest);
    }) as never);
    const caughtUp = service.whenCaughtUp();

    await vi.waitFor(() => expect(listed).toBe(true)); // the rows are read, the comparison is next
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(compared).toBe(0); // it waits for the search in flight
    release();
    expect(await typed).toEqual(['article:a1', 'note:n1']);
    await caughtUp;
    expect(compared).toBeGreaterThan(0);
    expect(await hitIds(service, 'النيل')).toEqual(['note:n2']);
    expect(await hitIds(service, 'الأهرام')).toEqual([]);
  });

  it('indexes an article written with its body once, not once per table', async () => {
    const db = memoryDb();
    await seed(db);
    const service = new IndexService(db);
    await service.start();
    await db.articles.add(articleRow('a3', 'رحلة'));
    await db.bodies.add({ articleId: 'a3', doc: docOf('البحر أزرق.'), updatedAt: 1 });
    const reads = vi.spyOn(db.bodies, 'bulkGet');
    await service.applyChanges([
      { table: 'articles', keys: ['a3'] },
      { table: 'bodies', keys: ['a3'] },
    ]);
    expect(reads).toHaveBeenCalledOnce();
    expect(await hitIds(service, 'البحر')).toEqual(['article:a3']);
  });

  it('applies changes to every table as they are announced', async () => {
    const db = memoryDb();
    await seed(db);
    const service = new IndexService(db);
    await service.start();

    await db.articles.add(articleRow('a3', 'رحلة إلى صيدا'));
    await db.bodies.add({ articleId: 'a3', doc: docOf('البحر في صيدا أزرق.'), updatedAt: 1 });
    await db.highlights.add(highlightRow('h2', 'a3', 'البحر', 0, { color: 'blue' }));
    await service.applyChanges([
      { table: 'articles', keys: ['a3'] },
      { table: 'bodies', keys: ['a3'] },
      { table: 'highlights', keys: ['h2'] },
    ]);
    expect(await hitIds(service, 'البحر')).toEqual(['article:a3', 'highlight:h2']);

    await db.notes.update('n1', { text: 'لا شيء هنا', updatedAt: 9 });
    await db.articles.update('a3', { deletedAt: 9, updatedAt: 9 });
    await service.applyChanges([
      { table: 'notes', keys: ['n1'] },
      { table: 'articles', keys: ['a3'] },
    ]);
    expect(await hitIds(service, 'برلين')).toEqual(['article:a1']);
    expect(await hitIds(service, 'البحر')).toEqual([]);

    await db.notes.clear();
    await service.applyChanges([{ table: 'notes', keys: 'all' }]);
    expect(await hitIds(service, 'المخابرات')).toEqual(['article:a1', 'highlight:h1']);
  });

  it('writes the index back after changes, so the next start sees them', async () => {
    const db = memoryDb();
    await seed(db);
    const service = new IndexService(db, { persistDelayMs: 60_000 });
    await service.start();
    await db.notes.add(noteRow('n2', 'a2', 'ملاحظة محفوظة'));
    await service.applyChanges([{ table: 'notes', keys: ['n2'] }]);
    await service.flush();

    const stored = await db.searchIndex.get(SEARCH_INDEX_KEY);
    expect(stored?.data).toContain('n2');
    // One generation of parts only: the previous write's parts are gone.
    const parts = await db.searchIndex.where('key').startsWith(`${SEARCH_INDEX_KEY}/`).primaryKeys();
    const { generation } = JSON.parse(stored!.data) as { generation: string };
    expect(parts.sort()).toEqual(Array.from({ length: 9 }, (_, i) => `${SEARCH_INDEX_KEY}/${generation}/${i}`));
  });

  it('does not write the index back on a start that found nothing new', async () => {
    const db = memoryDb();
    await seed(db);
    await new IndexService(db).flush();
    const before = (await db.searchIndex.get(SEARCH_INDEX_KEY))!.data;
    const again = new IndexService(db, { persistDelayMs: 0 });
    await again.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await again.flush();
    expect((await db.searchIndex.get(SEARCH_INDEX_KEY))!.data).toBe(before);
  });

  it('rebuilds when a part of the stored index is missing', async () => {
    const db = memoryDb();
    await seed(db);
    await new IndexService(db).flush();
    await db.searchIndex.where('key').startsWith(`${SEARCH_INDEX_KEY}/`).delete();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { statuses, onStatus } = recordStatuses();
    const service = new IndexService(db, { onStatus });
    expect(await hitIds(service, 'برلين')).toEqual(['article:a1', 'note:n1']);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'built' });
    warn.mockRestore();
  });

  it('answers searches that arrive before the index is ready, once it is', async () => {
    const db = memoryDb();
    await seed(db);
    const service = new IndexService(db);
    const early = hitIds(service, 'برلين');
    void service.start();
    expect(await early).toEqual(['article:a1', 'note:n1']);
  });

  it('rebuilds when a stored part is damaged', async () => {
    const db = memoryDb();
    await seed(db);
    await new IndexService(db).flush();
    const [part] = await db.searchIndex.where('key').startsWith(`${SEARCH_INDEX_KEY}/`).toArray();
    const text = part!.data;
    await db.searchIndex.put({
      ...part!,
      data: text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) ^ 1),
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { statuses, onStatus } = recordStatuses();
    const service = new IndexService(db, { onStatus });
    expect(await hitIds(service, 'برلين')).toEqual(['article:a1', 'note:n1']);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'built' });
    expect(String(warn.mock.calls[0]?.[1])).toMatch(/checksum/);
    warn.mockRestore();
  });

  it('answers from a rebuild when a part of postings read after the start is damaged', async () => {
    const db = memoryDb();
    await seed(db);
    await new IndexService(db).flush();
    // The postings (documents, then frequencies) are the last parts, read after the index is ready.
    const manifest = JSON.parse((await db.searchIndex.get(SEARCH_INDEX_KEY))!.data) as StoredManifest;
    const docsPart = manifest.arrays.slice(0, -2).reduce((sum, info) => sum + info.parts, 0);
    expect(manifest.arrays[manifest.arrays.length - 2]!.name).toBe('docs');
    const key = `${SEARCH_INDEX_KEY}/${manifest.generation}/${docsPart}`;
    const part = (await db.searchIndex.get(key))!;
    await db.searchIndex.put({ ...part, data: String.fromCharCode(part.data.charCodeAt(0) ^ 1) + part.data.slice(1) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { statuses, onStatus } = recordStatuses();
    const service = new IndexService(db, { onStatus });
    expect(await hitIds(service, 'برلين')).toEqual(['article:a1', 'note:n1']);
    // Loaded first (the damage was not yet read), then rebuilt, and the rebuild stored.
    expect(statuses.filter((status) => status.state === 'ready').map((status) => status.how)).toEqual([
      'loaded',
      'built',
    ]);
    expect(warn.mock.calls.some((call) => /checksum/.test(String(call[1])))).toBe(true);
    await service.flush();
    const stored = JSON.parse((await db.searchIndex.get(SEARCH_INDEX_KEY))!.data) as StoredManifest;
    expect(stored.generation).not.toBe(manifest.generation);
    const again = recordStatuses();
    expect(await hitIds(new IndexService(db, { onStatus: again.onStatus }), 'برلين')).toEqual([
      'article:a1',
      'note:n1',
    ]);
    expect(again.statuses.at(-1)).toMatchObject({ state: 'ready', how: 'loaded' });
    warn.mockRestore();
  });

  it('keeps the previous stored index when the disk is full, says so, and stores again once it can', async () => {
    const db = memoryDb();
    await seed(db);
    await new IndexService(db).flush();
    const before = await db.searchIndex.toArray();

    const { statuses, onStatus } = recordStatuses();
    const service = new IndexService(db, { onStatus, persistDelayMs: 60_000 });
    await service.start();
    await db.notes.add(noteRow('n2', 'a2', 'ملاحظة لم تحفظ'));
    await service.applyChanges([{ table: 'notes', keys: ['n2'] }]);
    // The third part does not fit: IndexedDB refuses it as a full disk does.
    const put = db.searchIndex.put.bind(db.searchIndex);
    let writes = 0;
    const full = vi.spyOn(db.searchIndex, 'put').mockImplementation(((row: SearchIndexRow) => {
      writes += 1;
      if (writes === 3) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return put(row);
    }) as never);
    await expect(service.flush()).rejects.toThrow(/quota/);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', storeFailed: 'full' });
    // The previous index is as it was, the failed write's parts taken back; search goes on.
    expect(await db.searchIndex.toArray()).toEqual(before);
    expect(await hitIds(service, 'لم تحفظ')).toEqual(['note:n2']);
    // A new start loads the previous index and catches up with what it missed.
    const again = new IndexService(db);
    await again.whenCaughtUp();
    expect(await hitIds(again, 'لم تحفظ')).toEqual(['note:n2']);

    full.mockRestore();
    await service.flush();
    expect(statuses.at(-1)).toMatchObject({ state: 'ready' });
    expect(statuses.at(-1)).not.toHaveProperty('storeFailed');
    expect((await db.searchIndex.get(SEARCH_INDEX_KEY))?.data).toContain('n2');
  });
});
