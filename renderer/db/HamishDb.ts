// The Dexie database `hamish`: tables and versions from the schema history.

import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { DATABASE_NAME } from './databaseName';
import { SCHEMA_HISTORY } from './schema';
import type { ArticleRow, BodyRow, HighlightRow, ImageRow, NoteRow, SearchIndexRow, SettingRow } from './types';

export { DATABASE_NAME };

export class HamishDb extends Dexie {
  articles!: EntityTable<ArticleRow, 'id'>;
  bodies!: EntityTable<BodyRow, 'articleId'>;
  highlights!: EntityTable<HighlightRow, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  searchIndex!: EntityTable<SearchIndexRow, 'key'>;
  images!: EntityTable<ImageRow, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const step of SCHEMA_HISTORY) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade !== undefined) version.upgrade(step.upgrade);
    }
  }
}
