// Texts for snippets and phrase checks, read from the database on demand: an index loaded from
// storage holds terms, not texts.

import type { Block } from '../../article/types';
import type { HamishDb } from '../../db/HamishDb';
import type { TextSource } from '../engine/SearchEngine';

function byId<T>(
  ids: readonly string[],
  rows: readonly (T | undefined)[],
  pick: (row: T) => string,
): Map<string, string> {
  const found = new Map<string, string>();
  rows.forEach((row, i) => {
    if (row !== undefined) found.set(ids[i]!, pick(row));
  });
  return found;
}

export function dexieTextSource(db: HamishDb): TextSource {
  return {
    async articleBlocks(articleIds) {
      const bodies = await db.bodies.bulkGet([...articleIds]);
      const found = new Map<string, readonly Block[]>();
      for (const body of bodies) if (body !== undefined) found.set(body.articleId, body.doc.blocks);
      return found;
    },
    async highlightQuotes(ids) {
      return byId(ids, await db.highlights.bulkGet([...ids]), (row) => row.exact);
    },
    async noteTexts(ids) {
      return byId(ids, await db.notes.bulkGet([...ids]), (row) => row.text);
    },
  };
}
