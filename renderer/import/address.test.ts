import { describe, expect, it } from 'vitest';
import { hasTypedScheme, normalizeWebAddress } from './address';

describe('an address typed without a scheme', () => {
  it('is taken as https, unless it names the site the app is served from', () => {
    expect(normalizeWebAddress('127.0.0.1:8765/page')).toEqual({ ok: true, value: 'https://127.0.0.1:8765/page' });
    expect(normalizeWebAddress('127.0.0.1:8765/page', 'http://127.0.0.1:8765')).toEqual({
      ok: true,
      value: 'http://127.0.0.1:8765/page',
    });
    expect(normalizeWebAddress('example.org/a', 'http://example.org')).toEqual({
      ok: true,
      value: 'http://example.org/a',
    });
    // Another port, another host, or the desktop app's own origin: https, as before.
    expect(normalizeWebAddress('127.0.0.1:9999/page', 'http://127.0.0.1:8765')).toMatchObject({
      value: 'https://127.0.0.1:9999/page',
    });
    expect(normalizeWebAddress('example.org/a', 'app://hamish')).toMatchObject({ value: 'https://example.org/a' });
    // A scheme the user typed is never changed.
    expect(normalizeWebAddress('https://127.0.0.1:8765/page', 'http://127.0.0.1:8765')).toMatchObject({
      value: 'https://127.0.0.1:8765/page',
    });
  });

  it('tells a host and port from a scheme', () => {
    expect(hasTypedScheme('127.0.0.1:8765/page')).toBe(false);
    expect(hasTypedScheme('localhost:3000')).toBe(false);
    expect(hasTypedScheme('example.org')).toBe(false);
    expect(hasTypedScheme(' http://example.org')).toBe(true);
    expect(hasTypedScheme('mailto:someone@example.org')).toBe(true);
  });
});
