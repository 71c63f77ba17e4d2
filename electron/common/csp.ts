// The Content-Security-Policy of the renderer, in one place: main sends it on every response,
// and the browser tests' static server sends the same header, so the tests prove the app
// works under it. Each source is there because something uses it: images of saved pages are
// Blobs (blob:) and pasted ones data: URLs; the search worker is a module file of our own
// ('self', never blob:); nothing plays audio or video.

const PRODUCTION_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'media-src': ["'none'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function serialize(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serialize(PRODUCTION_DIRECTIVES);

/**
 * The development policy: Vite's dev server injects an inline module preamble for React
 * refresh and talks to its page over a WebSocket. Only used with `npm run dev`.
 */
export function developmentContentSecurityPolicy(devServerOrigin: string): string {
  const wsOrigin = devServerOrigin.replace(/^http/, 'ws');
  return serialize({
    ...PRODUCTION_DIRECTIVES,
    'script-src': ["'self'", "'unsafe-inline'", devServerOrigin],
    'style-src': ["'self'", "'unsafe-inline'", devServerOrigin],
    'connect-src': ["'self'", devServerOrigin, wsOrigin],
  });
}
