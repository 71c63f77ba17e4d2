// @vitest-environment jsdom
// A group's heading says "about" of its total only when that group was sampled and cut at the
// limit (docs/search.md, UI): notes and highlights are sampled too for a very common word, so
// each group's heading follows its own flag, in both catalogs.

import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../i18n/catalogs/ar';
import { en } from '../../i18n/catalogs/en';
import type { SearchResult } from '../types';
import { SearchResultGroup } from './SearchResultGroup';
import { mountTestRoot } from '../../../tests/support/reactRoot';

vi.mock('react-i18next', () => ({
  useTranslation: () => ({
    t: (key: string, options?: { shown: number; total: number }) =>
      options === undefined ? key : `${key}:${options.shown}/${options.total}`,
    i18n: { language: 'en' },
  }),
}));

const testRoot = mountTestRoot();

function note(id: string): SearchResult {
  return {
    kind: 'note',
    id,
    articleId: 'a1',
    articleTitle: 'مقالة',
    articleLang: 'ar',
    titleMarks: [],
    snippet: { text: 'ملاحظة', marks: [], cutStart: false, cutEnd: false },
    at: null,
    color: null,
    matchCount: 1,
  };
}

function heading(results: SearchResult[], total: number, approximate: boolean): string {
  act(() =>
    testRoot.root.render(
      <SearchResultGroup name="Notes" results={results} total={total} approximate={approximate} onChoose={() => {}} />,
    ),
  );
  return testRoot.container.querySelector('.search-group-count')!.textContent!;
}

describe('SearchResultGroup', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => note(`n${i}`));

  it('says "about" of a sampled group cut at the limit, and not otherwise', () => {
    expect(heading(twenty, 6_100, true)).toBe('search.groupCountApproximate:20/6100');
    expect(heading(twenty, 6_100, false)).toBe('search.groupCount:20/6100');
    // A sampled group that lists all it found counts what it lists.
    expect(heading(twenty.slice(0, 1), 1, true)).toBe('search.groupCount:1/1');
  });

  it('has the estimate in both catalogs', () => {
    expect(en.search.groupCountApproximate).toContain('about');
    expect(ar.search.groupCountApproximate).toContain('نحو');
  });
});
