import { describe, expect, it } from 'vitest';
import { documentDirection, firstStrongDirection } from './direction';

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
