// A small library made through the app's own write paths (Arabic and English articles, an
// image, highlights with and without notes or tags, a deleted note, settings), and a snapshot of every
// backed-up row to compare libraries by. For the backup tests and the test harness.

import { textToDoc } from '../../renderer/article/textToDoc';
import type { ArticleDoc } from '../../renderer/article/types';
import { addArticle } from '../../renderer/db/articles';
import type { HamishDb } from '../../renderer/db/HamishDb';
import { addHighlight, addHighlightTags } from '../../renderer/db/highlights';
import { addNote, deleteNote } from '../../renderer/db/notes';
import { writeSetting } from '../../renderer/db/settings';
import { unwrap } from './unwrap';
import { BACKED_UP_TABLE_NAMES, BACKED_UP_TABLES, type BackedUpTable } from '../../renderer/db/rowSchemas';

/** A 1×1 PNG, as images are stored: inline, never a remote address. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export async function addSampleLibrary(db: HamishDb): Promise<void> {
  const arabic = textToDoc('الفقرة الأولى من المقالة.\nعنوان فرعي\nالفقرة الثانية، وفيها كلمة Electron.', 'ar');
  const withImage = textToDoc('An English article.\nIt has a picture below.', 'en');
  // `dir: undefined` is stored as such by IndexedDB; the export must bring it back the same.
  const english: ArticleDoc = {
    ...withImage,
    blocks: [...withImage.blocks, { kind: 'image', src: TINY_PNG, alt: 'a dot', text: '', dir: undefined }],
  };
  const first = await addArticle(db, { title: 'مقالة عربية', doc: arabic, source: 'paste' });
  const second = await addArticle(db, { title: 'An English article', doc: english, source: 'file', sourceUrl: null });
  const marked = unwrap(
    await addHighlight(
      db,
      {
        articleId: first.id,
        start: 0,
        end: 6,
        exact: 'الفقرة',
        prefix: '',
        suffix: ' الأولى',
        color: 'yellow',
        contentHash: first.contentHash,
        extractionVersion: 1,
      },
      'ملاحظة على التظليل',
    ),
  );
  const tagged = unwrap(
    await addHighlight(db, {
      articleId: second.id,
      start: 3,
      end: 10,
      exact: 'English',
      prefix: 'An ',
      suffix: ' article',
      color: 'blue',
      contentHash: second.contentHash,
      extractionVersion: 1,
    }),
  );
  unwrap(await addHighlightTags(db, tagged.highlight.id, ['لغات', 'Electron']));
  unwrap(await addNote(db, { articleId: first.id, highlightId: null, text: 'A note on the whole article.' }));
  const gone = unwrap(
    await addNote(db, { articleId: first.id, highlightId: marked.highlight.id, text: 'deleted later' }),
  );
  unwrap(await deleteNote(db, gone.id));
  unwrap(await writeSetting(db, 'uiLanguage', 'ar'));
}

export type Snapshot = Record<BackedUpTable, unknown[]>;

/** Every backed-up row, per table, in key order. */
export async function snapshot(db: HamishDb): Promise<Snapshot> {
  const result = {} as Snapshot;
  for (const table of BACKED_UP_TABLE_NAMES) {
    const key = BACKED_UP_TABLES[table].key;
    result[table] = await db.table(table).orderBy(key).toArray();
  }
  return result;
}

/**
 * dexie-export-import expects what browsers and workers have: `self`, and `FileReader` (it
 * reads blobs through one even when there are none). Node has neither; tests install these.
 */
export function installBrowserGlobalsForDexieExport(): void {
  const scope = globalThis as { self?: unknown; FileReader?: unknown };
  scope.self ??= globalThis;
  scope.FileReader ??= class {
    result: ArrayBuffer | string | null = null;
    onload: ((event: { target: unknown }) => void) | null = null;
    onerror: ((event: { target: { error: unknown } }) => void) | null = null;
    onabort: (() => void) | null = null;
    readAsArrayBuffer(blob: Blob): void {
      this.settle(blob.arrayBuffer());
    }
    readAsText(blob: Blob): void {
      this.settle(blob.text());
    }
    private settle(reading: Promise<ArrayBuffer | string>): void {
      reading.then(
        (result) => {
          this.result = result;
          this.onload?.({ target: this });
        },
        (error: unknown) => this.onerror?.({ target: { error } }),
      );
    }
  };
}
