// Reading a backup file back, all of it, before anything is written: is it a Hamish backup at
// all, is it complete, is it from a version this app knows, and does every row have the shape
// the library expects. Only a backup that passes every check reaches `applyBackup`.

import { Dexie } from 'dexie';
import { z } from '../validation/zod';
import { MAX_BACKUP_BYTES } from '../../electron/common/backups';
import { err, ok, type Result } from '../../electron/common/result';
import { databaseAtVersion, tablesAtVersion } from '../db/historicDb';
import { DATABASE_NAME, HamishDb } from '../db/HamishDb';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../db/schema';
import { storageFailureOf } from '../db/storageErrors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DEXIE_FORMAT,
  DEXIE_FORMAT_VERSION,
  type BackupReason,
} from './backupFormat';
import { SKIPPED_TABLES } from './exportBackup';
import { reviveRow } from './reviveRow';
import { BACKED_UP_TABLE_NAMES, BACKED_UP_TABLES, type BackedUpTable, type BackupRows } from '../db/rowSchemas';

export type ReadBackupError =
  /** Not a Hamish backup at all: another program's file, or not JSON. */
  | 'not-a-backup'
  /** A Hamish backup, but cut short or altered. */
  | 'corrupt'
  /** Made by a newer Hamish than this one. */
  | 'newer-version'
  /** Complete, but some rows do not have the shape this version of Hamish expects. */
  | 'invalid-rows'
  | 'too-large'
  | 'storage-full'
  | 'failed';

export interface ParsedBackup {
  /** When the backup was made, if it says. */
  createdAt: number | null;
  reason: BackupReason | null;
  /** The schema version the rows were written with (they are upgraded to the current one). */
  schemaVersion: number;
  rows: BackupRows;
}

export type ReadPhase = 'reading' | 'checking' | 'upgrading';

const MAX_REPORTED_PROBLEMS = 3;
/** How much of the file's start is looked at to tell a damaged backup from a foreign file. */
const HEAD_BYTES = 4096;

const markerSchema = z.object({
  format: z.string(),
  formatVersion: z.number(),
  schemaVersion: z.number(),
  createdAt: z.number().optional(),
  reason: z.enum(['manual', 'daily', 'pre-upgrade', 'pre-restore']).optional(),
});

const envelopeSchema = z.object({
  formatName: z.string(),
  formatVersion: z.number(),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().positive(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) })),
  }),
});

/** A damaged file still shows what it was meant to be in its first bytes. */
function looksLikeHamishBackup(head: string): boolean {
  const compact = head.replace(/\s+/g, '');
  return (
    compact.startsWith(`{"hamish":{"format":"${BACKUP_FORMAT}"`) ||
    (compact.includes(`"formatName":"${DEXIE_FORMAT}"`) && compact.includes(`"databaseName":"${DATABASE_NAME}"`))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readBackup(
  file: Blob,
  onPhase?: (phase: ReadPhase) => void,
): Promise<Result<ParsedBackup, ReadBackupError>> {
  if (file.size > MAX_BACKUP_BYTES) return err('too-large', `${file.size} bytes`);
  onPhase?.('reading');
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return err('failed', String(error));
  }
  onPhase?.('checking');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err(looksLikeHamishBackup(text.slice(0, HEAD_BYTES)) ? 'corrupt' : 'not-a-backup', String(error));
  }
  return parseBackupJson(json, onPhase);
}

/** The checks of `readBackup` on an already parsed JSON value. */
export async function parseBackupJson(
  json: unknown,
  onPhase?: (phase: ReadPhase) => void,
): Promise<Result<ParsedBackup, ReadBackupError>> {
  if (!isRecord(json) || json['formatName'] !== DEXIE_FORMAT || !isRecord(json['data'])) return err('not-a-backup');
  // The marker says "Hamish backup"; a plain Dexie export (such as the fixtures) must at least
  // come from a database called "hamish".
  const rawMarker = json['hamish'];
  const marker = rawMarker === undefined ? null : markerSchema.safeParse(rawMarker);
  if (marker !== null && (!marker.success || marker.data.format !== BACKUP_FORMAT))
    return err('not-a-backup', 'unknown marker');
  if (marker === null && json['data']['databaseName'] !== DATABASE_NAME) {
    return err('not-a-backup', `database ${String(json['data']['databaseName'])}`);
  }

  const envelope = envelopeSchema.safeParse(json);
  if (typeof json['formatVersion'] === 'number' && json['formatVersion'] > DEXIE_FORMAT_VERSION) {
    return err('newer-version', `export format ${json['formatVersion']}`);
  }
  if (marker?.data && marker.data.formatVersion > BACKUP_FORMAT_VERSION)
    return err('newer-version', `backup format ${marker.data.formatVersion}`);
  const claimedVersion = Math.floor(Number(json['data']['databaseVersion']));
  if (claimedVersion > CURRENT_SCHEMA_VERSION || (marker?.data?.schemaVersion ?? 0) > CURRENT_SCHEMA_VERSION) {
    return err('newer-version', `schema ${claimedVersion}`);
  }
  if (!envelope.success) return err('corrupt', envelope.error.issues[0]?.message);
  const { data } = envelope.data;
  const schemaVersion = Math.floor(data.databaseVersion);
  if (!SCHEMA_HISTORY.some((step) => step.version === schemaVersion))
    return err('corrupt', `unknown schema ${schemaVersion}`);

  const tables = collectTables(data, schemaVersion);
  if (!tables.ok) return tables;
  let rows = tables.value;
  if (schemaVersion < CURRENT_SCHEMA_VERSION) {
    onPhase?.('upgrading');
    const upgraded = await upgradeRows(rows, schemaVersion);
    if (!upgraded.ok) return upgraded;
    rows = upgraded.value;
  }
  const valid = validateRows(rows);
  if (!valid.ok) return valid;
  return ok({
    createdAt: marker?.data?.createdAt ?? null,
    reason: marker?.data?.reason ?? null,
    schemaVersion,
    rows: valid.value,
  });
}

type RawTables = Map<string, unknown[]>;

/**
 * Checks the table list against the schema version and the row counts against the rows, and
 * undoes dexie-export-import's typeson encoding of each row.
 */
function collectTables(
  data: z.infer<typeof envelopeSchema>['data'],
  schemaVersion: number,
): Result<RawTables, ReadBackupError> {
  const known = tablesAtVersion(schemaVersion);
  const declared = new Map(data.tables.map((table) => [table.name, table.rowCount]));
  const tables: RawTables = new Map();
  for (const table of data.data) {
    if (!known.has(table.tableName)) return err('corrupt', `unknown table ${table.tableName}`);
    if (!table.inbound) return err('corrupt', `table ${table.tableName} is not keyed by its rows`);
    if (tables.has(table.tableName)) return err('corrupt', `table ${table.tableName} appears twice`);
    if (declared.get(table.tableName) !== table.rows.length) {
      return err(
        'corrupt',
        `table ${table.tableName} holds ${table.rows.length} rows, its header says ${declared.get(table.tableName)}`,
      );
    }
    if (SKIPPED_TABLES.includes(table.tableName)) continue;
    const revived: unknown[] = [];
    for (const [index, row] of table.rows.entries()) {
      const plain = reviveRow(row);
      if (!plain.ok) return err('invalid-rows', `${table.tableName} row ${index + 1}: ${plain.error}`);
      revived.push(plain.value);
    }
    tables.set(table.tableName, revived);
  }
  for (const name of declared.keys()) {
    if (!tables.has(name) && !SKIPPED_TABLES.includes(name)) return err('corrupt', `table ${name} has no rows section`);
  }
  return ok(tables);
}

/**
 * Rows from an older schema go through the app's own upgrade code: they are written into a
 * scratch database at their version, which the current HamishDb then opens (and so upgrades).
 * The user's library is not involved; the scratch database is deleted afterwards.
 */
async function upgradeRows(tables: RawTables, fromVersion: number): Promise<Result<RawTables, ReadBackupError>> {
  const name = `hamish-restore-${crypto.randomUUID()}`;
  try {
    const old = databaseAtVersion(name, fromVersion);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of tables) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const current = new HamishDb(name);
    await current.open();
    const upgraded: RawTables = new Map();
    for (const table of BACKED_UP_TABLE_NAMES) upgraded.set(table, await current.table(table).toArray());
    current.close();
    return ok(upgraded);
  } catch (error) {
    const failure = storageFailureOf(error);
    return failure === 'storage-full' ? err('storage-full') : err('invalid-rows', String(error));
  } finally {
    // The scratch database is deleted either way; if that fails, the outcome above still stands
    // and the next check uses a new name.
    await Dexie.delete(name).catch(() => undefined);
  }
}

function validateRows(tables: RawTables): Result<BackupRows, ReadBackupError> {
  const problems: string[] = [];
  const rows = {} as Record<BackedUpTable, unknown[]>;
  for (const table of BACKED_UP_TABLE_NAMES) {
    const { schema, key } = BACKED_UP_TABLES[table];
    const tableRows = tables.get(table) ?? [];
    const seen = new Set<unknown>();
    tableRows.forEach((row, index) => {
      if (problems.length >= MAX_REPORTED_PROBLEMS) return;
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        problems.push(`${table} row ${index + 1}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
        return;
      }
      const rowKey = (row as Record<string, unknown>)[key];
      if (seen.has(rowKey)) problems.push(`${table} row ${index + 1}: ${key} ${String(rowKey)} appears twice`);
      seen.add(rowKey);
    });
    // Valid rows are kept as they came: the schemas are strict, so nothing extra rides along.
    rows[table] = tableRows;
  }
  if (problems.length > 0) return err('invalid-rows', problems.join('; '));
  return ok(rows as unknown as BackupRows);
}
