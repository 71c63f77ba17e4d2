import { describe, expect, it } from 'vitest';
import { openableAddress } from './LinkDialog';

describe('openableAddress', () => {
  it('normalizes web addresses, showing a look-alike host as punycode', () => {
    expect(openableAddress('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(openableAddress('http://аpple.com/')).toBe('http://xn--pple-43d.com/');
  });

  it.each([
    'javascript:alert(1)',
    'mailto:a@example.com',
    'file:///etc/passwd',
    'https://user:pw@example.com/',
    '#section',
    'not a url',
  ])('refuses %s', (href) => {
    expect(openableAddress(href)).toBeNull();
  });
});
