// Links within the page: a table of contents, tabs, footnote references, a heading's own
// permalink. Readability weighs a link to `#somewhere` lightly when it judges whether a block
// is mostly links, so a table of contents survives its clean-up only while its links still say
// where they point; the address pass therefore keeps them as `#fragment` (the sanitizer then
// drops those addresses — the article has no anchors to go to — and their text stays). The
// marks many sites add to headings to copy a link to them (¶, #, §, 🔗) are the page's
// furniture, not its title, and are removed.

import { getAttributeOf, queryAll, removeNode, textContentOf } from './safeDom';

/**
 * `#fragment` when `href` points within the page itself — a bare fragment, or the page's own
 * address with one — else null.
 */
export function inPageFragment(href: string, page: URL | null): string | null {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return trimmed.length > 1 ? trimmed : null;
  if (page === null) return null;
  try {
    const url = new URL(trimmed, page);
    return url.hash !== '' && url.href.split('#')[0] === page.href.split('#')[0] ? url.hash : null;
  } catch {
    return null;
  }
}

/** A heading's permalink: a link within the page whose text is no word, only a sign. */
export function removeHeadingPermalinks(root: ParentNode): void {
  for (const link of queryAll(
    root,
    'h1 a[href^="#"], h2 a[href^="#"], h3 a[href^="#"], h4 a[href^="#"], h5 a[href^="#"], h6 a[href^="#"]',
  )) {
    const text = textContentOf(link).trim();
    if (!/[\p{L}\p{N}]/u.test(text) && getAttributeOf(link, 'href') !== null) removeNode(link);
  }
}
