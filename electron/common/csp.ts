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
  // The extraction frame (below), and nothing else: the app itself never frames anything.
  'frame-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function serialize(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serialize(PRODUCTION_DIRECTIVES);

/** The page the import's conversion runs in (renderer/import/extraction/), served at this path. */
export const EXTRACTION_FRAME_PATH = '/extraction.html';

/**
 * The extraction frame's own policy. The frame is sandboxed without `allow-same-origin`, so it
 * has an opaque origin (no storage, no access to the app) and, in Chromium, a process of its
 * own; it loads its one script and nothing else (`default-src 'none'`: no fetch, no image, no
 * font, no frame). Imported pages are parsed there with DOMParser into inert documents, and
 * Chromium checks every style attribute, `<style>` element, `<base>` and event-handler
 * attribute it parses against the policy, even in an inert document where none of them can
 * apply or run, and reports each. Allowing them here lets the page be parsed exactly as it is,
 * with no lexical pass rewriting it first, and lets inline styles be read (`display: none`
 * marks hidden text, as in any browser). What the allowance reaches in practice: the frame's
 * own document holds nothing but its script tag, and no imported markup is ever put into it.
 */
const EXTRACTION_FRAME_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'unsafe-inline'"],
  'style-src': ["'unsafe-inline'"],
  'form-action': ["'none'"],
};

export const EXTRACTION_FRAME_POLICY = serialize(EXTRACTION_FRAME_DIRECTIVES);

/** The policy for a response to `pathname` (a path on the app's origin). */
export function contentSecurityPolicyFor(pathname: string): string {
  return pathname === EXTRACTION_FRAME_PATH ? EXTRACTION_FRAME_POLICY : CONTENT_SECURITY_POLICY;
}

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
