// What every row from outside — a backup being restored, a document sync received — must look
// like before it may enter the library. The schemas are
// checked against the row types at compile time (both ways), so a field added to a row type
// without its schema here stops the build instead of making restores refuse good backups.

import { z } from '../validation/zod';
import { articleDocSchema as articleDoc } from './articleDocSchema';
import { IMPORT_LIMITS } from '../../electron/common/importLimits';
import type { ArticleRow, BodyRow, HighlightRow, ImageRow, NoteRow, SettingRow } from './types';
import { HIGHLIGHT_COLORS } from '../shared/highlightColors';
import { isValidTag, MAX_TAGS } from '../shared/tags';

const MAX_ID_LENGTH = 200;

const id = z.string().min(1).max(MAX_ID_LENGTH);
const time = z.number().nonnegative();
const offset = z.number().int().nonnegative();

const nullableTime = time.nullable();

export const articleRowSchema = z.strictObject({
  id,
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lang: z.string(),
  dir: z.enum(['rtl', 'ltr']),
  excerpt: z.string(),
  wordCount: z.number().int().nonnegative(),
  progress: z.number().min(0).max(1),
  progressOffset: offset,
  tags: z.array(z.string()),
  contentHash: z.string(),
  extractionVersion: z.number().int().nonnegative(),
  source: z.enum(['welcome', 'paste', 'file', 'web']),
  createdAt: time,
  updatedAt: time,
  openedAt: nullableTime,
  archivedAt: nullableTime,
  deletedAt: nullableTime,
});

export const bodyRowSchema = z.strictObject({ articleId: id, doc: articleDoc, updatedAt: time });

export const highlightRowSchema = z
  .strictObject({
    id,
    articleId: id,
    start: offset,
    end: offset,
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    color: z.enum(HIGHLIGHT_COLORS),
    contentHash: z.string(),
    extractionVersion: z.number().int().nonnegative(),
    createdAt: time,
    updatedAt: time,
    deletedAt: nullableTime,
    tags: z
      .array(z.string().refine(isValidTag, 'a tag must be 1 to 50 characters, trimmed, without separators'))
      .max(MAX_TAGS)
      .optional(),
  })
  .refine((row) => row.start < row.end, 'a highlight must not be empty or reversed');

export const noteRowSchema = z.strictObject({
  id,
  articleId: id,
  highlightId: id.nullable(),
  text: z.string(),
  createdAt: time,
  updatedAt: time,
  deletedAt: nullableTime,
  otherVersions: z
    .array(z.strictObject({ text: z.string(), updatedAt: time }))
    .max(100)
    .optional(),
});

export const settingRowSchema = z.strictObject({ key: id, value: z.unknown(), updatedAt: time });

/** Image types the importer stores (renderer/import/bytes.ts); a backup may hold nothing else. */
const STORED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'];

export const imageRowSchema = z.strictObject({
  id,
  articleId: id,
  blob: z
    .instanceof(Blob)
    .refine((blob) => STORED_IMAGE_TYPES.includes(blob.type), 'an image must be png, jpeg, gif, webp or avif')
    .refine((blob) => blob.size > 0 && blob.size <= IMPORT_LIMITS.maxImageBytes, 'an image must be 1 byte to 10 MB'),
  sourceUrl: z.string().nullable(),
  createdAt: time,
  updatedAt: time,
});

/**
 * The tables a backup holds, with their primary keys. `searchIndex` is left out: it is rebuilt
 * from these. `images` (schema v3) holds Blobs, which dexie-export-import writes as base64.
 */
export const BACKED_UP_TABLES = {
  articles: { schema: articleRowSchema, key: 'id' },
  bodies: { schema: bodyRowSchema, key: 'articleId' },
  highlights: { schema: highlightRowSchema, key: 'id' },
  notes: { schema: noteRowSchema, key: 'id' },
  settings: { schema: settingRowSchema, key: 'key' },
  images: { schema: imageRowSchema, key: 'id' },
} as const;

export type BackedUpTable = keyof typeof BACKED_UP_TABLES;
export const BACKED_UP_TABLE_NAMES = Object.keys(BACKED_UP_TABLES) as BackedUpTable[];

export interface BackupRows {
  articles: ArticleRow[];
  bodies: BodyRow[];
  highlights: HighlightRow[];
  notes: NoteRow[];
  settings: SettingRow[];
  images: ImageRow[];
}

// Compile-time: each schema accepts exactly its row type (readonly aside), optional fields included.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
const schemasMatchTypes: [
  Same<z.infer<typeof articleRowSchema>, ArticleRow>,
  Same<z.infer<typeof bodyRowSchema>, BodyRow>,
  Same<z.infer<typeof highlightRowSchema>, HighlightRow>,
  Same<z.infer<typeof noteRowSchema>, NoteRow>,
  Same<z.infer<typeof settingRowSchema>, SettingRow>,
  Same<z.infer<typeof imageRowSchema>, ImageRow>,
] = [true, true, true, true, true, true];
void schemasMatchTypes;
