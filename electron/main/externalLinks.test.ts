import { describe, expect, it } from 'vitest';
import { parseExternalUrl } from './externalLinks';

describe('parseExternalUrl', () => {
  it('lets http and https addresses through', () => {
    expect(parseExternalUrl('https://example.org/a?b=c')?.href).toBe('https://example.org/a?b=c');
    expect(parseExternalUrl('http://ar.wikipedia.org/wiki/هامش')?.hostname).toBe('ar.wikipedia.org');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://hamish/index.html',
    'data:text/html,x',
    'https://user:pw@example.org/',
    'not a url',
    'mailto:a@b.c',
    'smb://host/share',
  ])('refuses %s', (candidate) => {
    expect(parseExternalUrl(candidate)).toBeNull();
  });
});
