import { describe, expect, it } from 'vitest';
import type { HighlightRow } from '../db/types';
import { placeHighlights } from './placeHighlights';
import { describeRange } from './quoteSelector';
import { trimRange } from '../document/selection';

const text = 'قال المتحدث إن Reuters نشرت 3 تقارير عن المخابرات.\n\nالفقرة الثانية مع كلمة Electron في وسطها.';

function row(id: string, quote: string, contentHash: string): HighlightRow {
  const at = text.indexOf(quote);
  return {
    id,
    articleId: 'a',
    ...describeRange(text, at, at + quote.length),
    color: 'yellow',
    contentHash,
    extractionVersion: 1,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
  };
}

describe('placeHighlights', () => {
  it('keeps stored positions on the same text and sorts in reading order', () => {
    const result = placeHighlights([row('b', 'Electron', 'h1'), row('a', 'Reuters', 'h1')], text, 'h1');
    expect(result.placed.map((place) => place.row.id)).toEqual(['a', 'b']);
    expect(result.moved).toEqual([]);
    expect(result.orphans).toEqual([]);
  });

  it('re-anchors highlights made on an earlier text and reports what moved and what is orphaned', () => {
    const edited = `مقدمة جديدة.\n\n${text.replace('الفقرة الثانية مع كلمة Electron في وسطها.', 'فقرة أخرى كُتبت من جديد بالكامل.')}`;
    const rows = [row('a', 'Reuters نشرت 3 تقارير', 'old'), row('gone', 'كلمة Electron في وسطها', 'old')];
    const result = placeHighlights(rows, edited, 'new');
    expect(result.placed.map((place) => edited.slice(place.start, place.end))).toEqual(['Reuters نشرت 3 تقارير']);
    expect(result.moved.map((place) => place.row.id)).toEqual(['a']);
    expect(result.orphans.map((orphan) => orphan.id)).toEqual(['gone']);
  });
});

describe('trimRange', () => {
  it('drops white space and separators at both ends', () => {
    expect(trimRange(text, { start: 0, end: text.indexOf('الفقرة') })).toEqual({ start: 0, end: text.indexOf('\n\n') });
    expect(trimRange('   ', { start: 0, end: 3 })).toBeNull();
  });
});
