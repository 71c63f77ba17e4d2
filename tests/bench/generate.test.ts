import { describe, expect, it } from 'vitest';
import { createTextGenerator, seededRandom } from './generate';

describe('benchmark text generator', () => {
  it('gives the same text for the same seed and different text for another', () => {
    const a = createTextGenerator(42).paragraphs(5_000).join('\n');
    const b = createTextGenerator(42).paragraphs(5_000).join('\n');
    const c = createTextGenerator(43).paragraphs(5_000).join('\n');
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('reaches the requested size and mixes Arabic, Latin and digits', () => {
    const text = createTextGenerator(7).paragraphs(200_000).join('\n\n');
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expect(text).toMatch(/\p{Script=Arabic}{3}/u);
    expect(text).toMatch(/[A-Z][a-z]+/);
    expect(text).toMatch(/[0-9٠-٩]/);
  });

  it('with a lexicon, repeats stems as real text repeats words', () => {
    const words = (options?: { lexicon: number }) =>
      createTextGenerator(3, options).paragraphs(50_000).join(' ').split(/\s+/u);
    const distinct = (list: string[]) => new Set(list).size / list.length;
    // Surface forms still vary by prefix and suffix; the stems underneath repeat.
    expect(distinct(words({ lexicon: 500 }))).toBeLessThan(distinct(words()) * 0.8);
    expect(createTextGenerator(3, { lexicon: 500 }).paragraph()).toBe(
      createTextGenerator(3, { lexicon: 500 }).paragraph(),
    );
  });

  it('draws values in [0, 1)', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 1000; i += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
