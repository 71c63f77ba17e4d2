// Page object for the Notes view (every highlight and note across the library), as a user
// reaches it: by accessible names, in the English or the Arabic UI. Items are found by the text
// they show (a quote, a note, an article's title); what they store is read through the harness.

import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { HighlightRow, NoteRow } from '../../../renderer/db/types';
import { readHighlights, readNotes } from '../support/highlightRows';

/** The view's accessible names in one UI language; a quote or tag is filled in where it is named. */
interface Names {
  list: string;
  tags: string;
  save: string;
  order: string;
  editNote: (quote: string) => string;
  addNote: (quote: string) => string;
  noteBox: (quote: string) => string;
  removeTag: (tag: string, quote: string) => string;
}

const NAMES: Record<'en' | 'ar', Names> = {
  en: {
    list: 'Highlights and notes',
    tags: 'Tags',
    save: 'Save',
    order: 'Order',
    editNote: (quote) => `Edit note on “${quote}”`,
    addNote: (quote) => `Add a note to “${quote}”`,
    noteBox: (quote) => `Note on “${quote}”`,
    removeTag: (tag, quote) => `Remove tag ${tag} from “${quote}”`,
  },
  ar: {
    list: 'التظليلات والملاحظات',
    tags: 'الوسوم',
    save: 'احفظ',
    order: 'الترتيب',
    editNote: (quote) => `حرّر الملاحظة على «${quote}»`,
    addNote: (quote) => `أضف ملاحظة إلى «${quote}»`,
    noteBox: (quote) => `ملاحظة على «${quote}»`,
    removeTag: (tag, quote) => `أزل الوسم ${tag} عن «${quote}»`,
  },
};

export class NotesView {
  private readonly names: Names;

  constructor(
    readonly page: Page,
    lang: 'en' | 'ar' = 'en',
  ) {
    this.names = NAMES[lang];
  }

  /** The whole list, in date order. */
  get list(): Locator {
    return this.page.getByRole('list', { name: this.names.list });
  }

  get items(): Locator {
    return this.list.getByRole('listitem');
  }

  /** The item showing `text` (its quote, its note or its article's title). */
  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }

  /** In the order by article: the list under one article's header. */
  group(title: string): Locator {
    return this.page.getByRole('list', { name: title });
  }

  /** A filter of the bar by its label (English: 'Show colour', 'Article', 'Order', 'Tag'). */
  filter(label: string): Locator {
    return this.page.getByRole('combobox', { name: label });
  }

  get order(): Locator {
    return this.filter(this.names.order);
  }

  editNoteButton(item: Locator, quote: string): Locator {
    return item.getByRole('button', { name: this.names.editNote(quote) });
  }

  addNoteButton(item: Locator, quote: string): Locator {
    return item.getByRole('button', { name: this.names.addNote(quote) });
  }

  noteBox(item: Locator, quote: string): Locator {
    return item.getByRole('textbox', { name: this.names.noteBox(quote) });
  }

  saveButton(item: Locator): Locator {
    return item.getByRole('button', { name: this.names.save });
  }

  /** The note as the item shows it when it is not being edited. */
  shownNote(item: Locator): Locator {
    return item.locator('.notes-item-note');
  }

  tagsBox(item: Locator): Locator {
    return item.getByRole('textbox', { name: this.names.tags, exact: true });
  }

  /** The item's tag chips (each reads as its tag and its × button). */
  tagChips(item: Locator): Locator {
    return item.locator('.tag');
  }

  removeTagButton(item: Locator, tag: string, quote: string): Locator {
    return item.getByRole('button', { name: this.names.removeTag(tag, quote) });
  }

  /** Clicks "Export Markdown" and returns the file the browser downloaded. */
  async exportMarkdown(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    return readFile((await download.path())!, 'utf8');
  }

  /** The highlights as stored (deleted ones too). */
  stored(): Promise<HighlightRow[]> {
    return readHighlights(this.page);
  }

  /** The notes as stored (deleted ones too). */
  storedNotes(): Promise<NoteRow[]> {
    return readNotes(this.page);
  }
}
