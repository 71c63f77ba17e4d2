// The schema history. Each entry is one `db.version(n)`; never edit a shipped entry — add a
// new one, with an upgrade where data has to move, and a fixture export of the previous
// version under tests/fixtures/db/ that the migration test opens.

import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** What changed and why, for docs/ARCHITECTURE.md readers. */
  why: string;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'First schema: article metadata apart from bodies; highlights, notes and settings.',
    stores: {
      articles: 'id, createdAt, updatedAt, contentHash, sourceUrl',
      bodies: 'articleId',
      highlights: 'id, articleId, updatedAt',
      notes: 'id, articleId, highlightId, updatedAt',
      settings: 'key',
    },
  },
  {
    version: 2,
    why: 'Library sorting and tag filters need openedAt, title and *tags indexes; the search index gets its own table. Rows from v1 may lack tags, progress and soft-delete fields: fill them.',
    stores: {
      articles: 'id, createdAt, updatedAt, openedAt, title, contentHash, sourceUrl, *tags',
      searchIndex: 'key',
    },
    async upgrade(tx) {
      await tx
        .table('articles')
        .toCollection()
        .modify((article: Record<string, unknown>) => {
          if (!Array.isArray(article['tags'])) article['tags'] = [];
          if (typeof article['progress'] !== 'number') article['progress'] = 0;
          if (typeof article['progressOffset'] !== 'number') article['progressOffset'] = 0;
          for (const field of [
            'openedAt',
            'archivedAt',
            'deletedAt',
            'publishedAt',
            'byline',
            'siteName',
            'sourceUrl',
          ]) {
            if (article[field] === undefined) article[field] = null;
          }
        });
      for (const table of ['highlights', 'notes']) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (row['deletedAt'] === undefined) row['deletedAt'] = null;
          });
      }
    },
  },
  {
    version: 3,
    why: "Images of saved web pages (and inline images of imported files) are kept as Blobs in their own table, so an article reads offline while bodies stay small and the library and search never load image data. Indexed by articleId to find an article's images. No data moves.",
    stores: {
      images: 'id, articleId',
    },
  },
  {
    version: 4,
    why: 'Sync (renderer/sync): a note edited on two devices while they were apart keeps the other texts in an optional `otherVersions` field until the user merges them. No index changes and no data moves; the version marks that rows may carry the field, so an older Hamish refuses a newer backup as newer instead of as malformed.',
    stores: {},
  },
  {
    version: 5,
    why: "Highlights may carry the user's tags in an optional `tags` field (the Notes view adds, removes and filters by them; backups, sync, exports and search carry them). Absent when there are none, so no data moves and rows from v4 are valid as they are; the version marks that rows may carry the field, so an older Hamish refuses a newer backup as newer instead of as malformed. No index: the Notes view reads every highlight anyway.",
    stores: {},
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
