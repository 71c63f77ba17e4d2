// The texts results need — for snippets, marks and phrase checks — read from the database as
// results need them (a TextSource) and kept in a small cache, most recently used last. The
// index itself holds terms, not texts: the texts of a library are as large as its index
// (25 MB of text is 50 MB of JS strings), and they are needed for a screenful of results only.

import { blockStartOffsets } from '../../article/canonicalText';
import type { Block } from '../../article/types';
import type { DocRef } from './docIds';
import { SizedLru } from './sizedLru';

/** Where texts come from: the database in the worker, the corpus in tests. */
export interface TextSource {
  articleBlocks(articleIds: readonly string[]): Promise<Map<string, readonly Block[]>>;
  highlightQuotes(ids: readonly string[]): Promise<Map<string, string>>;
  noteTexts(ids: readonly string[]): Promise<Map<string, string>>;
}

/**
 * The cache holds 16 M characters at most (UTF-16: 32 MB), in two parts, so a library of any
 * size costs the same:
 * - the texts results showed — one block of an article, a highlight's quote, a note — each
 *   alone, with where a block starts in its article (BLOCK_CHARACTERS);
 * - whole bodies, those read last and those just indexed (BODY_CHARACTERS): the next query
 *   often wants another block of an article just read (a phrase check, another word), and
 *   right after a build the index is being written back, and reads from IndexedDB wait behind
 *   that write (seconds on a busy machine), so the first searches are answered from here.
 * When the cache held whole bodies only, an article's other blocks (some 25 KB of text each)
 * pushed out the blocks, quotes and notes other results needed: on the benchmark library two
 * queries in three read bodies from the database again, each time they were asked. Kept apart,
 * a query asked again reads nothing, and the first round reads about as much as before (1,059
 * bodies for the 200 benchmark queries, against 944).
 */
const BLOCK_CHARACTERS = 3_000_000;
const BODY_CHARACTERS = 13_000_000;
/** What an entry costs beyond its characters (the key, the map's slot, the object), in characters. */
const ENTRY_OVERHEAD = 48;

/** A kept text; a block's with its article and where it starts in the article's canonical text. */
type Entry = { text: string; start: number; articleId?: string };

function keyOf(ref: DocRef): string {
  switch (ref.kind) {
    case 'block':
      return `b:${ref.articleId}#${ref.block}`;
    case 'title':
      return `t:${ref.articleId}`;
    case 'highlight':
      return `h:${ref.id}`;
    case 'note':
      return `n:${ref.id}`;
  }
}

const sizeOf = (entry: Entry) => entry.text.length + ENTRY_OVERHEAD;
const charactersOf = (blocks: readonly Block[]) => blocks.reduce((sum, block) => sum + block.text.length, 0);

/** The texts one request fetched or found at hand. */
export class Texts {
  constructor(private readonly held: ReadonlyMap<string, Entry>) {}

  /** The text of a block, highlight or note, if it was read (titles are the catalog's). */
  text(ref: DocRef): string | undefined {
    return ref.kind === 'title' ? undefined : this.held.get(keyOf(ref))?.text;
  }

  /** Where a block starts in its article's canonical text, if it was read. */
  blockStart(ref: DocRef): number | undefined {
    return ref.kind === 'block' ? this.held.get(keyOf(ref))?.start : undefined;
  }
}

export class TextCache {
  /** The block keys held per article, so an article is forgotten without a walk over every entry. */
  private readonly blockKeys = new Map<string, Set<string>>();
  private readonly entries: SizedLru<Entry>;
  private readonly recentBodies: SizedLru<readonly Block[]>;

  constructor(capacity = BLOCK_CHARACTERS, recentCapacity = BODY_CHARACTERS) {
    this.entries = new SizedLru(capacity, sizeOf, (key, entry) => {
      if (entry.articleId !== undefined) this.blockKeys.get(entry.articleId)?.delete(key);
    });
    this.recentBodies = new SizedLru(recentCapacity, charactersOf);
  }

  /** Keeps a text the engine has just indexed: a highlight's or note's, or an article's body. */
  remember(ref: DocRef, value: readonly Block[] | string): void {
    if (typeof value === 'string') {
      this.entries.set(keyOf(ref), { text: value, start: 0 });
      return;
    }
    if (ref.kind === 'block' || ref.kind === 'title') this.recentBodies.set(ref.articleId, value);
  }

  /** Forgets what an article's (all its blocks) or a row's text was (it changed or went). */
  forget(ref: DocRef): void {
    if (ref.kind === 'block' || ref.kind === 'title') {
      for (const key of this.blockKeys.get(ref.articleId) ?? []) this.entries.delete(key);
      this.blockKeys.delete(ref.articleId);
      this.recentBodies.delete(ref.articleId);
    } else {
      this.entries.delete(keyOf(ref));
    }
  }

  /**
   * Reads the texts of these documents that are not at hand, in one request per table. What it
   * returns holds them all, whatever the cache kept.
   */
  async fetch(refs: readonly DocRef[], source: TextSource, isLiveArticle: (id: string) => boolean): Promise<Texts> {
    const held = new Map<string, Entry>();
    const wantedBlocks = new Map<string, Set<number>>();
    const highlightIds = new Set<string>();
    const noteIds = new Set<string>();
    for (const ref of refs) {
      if (ref.kind === 'title' || held.has(keyOf(ref))) continue;
      const entry = this.entries.get(keyOf(ref));
      if (entry !== undefined) {
        held.set(keyOf(ref), entry);
        continue;
      }
      if (ref.kind === 'block') {
        const blocks = wantedBlocks.get(ref.articleId);
        if (blocks === undefined) wantedBlocks.set(ref.articleId, new Set([ref.block]));
        else blocks.add(ref.block);
      } else if (ref.kind === 'highlight') highlightIds.add(ref.id);
      else noteIds.add(ref.id);
    }
    const bodies = new Map<string, readonly Block[]>();
    const unread: string[] = [];
    for (const id of wantedBlocks.keys()) {
      const recent = this.recentBodies.peek(id);
      if (recent === undefined) unread.push(id);
      else bodies.set(id, recent);
    }
    const [read, quotes, notes] = await Promise.all([
      unread.length > 0 ? source.articleBlocks(unread) : new Map<string, readonly Block[]>(),
      highlightIds.size > 0 ? source.highlightQuotes([...highlightIds]) : new Map<string, string>(),
      noteIds.size > 0 ? source.noteTexts([...noteIds]) : new Map<string, string>(),
    ]);
    for (const [id, blocks] of read) {
      bodies.set(id, blocks);
      if (isLiveArticle(id)) this.recentBodies.set(id, blocks);
    }
    for (const [id, blocks] of bodies) {
      // An article may have been deleted while its texts were being read.
      if (!isLiveArticle(id)) continue;
      const starts = blockStartOffsets({ blocks });
      for (const block of wantedBlocks.get(id) ?? []) {
        if (block >= blocks.length) continue;
        const entry = { text: blocks[block]!.text, start: starts[block]!, articleId: id };
        this.putBlock(id, block, entry);
        held.set(keyOf({ kind: 'block', articleId: id, block }), entry);
      }
    }
    const keep = (key: string, text: string) => {
      const entry = { text, start: 0 };
      this.entries.set(key, entry);
      held.set(key, entry);
    };
    for (const [id, text] of quotes) keep(`h:${id}`, text);
    for (const [id, text] of notes) keep(`n:${id}`, text);
    return new Texts(held);
  }

  private putBlock(articleId: string, block: number, entry: Entry): void {
    const key = keyOf({ kind: 'block', articleId, block });
    let keys = this.blockKeys.get(articleId);
    if (keys === undefined) this.blockKeys.set(articleId, (keys = new Set()));
    keys.add(key);
    this.entries.set(key, entry);
  }
}
