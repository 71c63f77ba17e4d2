// Page object for search: the box in the top bar, its result groups and filters, reached by
// their accessible names (English UI unless a test passes the Arabic names).

import type { Locator, Page } from '@playwright/test';

export interface SearchNames {
  box: string;
  notes: string;
  highlights: string;
  articles: string;
  type: string;
  color: string;
  tag: string;
  article: string;
  /** The index's build progress (the reader has a progress bar of its own, "Reading progress"). */
  building: string;
}

export const ENGLISH_NAMES: SearchNames = {
  box: 'Search',
  notes: 'Notes',
  highlights: 'Highlights',
  articles: 'Articles',
  type: 'Type',
  color: 'Colour',
  tag: 'Tag',
  article: 'Article',
  building: 'Building the search index',
};

export const ARABIC_NAMES: SearchNames = {
  box: 'بحث',
  notes: 'الملاحظات',
  highlights: 'التظليلات',
  articles: 'المقالات',
  type: 'النوع',
  color: 'اللون',
  tag: 'الوسم',
  article: 'المقالة',
  building: 'جارٍ بناء فهرس البحث',
};

export class SearchPanel {
  constructor(
    readonly page: Page,
    readonly names: SearchNames = ENGLISH_NAMES,
  ) {}

  get box(): Locator {
    return this.page.getByRole('searchbox', { name: this.names.box, exact: true });
  }

  get notes(): Locator {
    return this.page.getByRole('list', { name: this.names.notes, exact: true });
  }

  get highlights(): Locator {
    return this.page.getByRole('list', { name: this.names.highlights, exact: true });
  }

  get articles(): Locator {
    return this.page.getByRole('list', { name: this.names.articles, exact: true });
  }

  filter(name: 'type' | 'color' | 'tag' | 'article'): Locator {
    return this.page.getByRole('combobox', { name: this.names[name], exact: true });
  }

  get progress(): Locator {
    return this.page.getByRole('progressbar', { name: this.names.building });
  }

  async search(query: string): Promise<void> {
    await this.box.fill(query);
  }

  /** The canonical-text ranges painted as the search hit, as text. */
  async paintedHit(): Promise<string[] | null> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('hamish-search-hit');
      return highlight === undefined ? null : [...highlight].map((range) => range.toString());
    });
  }
}
