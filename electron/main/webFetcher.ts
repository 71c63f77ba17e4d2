// The fetcher "save web page" uses, started with the first page saved: its capture network
// (captureNetwork.ts) opens a listener on 127.0.0.1, which an app that never saves a page
// should not have. A start that fails is forgotten, so the next save tries again.

import { startCaptureNetwork } from './captureNetwork';
import { createWebFetcher, type WebFetcher } from './fetchPage';

export function lazyWebFetcher(userAgent: string): () => Promise<WebFetcher> {
  let web: Promise<WebFetcher> | null = null;
  return () =>
    (web ??= startCaptureNetwork()
      .then((network) =>
        createWebFetcher({
          fetch: network.fetch,
          guard: network.guard,
          allowPrivate: (host) => network.allowPrivate(host),
          userAgent,
        }),
      )
      .catch((error: unknown) => {
        web = null;
        throw error;
      }));
}
