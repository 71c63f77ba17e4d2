// What each indexed document is, by MiniSearch's short id: its kind and its article. Ranking
// looks at thousands of candidates per keystroke; reading this from two typed arrays costs
// nothing, where parsing each candidate's id string and reading its stored fields did.

import type { DocRef } from '../../../renderer/search/engine/docIds';

export type DocKind = DocRef['kind'];

const KINDS: readonly DocKind[] = ['block', 'title', 'highlight', 'note'];
const NONE = 0;

export class DocTable {
  private kinds = new Uint8Array(1024);
  private articleNumbers = new Int32Array(1024);
  private readonly articleIds: string[] = [];
  private readonly articleNumberOf = new Map<string, number>();

  set(shortId: number, kind: DocKind, articleId: string): void {
    if (shortId >= this.kinds.length) this.grow(shortId + 1);
    let number = this.articleNumberOf.get(articleId);
    if (number === undefined) {
      number = this.articleIds.length;
      this.articleIds.push(articleId);
      this.articleNumberOf.set(articleId, number);
    }
    this.kinds[shortId] = KINDS.indexOf(kind) + 1;
    this.articleNumbers[shortId] = number;
  }

  kind(shortId: number): DocKind | undefined {
    const code = this.kinds[shortId] ?? NONE;
    return code === NONE ? undefined : KINDS[code - 1];
  }

  /** A small number standing for the document's article, the same for all its documents. */
  articleNumber(shortId: number): number {
    return this.articleNumbers[shortId]!;
  }

  articleIdOf(number: number): string {
    return this.articleIds[number]!;
  }

  private grow(needed: number): void {
    let size = this.kinds.length;
    while (size < needed) size *= 2;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    const articleNumbers = new Int32Array(size);
    articleNumbers.set(this.articleNumbers);
    this.kinds = kinds;
    this.articleNumbers = articleNumbers;
  }
}
