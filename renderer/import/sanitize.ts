// DOMPurify with one frozen configuration: the structural and inline elements the block model
// can express, a handful of attributes, and only http(s)/mailto addresses (data: only on
// <img>, where DOMPurify allows it). Everything else — scripts, handlers, styles, SVG,
// MathML, forms, frames, <base>, <meta> — is removed, with its content where it carries none
// worth reading. The result is an element of an inert document (never the page's own), read
// by htmlToBlocks; it is never inserted anywhere.

import DOMPurify, { type Config } from 'dompurify';

export const ALLOWED_TAGS = Object.freeze([
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'main',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'tt',
  'u',
  'ul',
  'var',
  'wbr',
] as const);

export const ALLOWED_ATTR = Object.freeze([
  'href',
  'src',
  'alt',
  'title',
  'dir',
  'lang',
  'datetime',
  'start',
  'reversed',
  'colspan',
  'rowspan',
] as const);

/** The one sanitizer configuration. Frozen: nothing at run time can widen it. */
export const SANITIZE_CONFIG: Readonly<Config> = Object.freeze({
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // Attributes that never hold an address: exempt from the address check above.
  ADD_URI_SAFE_ATTR: ['dir', 'lang', 'datetime', 'start', 'reversed', 'colspan', 'rowspan'],
  FORBID_TAGS: [
    'style',
    'script',
    'svg',
    'math',
    'template',
    'iframe',
    'frame',
    'object',
    'embed',
    'form',
    'base',
    'meta',
    'link',
    'noscript',
  ],
  // Removed elements whose text is not article text either.
  ADD_FORBID_CONTENTS: ['button', 'select', 'option', 'datalist', 'textarea', 'nav', 'dialog', 'canvas'],
  KEEP_CONTENT: true,
  SAFE_FOR_XML: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: true,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
});

let purifier: ReturnType<typeof DOMPurify> | null = null;

/**
 * Sanitizes a copy of `root`'s content. Returns the <body> of a fresh inert document holding
 * the sanitized nodes; `root` itself is left as it was.
 */
export function sanitizeContent(root: Element): HTMLElement {
  purifier ??= DOMPurify(window);
  if (!purifier.isSupported) throw new Error('DOMPurify is not supported here');
  return purifier.sanitize(root, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as HTMLElement;
}
