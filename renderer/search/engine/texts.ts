// The texts results need — for snippets, marks and phrase checks — read from the database as
// results need them (a TextSource) and kept in a small cache, most recently used last. The
// index itself holds terms, not texts: the texts of a library are as large as its index
// (25 MB of text is 50 MB of JS strings), and they are needed for a screenful of results only.

import type { Block } from '../../article/types';
import type { DocRef } from './docIds';

/** Where texts come from: the database in the worker, the corpus in tests. */
export interface TextSource {
  articleBlocks(articleIds: readonly string[]): Promise<Map<string, readonly Block[]>>;
  highlightQuotes(ids: readonly string[]): Promise<Map<string, string>>;
  noteTexts(ids: readonly string[]): Promise<Map<string, string>>;
}

/**
 * Characters the cache keeps at most (UTF-16: twice as many bytes, 32 MB). Texts just indexed
 * are kept too: right after a build the index is being written back, and reads from IndexedDB
 * wait behind that write (seconds on a busy machine), so the first searches are answered from
 * here. Bounded, so a library of any size costs the same.
 */
const DEFAULT_CAPACITY = 16_000_000;

type Entry = { kind: 'blocks'; blocks: readonly Block[] } | { kind: 'text'; text: string };

function keyOf(ref: DocRef): string {
  switch (ref.kind) {
    case 'block':
      return `a:${ref.articleId}`;
    case 'title':
      return `t:${ref.articleId}`;
    case 'highlight':
      return `h:${ref.id}`;
    case 'note':
      return `n:${ref.id}`;
  }
}

function sizeOf(entry: Entry): number {
  return entry.kind === 'text' ? entry.text.length : entry.blocks.reduce((sum, block) => sum + block.text.length, 0);
}

/** The texts one request fetched or found at hand. */
export class Texts {
  constructor(private readonly held: ReadonlyMap<string, Entry>) {}

  /** An article's blocks, if they were read. */
  blocks(articleId: string): readonly Block[] | undefined {
    const entry = this.held.get(`a:${articleId}`);
    return entry?.kind === 'blocks' ? entry.blocks : undefined;
  }

  /** The text of a block, highlight or note, if it was read (titles are the catalog's). */
  text(ref: DocRef): string | undefined {
    if (ref.kind === 'title') return undefined;
    const entry = this.held.get(keyOf(ref));
    if (entry === undefined) return undefined;
    return entry.kind === 'text' ? entry.text : ref.kind === 'block' ? entry.blocks[ref.block]?.text : undefined;
  }
}

export class TextCache {
  private readonly entries = new Map<string, Entry>();
  private size = 0;

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** Keeps a text the engine has just indexed. */
  remember(ref: DocRef, value: readonly Block[] | string): void {
    this.put(keyOf(ref), typeof value === 'string' ? { kind: 'text', text: value } : { kind: 'blocks', blocks: value });
  }

  /** Forgets what an article's or a row's text was (it changed or went). */
  forget(ref: DocRef): void {
    const key = keyOf(ref);
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.size -= sizeOf(entry);
    this.entries.delete(key);
  }

  /**
   * Reads the texts of these documents that are not at hand, in one request per table. What it
   * returns holds them all, whatever the cache kept.
   */
  async fetch(refs: readonly DocRef[], source: TextSource, isLiveArticle: (id: string) => boolean): Promise<Texts> {
    const held = new Map<string, Entry>();
    const hold = (key: string, entry: Entry | undefined) => {
      if (entry !== undefined) held.set(key, entry);
    };
    const articleIds = new Set<string>();
    const highlightIds = new Set<string>();
    const noteIds = new Set<string>();
    for (const ref of refs) {
      if (ref.kind === 'title' || held.has(keyOf(ref))) continue;
      const entry = this.touch(keyOf(ref));
      hold(keyOf(ref), entry);
      if (entry !== undefined) continue;
      if (ref.kind === 'block') articleIds.add(ref.articleId);
      else if (ref.kind === 'highlight') highlightIds.add(ref.id);
      else noteIds.add(ref.id);
    }
    const [blocks, quotes, notes] = await Promise.all([
      articleIds.size > 0 ? source.articleBlocks([...articleIds]) : new Map<string, readonly Block[]>(),
      highlightIds.size > 0 ? source.highlightQuotes([...highlightIds]) : new Map<string, string>(),
      noteIds.size > 0 ? source.noteTexts([...noteIds]) : new Map<string, string>(),
    ]);
    // An article may have been deleted while its texts were being read.
    const keep = (key: string, entry: Entry) => {
      this.put(key, entry);
      held.set(key, entry);
    };
    for (const [id, value] of blocks) if (isLiveArticle(id)) keep(`a:${id}`, { kind: 'blocks', blocks: value });
    for (const [id, text] of quotes) keep(`h:${id}`, { kind: 'text', text });
    for (const [id, text] of notes) keep(`n:${id}`, { kind: 'text', text });
    return new Texts(held);
  }

  private touch(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  private put(key: string, entry: Entry): void {
    const previous = this.entries.get(key);
    if (previous !== undefined) this.size -= sizeOf(previous);
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.size += sizeOf(entry);
    // Oldest first out; what was just read stays, even if larger than the whole cache.
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.size <= this.capacity || oldKey === key) break;
      this.entries.delete(oldKey);
      this.size -= sizeOf(oldEntry);
    }
  }
}
