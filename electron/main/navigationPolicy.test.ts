import { describe, expect, it } from 'vitest';
import { isOwnPage, pageOrigins } from './navigationPolicy';

const origins = pageOrigins('app://hamish', undefined);

describe('isOwnPage', () => {
  it("allows the app's own page, as a reload requests it (any query or hash)", () => {
    expect(isOwnPage('app://hamish/index.html', origins)).toBe(true);
    expect(isOwnPage('app://hamish/index.html?lang=ar#/read/abc?at=1-5', origins)).toBe(true);
  });

  it('refuses other pages, other origins, other files and credentials', () => {
    for (const address of [
      'https://example.org/',
      'https://hamish/index.html',
      'app://other/index.html',
      'app://hamish/',
      'app://hamish/assets/index-abc.js',
      'app://hamish/index.html/../secret',
      'file:///index.html',
      'javascript:location.reload()',
      'app://user:pw@hamish/index.html',
      'not a url',
    ])
      expect(isOwnPage(address, origins), address).toBe(false);
  });

  it('allows the dev server page only when one is running', () => {
    const dev = pageOrigins('app://hamish', 'http://localhost:5173/');
    expect(isOwnPage('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isOwnPage('http://localhost:5173/index.html', origins)).toBe(false);
    expect(isOwnPage('http://localhost:5174/index.html', dev)).toBe(false);
  });
});
