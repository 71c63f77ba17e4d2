// The page fetcher against a real HTTP server on 127.0.0.1: limits, redirects, schemes,
// refused connections, timeouts and cancellation.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebFetcher, fetchWithLimits, type FetchLike } from './fetchPage';

type Route = (request: IncomingMessage, response: ServerResponse) => void;

const routes = new Map<string, Route>();
let server: Server;
let origin = '';
const hits: string[] = [];

const nodeFetch: FetchLike = (url, init) => fetch(url, init);

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const route = routes.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (route === undefined) response.writeHead(404).end('missing');
    else route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  routes.set('/page', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<p>مرحبا</p>'),
  );
  routes.set('/plain', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('hello'));
  routes.set('/zip', (_req, res) => res.writeHead(200, { 'Content-Type': 'application/zip' }).end('PK\x03\x04'));
  routes.set('/image', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  );
  routes.set('/big-declared', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': '2000' }).end('x'.repeat(2000)),
  );
  routes.set('/big-streamed', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed || sent > 100_000) {
        clearInterval(timer);
        res.end();
        return;
      }
      res.write('y'.repeat(500));
      sent += 500;
    }, 1);
  });
  routes.set('/status-500', (_req, res) => res.writeHead(500).end('boom'));
  routes.set('/hang', () => {
    // Never answers.
  });
  routes.set('/slow-body', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.write('<p>start');
  });
  for (let i = 0; i <= 10; i += 1) {
    routes.set(`/redirect/${i}`, (_req, res) =>
      res.writeHead(302, { Location: i === 0 ? '/page' : `/redirect/${i - 1}` }).end(),
    );
  }
  routes.set('/redirect-to-file', (_req, res) => res.writeHead(301, { Location: 'file:///etc/passwd' }).end());
  routes.set('/redirect-to-js', (_req, res) => res.writeHead(307, { Location: 'javascript:alert(1)' }).end());
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const pageOptions = {
  maxBytes: 1000,
  maxRedirects: 5,
  timeoutMs: 2000,
  accept: (type: string) => type.startsWith('text/'),
  headers: {},
};

describe('fetchWithLimits', () => {
  it('returns the bytes, content type and final address of a page', async () => {
    const result = await fetchWithLimits(nodeFetch, `${origin}/page`, pageOptions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.url).toBe(`${origin}/page`);
    expect(result.value.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(result.value.bytes)).toBe('<p>مرحبا</p>');
  });

  it('follows up to five redirects and reports where it ended', async () => {
    // /redirect/n answers with n + 1 redirects.
    const result = await fetchWithLimits(nodeFetch, `${origin}/redirect/4`, pageOptions);
    expect(result.ok && result.value.url).toBe(`${origin}/page`);
  });

  it('refuses a sixth redirect', async () => {
    const result = await fetchWithLimits(nodeFetch, `${origin}/redirect/5`, pageOptions);
    expect(result).toMatchObject({ ok: false, error: 'too-many-redirects' });
  });

  it('refuses redirects to file: and javascript: addresses without following them', async () => {
    expect(await fetchWithLimits(nodeFetch, `${origin}/redirect-to-file`, pageOptions)).toMatchObject({
      ok: false,
      error: 'bad-scheme',
    });
    expect(await fetchWithLimits(nodeFetch, `${origin}/redirect-to-js`, pageOptions)).toMatchObject({
      ok: false,
      error: 'bad-scheme',
    });
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>x</p>', 'ftp://127.0.0.1/x'])(
    'refuses %s before any request',
    async (url) => {
      const before = hits.length;
      expect(await fetchWithLimits(nodeFetch, url, pageOptions)).toMatchObject({ ok: false, error: 'bad-scheme' });
      expect(hits.length).toBe(before);
    },
  );

  it('refuses what is not an address', async () => {
    expect(await fetchWithLimits(nodeFetch, 'not a url', pageOptions)).toMatchObject({ ok: false, error: 'bad-url' });
  });

  it('reports a refused connection (a closed port) as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await fetchWithLimits(nodeFetch, `http://127.0.0.1:${port}/`, pageOptions)).toMatchObject({
      ok: false,
      error: 'unreachable',
    });
  });

  it('refuses a page whose declared length is over the cap without reading it', async () => {
    expect(await fetchWithLimits(nodeFetch, `${origin}/big-declared`, pageOptions)).toMatchObject({
      ok: false,
      error: 'too-large',
    });
  });

  it('stops reading a streamed body as soon as it passes the cap', async () => {
    expect(await fetchWithLimits(nodeFetch, `${origin}/big-streamed`, pageOptions)).toMatchObject({
      ok: false,
      error: 'too-large',
    });
  });

  it('refuses content that is not a page', async () => {
    expect(await fetchWithLimits(nodeFetch, `${origin}/zip`, pageOptions)).toMatchObject({
      ok: false,
      error: 'unsupported-type',
      detail: 'application/zip',
    });
  });

  it('reports HTTP errors with their status', async () => {
    expect(await fetchWithLimits(nodeFetch, `${origin}/status-500`, pageOptions)).toMatchObject({
      ok: false,
      error: 'http-error',
      detail: '500',
    });
    expect(await fetchWithLimits(nodeFetch, `${origin}/nowhere`, pageOptions)).toMatchObject({
      ok: false,
      error: 'http-error',
      detail: '404',
    });
  });

  it('gives up at the deadline, whether the server is silent or slow to finish', async () => {
    const options = { ...pageOptions, timeoutMs: 300 };
    expect(await fetchWithLimits(nodeFetch, `${origin}/hang`, options)).toMatchObject({ ok: false, error: 'timeout' });
    expect(await fetchWithLimits(nodeFetch, `${origin}/slow-body`, options)).toMatchObject({
      ok: false,
      error: 'timeout',
    });
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const pending = fetchWithLimits(nodeFetch, `${origin}/hang`, { ...pageOptions, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ ok: false, error: 'cancelled' });
  });
});

describe('createWebFetcher', () => {
  it('fetches a page and refuses non-page content types', async () => {
    const web = createWebFetcher({ fetch: nodeFetch });
    expect((await web.fetchPage('job-1', `${origin}/plain`)).ok).toBe(true);
    expect(await web.fetchPage('job-1', `${origin}/image`)).toMatchObject({ ok: false, error: 'unsupported-type' });
    web.endJob('job-1');
  });

  it('caps the number of images of one job', async () => {
    const web = createWebFetcher({ fetch: nodeFetch, limits: { maxImages: 3 } });
    for (let i = 0; i < 3; i += 1) expect((await web.fetchImage('job-2', `${origin}/image`)).ok).toBe(true);
    expect(await web.fetchImage('job-2', `${origin}/image`)).toMatchObject({ ok: false, error: 'too-many-images' });
    // Another job has its own allowance.
    expect((await web.fetchImage('job-3', `${origin}/image`)).ok).toBe(true);
  });

  it('refuses an image over its size cap and an image that is a page', async () => {
    const web = createWebFetcher({ fetch: nodeFetch, limits: { maxImageBytes: 2 } });
    expect(await web.fetchImage('job-4', `${origin}/image`)).toMatchObject({ ok: false, error: 'too-large' });
    expect(await web.fetchImage('job-4', `${origin}/page`)).toMatchObject({ ok: false, error: 'unsupported-type' });
  });

  it('ending a job aborts its requests in flight and refuses later ones', async () => {
    const web = createWebFetcher({ fetch: nodeFetch });
    const pending = web.fetchPage('job-5', `${origin}/hang`);
    setTimeout(() => web.endJob('job-5'), 50);
    expect(await pending).toMatchObject({ ok: false, error: 'cancelled' });
    expect(await web.fetchImage('job-5', `${origin}/image`)).toMatchObject({ ok: false, error: 'cancelled' });
  });

  it('sends the user agent it was given', async () => {
    let agent: string | undefined;
    routes.set('/agent', (req, res) => {
      agent = req.headers['user-agent'];
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>x</p>');
    });
    const web = createWebFetcher({ fetch: nodeFetch, userAgent: 'Hamish-test/1' });
    await web.fetchPage('job-6', `${origin}/agent`);
    expect(agent).toBe('Hamish-test/1');
  });
});
