import { describe, expect, it } from 'vitest';
import { documentDirection, estimateDirection, firstStrongDirection } from './direction';

describe('estimateDirection: by words, not by the first letter', () => {
  it.each([
    ['an Arabic sentence', 'يقرأ الناس المقالات الطويلة', 'rtl'],
    ['an English sentence', 'Readers want a quiet page', 'ltr'],
    ['an Arabic sentence that starts with a Latin name', 'Python هي لغة برمجة', 'rtl'],
    ['an English sentence that starts with an Arabic name', 'القاهرة is the largest city in the region', 'ltr'],
    [
      'Arabic with many Latin names still counts as Arabic above 40%',
      'قال Tim Cook إن Apple ستطلق macOS الجديد',
      'rtl',
    ],
    ['Arabic-Indic digits carry no direction', '١٢٣ ٤٥٦ word', 'ltr'],
  ])('%s', (_name, text, expected) => {
    expect(estimateDirection(text)).toBe(expected);
  });

  it('says nothing for text without letters', () => {
    expect(estimateDirection('123 — 456 (!)')).toBeNull();
    expect(estimateDirection('')).toBeNull();
  });

  it('counts a word once, by its first letter', () => {
    // Two words: "xسلام" (Latin first) and "سلام" — one each way, 50% is right-to-left.
    expect(estimateDirection('xسلام سلام')).toBe('rtl');
    expect(estimateDirection('xسلام yسلام سلام')).toBe('ltr');
  });
});

describe('firstStrongDirection and documentDirection (unchanged behaviour)', () => {
  it('takes the first strong character', () => {
    expect(firstStrongDirection('Python هي لغة')).toBe('ltr');
    expect(firstStrongDirection('«مرحبًا»')).toBe('rtl');
  });

  it('prefers the language tag', () => {
    expect(documentDirection('ar', 'English text')).toBe('rtl');
    expect(documentDirection(null, 'نص عربي')).toBe('rtl');
  });
});
describe('firstStrongDirection', () => {
  it.each([
    ['مرحبا Hamish', 'rtl'],
    ['Hamish مرحبا', 'ltr'],
    ['2026 (١٤٤٧) «مرحبا»', 'rtl'],
    ['שלום', 'rtl'],
    ['ܫܠܡܐ', 'rtl'],
    ['... 123 !', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(firstStrongDirection(text)).toBe(expected);
  });
});

describe('documentDirection', () => {
  it('trusts a language tag over the text', () => {
    expect(documentDirection('fa-IR', 'Hello')).toBe('rtl');
    expect(documentDirection('en', 'مرحبا')).toBe('ltr');
    expect(documentDirection(null, 'مرحبا')).toBe('rtl');
    expect(documentDirection('', '123')).toBe('ltr');
  });
});
