import { describe, expect, it } from 'vitest';
import { words } from './tokenize';

// The splitter sees normalized text (lower case, no harakat): the analyzer tests cover the whole pipeline.
const texts = (text: string) => words(text).map((word) => word.text);

describe('word splitting', () => {
  it('splits at spaces and punctuation, Arabic and Latin', () => {
    expect(texts('قال، ثم مضي؛ (اخيرا) «هنا» - done! ok?')).toEqual(['قال', 'ثم', 'مضي', 'اخيرا', 'هنا', 'done', 'ok']);
  });

  it('splits where Arabic letters meet Latin letters or digits', () => {
    expect(texts('بالpython وعام2024 مpdf')).toEqual(['بال', 'python', 'وعام', '2024', 'م', 'pdf']);
    expect(words('عام2024').map((word) => word.script)).toEqual(['arabic', 'other']);
  });

  it('keeps Latin letters and digits together', () => {
    expect(texts('mp3 covid-19 3.5')).toEqual(['mp3', 'covid', '19', '3', '5']);
  });

  it('gives normalized-text ranges', () => {
    expect(words('ab  جد').map(({ start, end }) => [start, end])).toEqual([
      [0, 2],
      [4, 6],
    ]);
  });

  it('keeps Quranic annotation marks inside the word but out of its term', () => {
    const [word] = words('رحيم\u06da ');
    expect(word).toMatchObject({ text: 'رحيم', start: 0, end: 5 });
  });

  it('treats astral letters as letters and emoji as separators', () => {
    expect(texts('a😀b 𝒳y')).toEqual(['a', 'b', '𝒳y']);
  });

  it('finds nothing in an empty or punctuation-only text', () => {
    expect(texts('')).toEqual([]);
    expect(texts(' ،.؟! ')).toEqual([]);
  });
});
