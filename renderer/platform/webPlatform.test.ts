import { describe, expect, it, vi } from 'vitest';
import { createWebPlatform } from './webPlatform';

function fakeWindow() {
  const open = vi.fn();
  return { win: { open, navigator: { languages: ['ar-EG', 'en'], language: 'ar-EG' } } as unknown as Window, open };
}

describe('web platform', () => {
  it('opens http(s) addresses in a new, unlinked tab', async () => {
    const { win, open } = fakeWindow();
    await expect(createWebPlatform(win).openExternal('https://example.org/x')).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(open).toHaveBeenCalledWith('https://example.org/x', '_blank', 'noopener,noreferrer');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'nonsense'])('refuses %s', async (url) => {
    const { win, open } = fakeWindow();
    await expect(createWebPlatform(win).openExternal(url)).resolves.toEqual({ ok: false, error: 'not-http-url' });
    expect(open).not.toHaveBeenCalled();
  });

  it('reports the browser languages', async () => {
    const { win } = fakeWindow();
    await expect(createWebPlatform(win).systemLocales()).resolves.toEqual(['ar-EG', 'en']);
  });
});
