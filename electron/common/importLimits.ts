// The limits of every import, in one place: main enforces them on what it fetches and reads,
// the renderer on what reaches it by file input, drag-and-drop or paste, and the browser
// build's fetch path. Pure constants.

const MiB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** A file (or pasted text) larger than this is refused before it is read. */
  maxFileBytes: 50 * MiB,
  /** A web page's HTML. */
  maxPageBytes: 20 * MiB,
  /** One image of a saved web page. */
  maxImageBytes: 10 * MiB,
  /** Images saved per web page; the rest are left out. */
  maxImages: 100,
  /** Redirects followed per request. */
  maxRedirects: 5,
  /** A whole request, redirects and body included. */
  fetchTimeoutMs: 20_000,
} as const;

/** File name endings the importer reads; others are refused with a clear message. */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** Why fetching a page or an image failed (main and the browser build word it the same way). */
export type FetchError =
  | 'bad-url'
  | 'bad-scheme'
  | 'unreachable'
  | 'timeout'
  | 'too-many-redirects'
  | 'too-large'
  | 'http-error'
  | 'unsupported-type'
  | 'too-many-images'
  | 'cross-origin'
  /** The address given is on this computer or the user's own network: saved only if the user confirms. */
  | 'private-address'
  /** A redirect led to an address on this computer or the user's own network: not followed. */
  | 'private-redirect'
  | 'cancelled';

/** A fetched page or image: the address it finally came from, its type and its bytes. */
export interface FetchedResource {
  readonly url: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** Why reading a file passed by "open with" failed. */
export type ReadFileError = 'not-allowed' | 'not-found' | 'too-large' | 'unreadable';

export type ReadFileResult =
  | { readonly ok: true; readonly path: string; readonly name: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly path: string; readonly name: string; readonly error: ReadFileError };

/** Content types accepted as a page: HTML, XHTML and plain text (Markdown included). */
export function isPageContentType(contentType: string): boolean {
  const type = mediaType(contentType);
  return (
    type === '' ||
    type === 'text/html' ||
    type === 'application/xhtml+xml' ||
    type === 'text/plain' ||
    type === 'text/markdown' ||
    type === 'text/x-markdown'
  );
}

/** Content types accepted for an image. The bytes are checked again in the renderer. */
export function isImageContentType(contentType: string): boolean {
  const type = mediaType(contentType);
  return type === '' || type === 'application/octet-stream' || /^image\/(png|jpeg|jpg|pjpeg|gif|webp|avif)$/.test(type);
}

/** "text/html; charset=x" → "text/html". */
export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** The charset parameter of a Content-Type header, or null. */
export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match === null ? null : match[1]!.toLowerCase();
}
