// What the user typed as a web address → an http(s) URL. Small and dependency-free: the
// import dialog checks addresses with it without loading the import pipeline.

import { err, ok, type Result } from '../../electron/common/result';

/** Whether the text starts with a scheme ("http:", "mailto:"), not a host and port ("127.0.0.1:8765/page"). */
export function hasTypedScheme(input: string): boolean {
  const trimmed = input.trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/:]+:\d+(?:\/|$)/.test(trimmed);
}

/**
 * A typed address → an http(s) URL. A bare "example.com/x" is taken as https, except when it
 * names the host (and port) of `pageOrigin`, the origin the app itself is served from: then its
 * scheme is the page's. In a browser tab that is the one site Hamish may save pages from, and
 * `127.0.0.1:8765/page` typed beside an app on http://127.0.0.1:8765 means that site, not an
 * https server on the same port.
 */
export function normalizeWebAddress(
  input: string,
  pageOrigin?: string,
): Result<string, 'bad-url' | 'bad-scheme' | 'empty'> {
  const trimmed = input.trim();
  if (trimmed === '') return err('empty');
  const hasScheme = hasTypedScheme(trimmed);
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return err('bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('bad-scheme');
  if (url.hostname === '' || (!hasScheme && !url.hostname.includes('.') && url.hostname !== 'localhost'))
    return err('bad-url');
  if (!hasScheme && pageOrigin !== undefined) {
    const page = safeUrl(pageOrigin);
    if (
      page !== null &&
      (page.protocol === 'http:' || page.protocol === 'https:') &&
      page.hostname === url.hostname &&
      page.port === url.port
    )
      url = new URL(`${page.protocol}//${trimmed}`);
  }
  return ok(url.href);
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
