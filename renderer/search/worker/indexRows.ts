// The search index's rows in the database: the manifest at SEARCH_INDEX_KEY and its parts under
// a generation (storedIndex.ts says what they hold). Reading, writing a new generation so that a
// write cut short leaves the previous one whole, and deleting rows no start can use — always by
// key, since the parts are tens of megabytes and a filter on rows would read them all.

import type { HamishDb } from '../../db/HamishDb';
import { SEARCH_INDEX_KEY, SearchEngine } from '../engine/SearchEngine';
import type { StepTimer } from '../engine/storedIndex';

const PART_PREFIX = `${SEARCH_INDEX_KEY}/`;
const generationPrefix = (generation: string) => `${PART_PREFIX}${generation}/`;
const partKey = (generation: string, index: number) => `${generationPrefix(generation)}${index}`;

/** Whether a failed write failed for want of space (IndexedDB's QuotaExceededError, as Dexie passes it on). */
export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: unknown })?.name, (error as { inner?: { name?: unknown } })?.inner?.name];
  return names.includes('QuotaExceededError');
}

/** The stored manifest's text, if there is one. */
export async function readManifest(db: HamishDb): Promise<string | undefined> {
  return (await db.searchIndex.get(SEARCH_INDEX_KEY))?.data;
}

/**
 * Restores the engine the manifest names but for its postings, read as queries need them and
 * by engine.readPostings(); throws if it is not whole or not of this version.
 */
export async function restoreStoredEngine(
  db: HamishDb,
  manifest: string,
  timer?: StepTimer,
): Promise<{ engine: SearchEngine; generation: string }> {
  let generation = '';
  const engine = await SearchEngine.restoreForQueries(
    manifest,
    async (i, stored) => {
      generation = stored;
      return (await db.searchIndex.get(partKey(stored, i)))?.data;
    },
    undefined,
    timer,
  );
  return { engine, generation };
}

/**
 * Writes the engine as parts under a new generation, then the manifest naming it, then drops
 * the other generations' parts; returns the new generation. A write that fails takes back the
 * parts it wrote (as far as it can) and throws: the previous manifest and parts stay as they were.
 */
export async function storeEngine(db: HamishDb, engine: SearchEngine): Promise<string> {
  const generation = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  await engine.readPostings(); // a restored engine stores all its postings, so it must have them
  try {
    const dump = engine.dump(generation);
    let count = 0;
    for (const data of dump.parts) {
      await db.searchIndex.put({ key: partKey(generation, count), data, updatedAt: Date.now() });
      count += 1;
    }
    await db.searchIndex.put({ key: SEARCH_INDEX_KEY, data: dump.manifest(count), updatedAt: Date.now() });
  } catch (error) {
    await db.searchIndex
      .where('key')
      .startsWith(generationPrefix(generation))
      .delete()
      .catch(() => undefined); // best effort: the next start deletes parts no manifest names
    throw error;
  }
  const parts = await db.searchIndex.where('key').startsWith(PART_PREFIX).primaryKeys();
  await db.searchIndex.bulkDelete(parts.filter((key) => !key.startsWith(generationPrefix(generation))));
  return generation;
}

/**
 * Deletes the rows no start can use: those of other analyzer versions or layouts, and parts
 * of generations other than `keep` (a write that never finished). With `keep` null (no index
 * stored yet), parts of this version are left for the first write to settle.
 */
export async function dropUnusedRows(db: HamishDb, keep: string | null): Promise<void> {
  const keys = await db.searchIndex.toCollection().primaryKeys();
  const unused = keys.filter(
    (key) =>
      key !== SEARCH_INDEX_KEY &&
      (keep === null ? !key.startsWith(PART_PREFIX) : !key.startsWith(generationPrefix(keep))),
  );
  if (unused.length > 0) await db.searchIndex.bulkDelete(unused);
}
