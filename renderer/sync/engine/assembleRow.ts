// A library row from its parts, checked before it may enter the library: the same strict row
// schemas a restored backup must pass (renderer/backup/rowSchemas.ts), and, for settings, the
// list of settings that sync with the value's own rule. A row that fails is refused and
// reported; the library keeps what it had.

import {
  articleRowSchema,
  bodyRowSchema,
  highlightRowSchema,
  imageRowSchema,
  noteRowSchema,
} from '../../db/rowSchemas';
import { settingOrDefault, type Settings } from '../../db/settings';
import type { DecodedPart } from '../docs/partCodec';
import { SYNCED_SETTINGS, TABLE_SPECS, type SyncedTable } from '../docs/syncedTables';

const SCHEMAS = {
  articles: articleRowSchema,
  bodies: bodyRowSchema,
  highlights: highlightRowSchema,
  notes: noteRowSchema,
  images: imageRowSchema,
} as const;

export type AssembledRow = Record<string, unknown> & { updatedAt: number };

export class InvalidRowError extends Error {
  override readonly name = 'InvalidRowError';
}

function checkSetting(row: Record<string, unknown>): void {
  const { key, value } = row;
  if (typeof key !== 'string' || !SYNCED_SETTINGS.has(key as keyof Settings))
    throw new InvalidRowError('not a synced setting');
  if (!Object.is(settingOrDefault(key as keyof Settings, value), value))
    throw new InvalidRowError(`bad value for ${key}`);
  const extra = Object.keys(row).filter((name) => !['key', 'value', 'updatedAt'].includes(name));
  if (extra.length > 0) throw new InvalidRowError('unknown fields');
}

/**
 * Joins the parts of one row (all of `TABLE_SPECS[table].parts`, in any order) into a row, with
 * `updatedAt` the newest part's, and checks it. Throws InvalidRowError.
 */
export function assembleRow(table: SyncedTable, parts: readonly DecodedPart[]): AssembledRow {
  const expected = TABLE_SPECS[table].parts;
  if (parts.length !== expected.length || !expected.every((name) => parts.some((part) => part.part === name))) {
    throw new InvalidRowError('parts missing');
  }
  const row: Record<string, unknown> = {};
  for (const part of parts) Object.assign(row, part.fields);
  row['updatedAt'] = Math.max(...parts.map((part) => part.updatedAt));
  if (table === 'images') {
    const type = row['blobType'];
    delete row['blobType'];
    if (typeof type !== 'string') throw new InvalidRowError('image without a type');
    const bytes = parts[0]!.binary ?? new Uint8Array(0);
    row['blob'] = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  }
  const key = TABLE_SPECS[table].key;
  if (row[key] !== parts[0]!.key) throw new InvalidRowError('key does not match');
  if (table === 'settings') {
    checkSetting(row);
    return row as AssembledRow;
  }
  const parsed = SCHEMAS[table].safeParse(row);
  if (!parsed.success) throw new InvalidRowError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return row as AssembledRow;
}
