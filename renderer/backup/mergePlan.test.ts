import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { softDelete } from '../library/libraryActions';
import { HamishDb } from '../db/HamishDb';
import { deleteHighlight } from '../db/highlights';
import { deleteNote, editNote } from '../db/notes';
import { freshDatabaseNames } from '../../tests/support/databaseNames';
import { applyBackup } from './applyBackup';
import { exportBackup } from './exportBackup';
import { decideRow, previewMerge, type VersionedRow } from './mergePlan';
import { readBackup, type ParsedBackup } from './readBackup';
import {
  addSampleLibrary,
  installBrowserGlobalsForDexieExport,
  snapshot,
  type Snapshot,
} from '../../tests/support/sampleLibrary';

beforeAll(installBrowserGlobalsForDexieExport);

const nameFor = freshDatabaseNames();
const freshDb = (): HamishDb => new HamishDb(nameFor('merge-plan'));

const row = (updatedAt: number, deletedAt: number | null = null): VersionedRow => ({ updatedAt, deletedAt });

describe('decideRow', () => {
  it('takes what the library lacks, and counts it only when it is not a deletion', () => {
    expect(decideRow(row(5), undefined)).toEqual({ outcome: 'new', action: 'take-backup' });
    expect(decideRow(row(5, 5), undefined)).toEqual({ outcome: null, action: 'take-backup' });
  });

  it('takes the backup’s copy when it changed later, keeps the library’s when it did', () => {
    expect(decideRow(row(9), row(8))).toEqual({ outcome: 'newerInBackup', action: 'take-backup' });
    expect(decideRow(row(9), row(8, 8))).toEqual({ outcome: 'newerInBackup', action: 'take-backup' });
    expect(decideRow(row(9, 9), row(8))).toEqual({ outcome: 'newerInBackup', action: 'take-backup' });
    expect(decideRow(row(8), row(9))).toEqual({ outcome: 'newerInLibrary', action: 'keep' });
    expect(decideRow(row(5), row(5))).toEqual({ outcome: null, action: 'keep' });
  });

  it('tells apart what was deleted in the library after the backup', () => {
    expect(decideRow(row(5), row(9, 9))).toEqual({ outcome: 'deletedSinceBackup', action: 'bring-back' });
    // Same instant (a deletion in the same millisecond as the backup's copy): still brought back.
    expect(decideRow(row(5), row(5, 5))).toEqual({ outcome: 'deletedSinceBackup', action: 'bring-back' });
    // Deleted on both sides: nothing to say or do.
    expect(decideRow(row(5, 5), row(9, 9))).toEqual({ outcome: null, action: 'keep' });
    expect(decideRow(row(9, 9), row(5, 5))).toEqual({ outcome: null, action: 'take-backup' });
  });

  it('rows without deletedAt (bodies, settings, images) merge by updatedAt alone', () => {
    expect(decideRow({ updatedAt: 9 }, { updatedAt: 8 })).toEqual({ outcome: 'newerInBackup', action: 'take-backup' });
    expect(decideRow({ updatedAt: 8 }, { updatedAt: 9 })).toEqual({ outcome: 'newerInLibrary', action: 'keep' });
  });
});

async function backupOf(db: HamishDb): Promise<ParsedBackup> {
  const parsed = await readBackup(await exportBackup(db));
  if (!parsed.ok) throw new Error(`${parsed.error}: ${parsed.detail}`);
  return parsed.value;
}

/** A library with a backup taken, then one article, one highlight and one note deleted. */
async function deletedAfterBackup(): Promise<{ db: HamishDb; backup: ParsedBackup; before: Snapshot; ids: string[] }> {
  const db = freshDb();
  await addSampleLibrary(db);
  const backup = await backupOf(db);
  const before = await snapshot(db);
  const [arabicArticle, englishArticle] = await db.articles.orderBy('createdAt').toArray();
  const englishHighlight = (await db.highlights.where('articleId').equals(englishArticle!.id).first())!;
  const articleNote = (await db.notes.filter((note) => note.highlightId === null).first())!;
  await softDelete(db, arabicArticle!.id);
  await deleteHighlight(db, englishHighlight.id);
  await deleteNote(db, articleNote.id);
  return { db, backup, before, ids: [arabicArticle!.id, englishHighlight.id, articleNote.id] };
}

/** The snapshot without `updatedAt`, which a restore sets anew on what it brings back. */
function withoutUpdatedAt(rows: Snapshot): unknown {
  return Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [
      table,
      list.map((item) => ({ ...(item as object), updatedAt: undefined })),
    ]),
  );
}

describe('merging a backup after deletions', () => {
  it('the summary counts what was deleted since the backup, and nothing else', async () => {
    const { db, backup } = await deletedAfterBackup();
    expect(await previewMerge(db, backup)).toEqual({
      articles: { new: 0, newerInBackup: 0, newerInLibrary: 0, deletedSinceBackup: 1 },
      highlights: { new: 0, newerInBackup: 0, newerInLibrary: 0, deletedSinceBackup: 1 },
      notes: { new: 0, newerInBackup: 0, newerInLibrary: 0, deletedSinceBackup: 1 },
    });
  });

  it('brings back the article, highlight and note deleted after the backup, and changes nothing else', async () => {
    const { db, backup, before, ids } = await deletedAfterBackup();
    const deletedAt = Date.now();
    const result = await applyBackup(db, backup, 'merge', { bringBackDeleted: true });
    expect(result).toMatchObject({
      ok: true,
      value: {
        written: { articles: 0, highlights: 0, notes: 0, bodies: 0 },
        broughtBack: { articles: 1, highlights: 1, notes: 1 },
      },
    });
    const after = await snapshot(db);
    expect(withoutUpdatedAt(after)).toEqual(withoutUpdatedAt(before));
    // What came back is newer than its deletion, so a later merge or sync keeps it.
    const restored = [
      ...(after.articles as VersionedRow[]),
      ...(after.highlights as VersionedRow[]),
      ...(after.notes as VersionedRow[]),
    ].filter((item) => ids.includes((item as unknown as { id: string }).id));
    expect(restored).toHaveLength(3);
    for (const item of restored) expect(item.updatedAt).toBeGreaterThanOrEqual(deletedAt);
    // Merging the same backup again finds nothing left to do.
    expect(await previewMerge(db, backup)).toMatchObject({
      articles: { deletedSinceBackup: 0, newerInLibrary: 1 },
      highlights: { deletedSinceBackup: 0, newerInLibrary: 1 },
      notes: { deletedSinceBackup: 0, newerInLibrary: 1 },
    });
  });

  it('leaves them deleted, and says how many, when the user unticks the box', async () => {
    const { db, backup } = await deletedAfterBackup();
    const deleted = await snapshot(db);
    const result = await applyBackup(db, backup, 'merge', { bringBackDeleted: false });
    expect(result).toMatchObject({
      ok: true,
      value: {
        broughtBack: { articles: 0, highlights: 0, notes: 0 },
        leftDeleted: { articles: 1, highlights: 1, notes: 1 },
      },
    });
    expect(await snapshot(db)).toEqual(deleted);
  });

  it('a note edited after the backup, then deleted, comes back with its newest text', async () => {
    const db = freshDb();
    await addSampleLibrary(db);
    const backup = await backupOf(db);
    const note = (await db.notes.filter((item) => item.deletedAt === null && item.highlightId === null).first())!;
    await editNote(db, note.id, 'نص أحدث من النسخة الاحتياطية');
    await deleteNote(db, note.id);
    await applyBackup(db, backup, 'merge', { bringBackDeleted: true });
    expect(await db.notes.get(note.id)).toMatchObject({ text: 'نص أحدث من النسخة الاحتياطية', deletedAt: null });
  });

  it('a backup whose copy of a deleted row is newer wins with its own text', async () => {
    const db = freshDb();
    await addSampleLibrary(db);
    const note = (await db.notes.filter((item) => item.deletedAt === null && item.highlightId === null).first())!;
    await deleteNote(db, note.id);
    const backup = await backupOf(db);
    const edited = backup.rows.notes.map((item) =>
      item.id === note.id
        ? { ...item, text: 'edited elsewhere, later', deletedAt: null, updatedAt: Date.now() + 60_000 }
        : item,
    );
    const preview = await previewMerge(db, { ...backup, rows: { ...backup.rows, notes: edited } });
    expect(preview.notes).toMatchObject({ newerInBackup: 1, deletedSinceBackup: 0 });
    await applyBackup(db, { ...backup, rows: { ...backup.rows, notes: edited } }, 'merge', { bringBackDeleted: false });
    expect(await db.notes.get(note.id)).toMatchObject({ text: 'edited elsewhere, later', deletedAt: null });
  });

  it('an article whose body was already purged comes back with the backup’s body', async () => {
    const { db, backup, before, ids } = await deletedAfterBackup();
    await db.bodies.delete(ids[0]!);
    const result = await applyBackup(db, backup, 'merge', { bringBackDeleted: true });
    expect(result).toMatchObject({ ok: true, value: { written: { bodies: 1 }, broughtBack: { articles: 1 } } });
    expect(await db.bodies.get(ids[0]!)).toEqual(
      before.bodies.find((body) => (body as { articleId: string }).articleId === ids[0]),
    );
  });
});
