// What the user typed as a web address → an http(s) URL. Small and dependency-free: the
// import dialog checks addresses with it without loading the import pipeline.

import { err, ok, type Result } from '../../electron/common/result';

/** A typed address → an http(s) URL; a bare "example.com/x" is taken as https. */
export function normalizeWebAddress(input: string): Result<string, 'bad-url' | 'bad-scheme' | 'empty'> {
  const trimmed = input.trim();
  if (trimmed === '') return err('empty');
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/:]+:\d+(?:\/|$)/.test(trimmed);
  let url: URL;
  try {
    url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
  } catch {
    return err('bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('bad-scheme');
  if (url.hostname === '' || (!hasScheme && !url.hostname.includes('.') && url.hostname !== 'localhost'))
    return err('bad-url');
  return ok(url.href);
}
