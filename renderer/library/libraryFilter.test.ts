import { describe, expect, it } from 'vitest';
import { articleRow } from '../../tests/support/search/rows';
import { siteOf } from './articleFacts';
import { filterTextOf, filterWords, matchesWords } from './libraryFilter';
import { selectArticles } from './libraryQuery';

const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

describe('siteOf', () => {
  it('takes the site name, else the host without www., else nothing', () => {
    expect(siteOf({ siteName: 'الجزيرة', sourceUrl: 'https://www.aljazeera.net/x' })).toBe('الجزيرة');
    expect(siteOf({ siteName: null, sourceUrl: 'https://www.aljazeera.net/x' })).toBe('aljazeera.net');
    expect(siteOf({ siteName: '  ', sourceUrl: 'http://127.0.0.1:8765/page' })).toBe('127.0.0.1');
    expect(siteOf({ siteName: null, sourceUrl: null })).toBeNull();
    expect(siteOf({ siteName: null, sourceUrl: 'not an address' })).toBeNull();
  });
});

describe('the library filter', () => {
  const rows = [
    articleRow('title', 'أحمد شوقي وأمير الشعراء'),
    articleRow('site', 'Untitled', { siteName: null, sourceUrl: 'https://www.example.org/a', lang: 'en' }),
    articleRow('tag', 'بلا وسم في العنوان', { tags: ['مكتبة عامة'] }),
    articleRow('excerpt', 'Another', { excerpt: 'The QUICK brown fox', lang: 'en' }),
    articleRow('diacritics', 'العَرَبِيَّةُ الفُصْحَى'),
  ];
  const ids = (text: string) =>
    selectArticles(rows, { sort: 'title', filter: 'all', tag: null, text }, collator).map((row) => row.id);

  it('matches title, site, tag and excerpt, with the same Arabic folding as search', () => {
    expect(ids('احمد')).toEqual(['title']); // أ → ا
    expect(ids('example')).toEqual(['site']);
    expect(ids('مكتبه')).toEqual(['tag']); // ة → ه
    expect(ids('quick FOX')).toEqual(['excerpt']);
    expect(ids('العربيه الفصحي')).toEqual(['diacritics']); // marks vanish, ى → ي
  });

  it('needs every word, anywhere; spaces alone filter nothing out', () => {
    expect(ids('شوقي الشعراء')).toEqual(['title']);
    expect(ids('شوقي fox')).toEqual([]);
    expect(ids('   ')).toHaveLength(rows.length);
    expect(filterWords('  أ  ب ')).toEqual(['ا', 'ب']);
  });

  it('refolds an article once it changes, not before', () => {
    const before = articleRow('changing', 'قديم', { updatedAt: 1 });
    expect(matchesWords(before, ['قديم'])).toBe(true);
    const after = { ...before, title: 'جديد', updatedAt: 2 };
    expect(matchesWords(after, ['قديم'])).toBe(false);
    expect(filterTextOf(after)).toContain('جديد');
  });
});
