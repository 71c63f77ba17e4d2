import { describe, expect, it } from 'vitest';
import { blockDirection } from './blockDirection';

describe('blockDirection', () => {
  it('keeps a direction the source gave', () => {
    expect(blockDirection({ text: 'English', dir: 'rtl' })).toBe('rtl');
    expect(blockDirection({ text: 'عربي', dir: 'ltr' })).toBe('ltr');
  });

  it('is auto where the first strong character already gets it right', () => {
    expect(blockDirection({ text: 'نص عربي فيه Latin', dir: 'auto' })).toBe('auto');
    expect(blockDirection({ text: 'English with عربي inside' })).toBe('auto');
    expect(blockDirection({ text: '2024' })).toBe('auto');
  });

  it('overrides first-strong when the words disagree with it', () => {
    expect(blockDirection({ text: 'Python هي لغة برمجة', dir: 'auto' })).toBe('rtl');
    expect(blockDirection({ text: 'القاهرة is the largest city in the region' })).toBe('ltr');
  });
});
