import { describe, expect, it } from 'vitest';
import { addTags, isValidTag, MAX_TAG_LENGTH, MAX_TAGS, readTagEntry } from './tags';

describe('readTagEntry', () => {
  it('splits on Latin and Arabic commas and semicolons, tidies spaces and drops repeats', () => {
    expect(readTagEntry(' سفر، مدن ,Travel; travel ؛  ')).toEqual({ ok: true, tags: ['سفر', 'مدن', 'Travel'] });
    expect(readTagEntry('تاريخ   قديم')).toEqual({ ok: true, tags: ['تاريخ قديم'] });
  });

  it('refuses an entry with no tag in it: empty, only spaces, only separators', () => {
    for (const input of ['', '   ', '\t \u00a0', ' ,، ;']) {
      expect(readTagEntry(input), JSON.stringify(input)).toEqual({ ok: false, problem: { kind: 'empty' } });
    }
  });

  it('refuses the whole entry when one tag is over 50 characters, instead of cutting it', () => {
    const long = 'م'.repeat(MAX_TAG_LENGTH + 1);
    expect(readTagEntry(`سفر, ${long}`)).toEqual({ ok: false, problem: { kind: 'too-long', tag: long } });
    expect(readTagEntry('x'.repeat(MAX_TAG_LENGTH))).toEqual({ ok: true, tags: ['x'.repeat(MAX_TAG_LENGTH)] });
    // Counted in characters, not UTF-16 units: 50 emoji are 100 units and still one allowed tag.
    expect(readTagEntry('🙂'.repeat(MAX_TAG_LENGTH)).ok).toBe(true);
  });
});

describe('addTags', () => {
  it('adds without repeats, whatever the case', () => {
    expect(addTags(['سفر'], ['سفر', 'مدن', 'MDN', 'mdn'])).toEqual({ ok: true, tags: ['سفر', 'مدن', 'MDN'] });
  });

  it('refuses to go past the most tags one item may carry', () => {
    const full = Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`);
    expect(addTags(full, ['one more'])).toEqual({ ok: false, problem: { kind: 'too-many' } });
    expect(addTags(full, ['t3'])).toEqual({ ok: true, tags: full });
  });
});

describe('isValidTag', () => {
  it('accepts what readTagEntry writes and nothing else', () => {
    expect(isValidTag('تاريخ قديم')).toBe(true);
    for (const tag of ['', ' ', ' a', 'a  b', 'a,b', 'أ؛ب', 'x'.repeat(51)]) expect(isValidTag(tag), tag).toBe(false);
  });
});
