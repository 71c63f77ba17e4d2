import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, developmentContentSecurityPolicy } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows only our own origin by default, and images from self, data: and blob:', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('allows no remote connections, scripts or inline code', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('allows workers only from our own files, and no media at all', () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('media-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
  });

  it('names no source twice and nothing but the sources the app uses', () => {
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:']);
    for (const [name, sources] of policy) {
      expect(new Set(sources).size, name).toBe(sources.length);
      for (const source of sources) expect(allowed, `${name} ${source}`).toContain(source);
    }
    // blob: and data: only where images need them.
    expect([...policy].filter(([, sources]) => sources.includes('blob:')).map(([name]) => name)).toEqual(['img-src']);
  });

  it('loosens only for the named dev server in development', () => {
    const dev = directives(developmentContentSecurityPolicy('http://localhost:5173'));
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(dev.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
});
