import { describe, expect, it } from 'vitest';
import { publishedDate } from './publishedDate';

describe('publishedDate', () => {
  it('formats an instant and a bare day in the UI language', () => {
    expect(publishedDate('2026-01-15', 'en')).toEqual({
      dateTime: '2026-01-15T00:00:00.000Z',
      text: 'January 15, 2026',
    });
    const arabic = publishedDate('2026-01-15', 'ar');
    expect(arabic?.text).toContain('يناير');
    expect(publishedDate('2026-01-15T12:00:00Z', 'en')?.dateTime).toBe('2026-01-15T12:00:00.000Z');
  });

  it('shows nothing for what is not a date, and never throws', () => {
    expect(publishedDate(null, 'en')).toBeNull();
    expect(publishedDate('', 'en')).toBeNull();
    expect(publishedDate('last Tuesday', 'en')).toBeNull();
    expect(publishedDate('2026-13-45', 'en')).toBeNull();
    expect(publishedDate('9999999-01-01', 'en')).toBeNull();
  });
});
