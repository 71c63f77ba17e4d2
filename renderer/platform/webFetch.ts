// "Save for offline" in a browser tab: the same limits as main (scheme, deadline, size caps,
// content types, image count), over `fetch`. The app's CSP allows connections to its own
// origin only, so an address elsewhere is refused here, before any request, with its own
// message; the desktop app fetches through main and has no such limit. The browser follows
// redirects itself, so their number cannot be capped here (same-origin mode keeps them home).

import {
  IMPORT_LIMITS,
  isImageContentType,
  isPageContentType,
  type FetchError,
  type FetchedResource,
} from '../../electron/common/importLimits';
import { err, ok, type Result } from '../../electron/common/result';
import { readCappedBody } from '../../electron/common/cappedBody';
import type { WebCapture } from './Platform';

interface Limits {
  maxBytes: number;
  accept: (contentType: string) => boolean;
}

export async function browserFetch(
  win: Window,
  address: string,
  limits: Limits,
  signal: AbortSignal,
): Promise<Result<FetchedResource, FetchError>> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return err('bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('bad-scheme');
  if (url.origin !== win.location.origin) return err('cross-origin');
  if (signal.aborted) return err('cancelled');
  const deadline = AbortSignal.timeout(IMPORT_LIMITS.fetchTimeoutMs);
  const combined = AbortSignal.any([signal, deadline]);
  const failure = (error: unknown): Result<never, FetchError> =>
    signal.aborted ? err('cancelled') : deadline.aborted ? err('timeout') : err('unreachable', String(error));
  let response: Response;
  try {
    response = await win.fetch(url.href, {
      signal: combined,
      mode: 'same-origin',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
    });
  } catch (error) {
    return failure(error);
  }
  if (!response.ok) {
    // Cancelling a body that will not be read: if that fails too, nothing is left to undo.
    await response.body?.cancel().catch(() => undefined);
    return err('http-error', String(response.status));
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!limits.accept(contentType)) {
    await response.body?.cancel().catch(() => undefined);
    return err('unsupported-type', contentType);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return err('too-large');
  }
  try {
    const bytes = await readCappedBody(response.body?.getReader(), limits.maxBytes);
    return bytes === 'too-large' ? err('too-large') : ok({ url: response.url || url.href, contentType, bytes });
  } catch (error) {
    return failure(error);
  }
}

export function createBrowserCapture(win: Window, signal: AbortSignal): WebCapture {
  const controller = new AbortController();
  const combined = AbortSignal.any([signal, controller.signal]);
  let images = 0;
  return {
    fetchPage: (url) =>
      browserFetch(win, url, { maxBytes: IMPORT_LIMITS.maxPageBytes, accept: isPageContentType }, combined),
    async fetchImage(url) {
      if (images >= IMPORT_LIMITS.maxImages) return err('too-many-images');
      images += 1;
      return browserFetch(win, url, { maxBytes: IMPORT_LIMITS.maxImageBytes, accept: isImageContentType }, combined);
    },
    end: () => controller.abort(),
  };
}
