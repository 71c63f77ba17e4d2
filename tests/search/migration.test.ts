// A library whose search index was stored by the engine before issue 17 (MiniSearch's
// postings as JSON parts, layout 1) gets the packed index on its first start: the old rows are
// dropped and the index rebuilt, with the progress bar, and search works as soon as it is done.

import { describe, expect, it, vi } from 'vitest';
import { canonicalText } from '../../renderer/article/canonicalText';
import { SEARCH_INDEX_KEY } from '../../renderer/search/engine/SearchEngine';
import type { IndexStatus } from '../../renderer/search/protocol';
import { memoryDb } from '../support/search/memoryDb';
import { articleRow, docOf, highlightRow, noteRow } from '../support/search/rows';
import { IndexService } from '../../renderer/search/worker/IndexService';
import { SEARCH_INDEX_KEY as OLD_INDEX_KEY, SearchEngine as OldEngine } from './legacy/SearchEngine';

const SPY = docOf('مقدمة.', 'كانت المُخابَرات تعرف كل شيء عن برلين.');

describe('a stored index of the MiniSearch engine', () => {
  it('replaces an index stored by the MiniSearch engine (layout 1) with a rebuild, progress reported', async () => {
    const db = memoryDb();
    await db.articles.add(articleRow('a1', 'أسرار المخابرات'));
    await db.bodies.add({ articleId: 'a1', doc: SPY, updatedAt: 1 });
    const start = canonicalText(SPY).indexOf('المُخابَرات');
    await db.highlights.add(highlightRow('h1', 'a1', 'المُخابَرات تعرف', start, { color: 'green' }));
    await db.notes.add(noteRow('n1', 'a1', 'المخابرات في برلين', 'h1'));
    expect(OLD_INDEX_KEY).not.toBe(SEARCH_INDEX_KEY);
    // What the engine before issue 17 stored: its manifest and its JSON parts.
    const old = new OldEngine();
    for (const row of await db.articles.toArray()) old.putArticle(row, (await db.bodies.get(row.id))!.doc);
    for (const row of await db.highlights.toArray()) old.putHighlight(row);
    for (const row of await db.notes.toArray()) old.putNote(row);
    const dump = old.dump('old');
    const parts = [...dump.parts];
    await db.searchIndex.bulkPut([
      { key: OLD_INDEX_KEY, data: dump.manifest(parts.length), updatedAt: 1 },
      ...parts.map((data, i) => ({ key: `${OLD_INDEX_KEY}/old/${i}`, data, updatedAt: 1 })),
    ]);
    const statuses: IndexStatus[] = [];
    const service = new IndexService(db, { onStatus: (status) => statuses.push(status) });
    const response = await service.search({ query: 'المخابرات' });
    expect([...response.notes, ...response.highlights, ...response.articles].map((hit) => hit.id).sort()).toEqual([
      'a1',
      'h1',
      'n1',
    ]);
    expect(statuses).toContainEqual({ state: 'building', done: 3, total: 3 });
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'built' });
    await service.flush();
    const keys = await db.searchIndex.toCollection().primaryKeys();
    expect(keys.filter((key) => key.startsWith(OLD_INDEX_KEY))).toEqual([]);
    expect(keys).toContain(SEARCH_INDEX_KEY);
  });
});

describe('a stored index of layout 2 (the packed engine before lazily read postings)', () => {
  // Layout 2 kept one checksum per array and stored the postings before the document table;
  // this version reads neither its key nor its manifest, and rebuilds.
  const LAYOUT_2_KEY = SEARCH_INDEX_KEY.replace(/layout-\d+$/, 'layout-2');
  const layout2Manifest = (generation: string) =>
    JSON.stringify({
      layout: 2,
      analyzer: 3,
      generation,
      parts: 1,
      arrays: [{ name: 'termChars', type: 'Uint16Array', length: 4, parts: 1, checksum: 0 }],
      documents: { nextDoc: 0, documentCount: 0, averageFieldLength: [], discarded: 0, articleIds: [] },
      catalog: { articles: [], highlights: [], notes: [], versions: { highlights: [], notes: [] } },
    });

  async function library() {
    const db = memoryDb();
    await db.articles.add(articleRow('a1', 'أسرار المخابرات'));
    await db.bodies.add({ articleId: 'a1', doc: SPY, updatedAt: 1 });
    await db.notes.add(noteRow('n1', 'a1', 'المخابرات في برلين', null));
    return db;
  }

  it('is rebuilt with progress, its rows dropped, and the rebuild stored under the new layout', async () => {
    expect(LAYOUT_2_KEY).not.toBe(SEARCH_INDEX_KEY);
    const db = await library();
    await db.searchIndex.bulkPut([
      { key: LAYOUT_2_KEY, data: layout2Manifest('old'), updatedAt: 1 },
      { key: `${LAYOUT_2_KEY}/old/0`, data: 'abcd', updatedAt: 1 },
    ]);
    const statuses: IndexStatus[] = [];
    const service = new IndexService(db, { onStatus: (status) => statuses.push(status) });
    const response = await service.search({ query: 'برلين' });
    expect(response.notes.map((hit) => hit.id)).toEqual(['n1']);
    expect(statuses).toContainEqual({ state: 'building', done: 2, total: 2 });
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'built' });
    await service.flush();
    const keys = await db.searchIndex.toCollection().primaryKeys();
    expect(keys.filter((key) => key.startsWith(LAYOUT_2_KEY))).toEqual([]);
    expect(keys).toContain(SEARCH_INDEX_KEY);
    // The next start loads what the rebuild stored.
    const next: IndexStatus[] = [];
    const again = new IndexService(db, { onStatus: (status) => next.push(status) });
    expect((await again.search({ query: 'برلين' })).notes.map((hit) => hit.id)).toEqual(['n1']);
    expect(next.at(-1)).toMatchObject({ state: 'ready', how: 'loaded' });
  });

  it('is refused and rebuilt even under the current key', async () => {
    const db = await library();
    await db.searchIndex.put({ key: SEARCH_INDEX_KEY, data: layout2Manifest('old'), updatedAt: 1 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const statuses: IndexStatus[] = [];
    const service = new IndexService(db, { onStatus: (status) => statuses.push(status) });
    expect((await service.search({ query: 'برلين' })).notes.map((hit) => hit.id)).toEqual(['n1']);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', how: 'built' });
    expect(String(warn.mock.calls[0]?.[1])).toMatch(/not a search index of this version/);
    warn.mockRestore();
  });
});
