import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyFor, EXTRACTION_FRAME_POLICY } from '../common/csp';
import { contentTypeFor, createAppProtocolHandler, resolveAppRequest } from './appProtocol';

describe('resolveAppRequest', () => {
  const root = '/srv/renderer';

  it('maps paths under the root, and / to index.html', () => {
    expect(resolveAppRequest('app://hamish/', root)).toEqual({ kind: 'file', filePath: '/srv/renderer/index.html' });
    expect(resolveAppRequest('app://hamish/assets/a%20b.js?x=1#y', root)).toEqual({
      kind: 'file',
      filePath: '/srv/renderer/assets/a b.js',
    });
  });

  it('refuses other hosts, traversal and malformed paths', () => {
    expect(resolveAppRequest('app://other/index.html', root)).toEqual({ kind: 'refused', status: 404 });
    // The URL parser folds dot segments itself, so this one stays inside the root.
    expect(resolveAppRequest('app://hamish/%2e%2e/%2e%2e/etc/passwd', root)).toEqual({
      kind: 'file',
      filePath: '/srv/renderer/etc/passwd',
    });
    expect(resolveAppRequest('app://hamish/..%2f..%2fetc%2fpasswd', root)).toEqual({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('app://hamish/%E0%A4%A', root)).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('app://hamish/a%00b', root)).toEqual({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('::::', root)).toEqual({ kind: 'refused', status: 400 });
  });

  it('knows the content types the renderer uses', () => {
    expect(contentTypeFor('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler on real files', () => {
  let root: string;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hamish-protocol-'));
    root = path.join(dir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><p>هامش</p>');
    await writeFile(path.join(root, 'extraction.html'), '<!doctype html><title>frame</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'outside the root');
  });

  it('serves files with their type and the CSP', async () => {
    const handle = createAppProtocolHandler(root, (file) => readFile(file), contentSecurityPolicyFor);
    const page = await handle(new Request('app://hamish/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe('<!doctype html><p>هامش</p>');
    const script = await handle(new Request('app://hamish/assets/app.js'));
    expect(await script.text()).toBe('console.log(1)');
  });

  it('sends the extraction frame its own policy, and every other page the app’s', async () => {
    const handle = createAppProtocolHandler(root, (file) => readFile(file), contentSecurityPolicyFor);
    const frame = await handle(new Request('app://hamish/extraction.html'));
    expect(frame.status).toBe(200);
    expect(frame.headers.get('content-security-policy')).toBe(EXTRACTION_FRAME_POLICY);
    const elsewhere = await handle(new Request('app://hamish/assets/extraction.html'));
    expect(elsewhere.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for missing files and 403 outside the root, still with the CSP', async () => {
    const handle = createAppProtocolHandler(root, (file) => readFile(file), contentSecurityPolicyFor);
    const missing = await handle(new Request('app://hamish/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const encoded = await handle(new Request('app://hamish/..%2fsecret.txt'));
    expect(encoded.status).toBe(403);
    const dotted = await handle(new Request('app://hamish/%2e%2e/secret.txt'));
    expect(dotted.status).toBe(404);
    expect(await dotted.text()).not.toContain('outside the root');
  });
});
