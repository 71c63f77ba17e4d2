import { describe, expect, it } from 'vitest';
import { goesThroughProxy } from './proxyResolution';

describe('goesThroughProxy', () => {
  it('reads the first choice of a PAC-style answer', () => {
    expect(goesThroughProxy('DIRECT')).toBe(false);
    expect(goesThroughProxy(' direct ')).toBe(false);
    expect(goesThroughProxy('')).toBe(false);
    expect(goesThroughProxy('PROXY proxy.corp:8080; DIRECT')).toBe(true);
    expect(goesThroughProxy('HTTPS gw.corp:443')).toBe(true);
    expect(goesThroughProxy('SOCKS5 10.0.0.1:1080')).toBe(true);
    expect(goesThroughProxy('DIRECT; PROXY proxy.corp:8080')).toBe(false);
  });
});
