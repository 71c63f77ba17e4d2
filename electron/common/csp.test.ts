import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicyFor,
  developmentContentSecurityPolicy,
  EXTRACTION_FRAME_PATH,
  EXTRACTION_FRAME_POLICY,
} from './csp';

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

  it('allows workers and frames only from our own files (the extraction frame), and no media at all', () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('media-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'self'"]);
  });

  it('gives the extraction frame a policy of its own that loads nothing but its script', () => {
    const frame = directives(EXTRACTION_FRAME_POLICY);
    expect(frame.get('default-src')).toEqual(["'none'"]);
    expect(frame.get('script-src')).toEqual(["'self'"]);
    // Only attributes and inline styles, which imported pages carry and inert documents ignore.
    expect(frame.get('script-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(frame.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(EXTRACTION_FRAME_POLICY).not.toMatch(/unsafe-eval|https?:|\*|data:|blob:/);
    expect(contentSecurityPolicyFor(EXTRACTION_FRAME_PATH)).toBe(EXTRACTION_FRAME_POLICY);
    expect(contentSecurityPolicyFor('/index.html')).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor('/assets/extraction.html')).toBe(CONTENT_SECURITY_POLICY);
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
