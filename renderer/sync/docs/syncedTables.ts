// What syncs, and how each row is cut into documents ("parts"). Every synced row is one
// document, except an article, which is two: its metadata (title, tags, archive and deletion)
// and its reading progress. Reading on one device and tagging on another then never compete
// for the same document, so neither change can lose to the other.
//
// Not synced: the search index (rebuilt from the rows), window state (not in the database),
// automatic backups (files), and settings that describe this device rather than the reader.

import type { Settings } from '../../db/settings';

export type SyncedTable = 'articles' | 'bodies' | 'highlights' | 'notes' | 'settings' | 'images';

export const SYNCED_TABLES: readonly SyncedTable[] = ['articles', 'bodies', 'highlights', 'notes', 'settings', 'images'];

/** Settings that follow the reader to every device. `welcomeSeeded` says what this device did. */
export const SYNCED_SETTINGS: ReadonlySet<keyof Settings> = new Set<keyof Settings>([
  'uiLanguage',
  'theme',
  'readerFont',
  'readerFontSize',
  'readerLineHeight',
  'readerWidth',
  'readerAlign',
  'lastHighlightColor',
]);

/** The article fields that make up its reading progress; every other field is metadata. */
export const PROGRESS_FIELDS: readonly string[] = ['progress', 'progressOffset', 'openedAt'];

export interface TableSpec {
  /** The row's primary key field. */
  readonly key: string;
  /** The parts a row is cut into; most tables have one. */
  readonly parts: readonly string[];
  /** Bodies are deflated before encryption (crypto/compress.ts says why only they are). */
  readonly compress: boolean;
}

export const TABLE_SPECS: Readonly<Record<SyncedTable, TableSpec>> = {
  articles: { key: 'id', parts: ['meta', 'progress'], compress: false },
  bodies: { key: 'articleId', parts: ['row'], compress: true },
  highlights: { key: 'id', parts: ['row'], compress: false },
  notes: { key: 'id', parts: ['row'], compress: false },
  settings: { key: 'key', parts: ['row'], compress: false },
  images: { key: 'id', parts: ['row'], compress: false },
};

export function isSyncedTable(value: unknown): value is SyncedTable {
  return typeof value === 'string' && (SYNCED_TABLES as readonly string[]).includes(value);
}

/** Whether this row syncs at all (only the settings in SYNCED_SETTINGS do). */
export function rowSyncs(table: SyncedTable, row: Record<string, unknown>): boolean {
  return table !== 'settings' || SYNCED_SETTINGS.has(row['key'] as keyof Settings);
}

export function rowKeyOf(table: SyncedTable, row: Record<string, unknown>): string {
  return String(row[TABLE_SPECS[table].key]);
}

/**
 * The fields of `row` that belong to `part`, without `updatedAt` (each part carries its own
 * time) and, for images, without the Blob (its bytes travel beside the fields).
 */
export function partFields(table: SyncedTable, part: string, row: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (name === 'updatedAt' || value === undefined) continue;
    if (table === 'articles' && PROGRESS_FIELDS.includes(name) !== (part === 'progress')) continue;
    if (table === 'images' && name === 'blob') continue;
    fields[name] = value;
  }
  return fields;
}
