// Every address in an imported page, settled once against the page's own address (never the
// app's): links keep http(s) and mailto (and, within the page, their #fragment — see
// inPageLinks.ts); images keep their real source (src, a lazy-loading attribute, a srcset or
// <picture> source) if it is http(s) or an inline raster image; everything else that can name
// an address goes. <base> is honoured when it is http(s), then removed, so that nothing later
// resolves an address differently.

import { safeImageSrc } from './blockAddresses';
import { inPageFragment, removeHeadingPermalinks } from './inPageLinks';
import {
  attributeNamesOf,
  getAttributeOf,
  localNameOf,
  parentElementOf,
  queryAll,
  queryFirst,
  removeAttributeOf,
  removeNode,
  setAttributeOf,
} from './safeDom';

/** The schemes a link may keep (as safeLinkHref). */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function resolveUrl(value: string, base: URL | null): URL | null {
  try {
    return base === null ? new URL(value) : new URL(value, base);
  } catch {
    return null;
  }
}

/** The best candidate of a srcset: the widest up to 1600w, else the densest up to 2x, else the first. */
export function pickFromSrcset(srcset: string): string | null {
  const candidates = srcset
    .split(/,\s+/)
    .map((part) => part.trim().split(/\s+/))
    .filter((parts) => parts[0] !== undefined && parts[0] !== '')
    .map(([url, descriptor]) => {
      const match = /^(\d+(?:\.\d+)?)([wx])$/.exec(descriptor ?? '');
      return { url: url!.replace(/,$/, ''), value: match === null ? 1 : Number(match[1]), unit: match?.[2] ?? 'x' };
    });
  if (candidates.length === 0) return null;
  const widths = candidates.filter((c) => c.unit === 'w').sort((a, b) => a.value - b.value);
  if (widths.length > 0) return (widths.filter((c) => c.value <= 1600).pop() ?? widths[0]!).url;
  const densities = candidates.sort((a, b) => a.value - b.value);
  return (densities.filter((c) => c.value <= 2).pop() ?? densities[0]!).url;
}

const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];

function isPlaceholder(src: string | null): boolean {
  if (src === null || src.trim() === '') return true;
  const lower = src.toLowerCase();
  return (
    (lower.startsWith('data:') && lower.length < 256) ||
    /(?:blank|placeholder|spacer|transparent|lazy)[^/]*\.(?:gif|png|svg)/.test(lower)
  );
}

/** Where an <img> really points: src, a lazy-loading attribute, or its (picture's) srcset. */
function imageCandidate(img: Element): string | null {
  const src = getAttributeOf(img, 'src');
  if (!isPlaceholder(src)) return src;
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const value = getAttributeOf(img, name);
    if (value !== null && value.trim() !== '') return value;
  }
  const srcsets = [getAttributeOf(img, 'srcset'), ...LAZY_SRCSET_ATTRIBUTES.map((name) => getAttributeOf(img, name))];
  const parent = parentElementOf(img);
  const picture = parent !== null && localNameOf(parent) === 'picture' ? parent : null;
  if (picture !== null)
    for (const source of queryAll(picture, 'source')) srcsets.push(getAttributeOf(source, 'srcset'));
  for (const srcset of srcsets) {
    const picked = srcset === null ? null : pickFromSrcset(srcset);
    if (picked !== null) return picked;
  }
  return src;
}

/**
 * Makes every address in the document absolute against the page (never the app), and drops
 * those that may not stay. Removes <base>, <picture> wrappers and srcset, so nothing later
 * resolves an address differently.
 */
export function settleAddresses(doc: Document, pageUrl: string | null): void {
  let base = pageUrl === null ? null : resolveUrl(pageUrl, null);
  const declaredBaseElement = queryFirst(doc, 'base[href]');
  const declaredBase = declaredBaseElement === null ? null : getAttributeOf(declaredBaseElement, 'href');
  if (declaredBase != null && base !== null) {
    const candidate = resolveUrl(declaredBase, base);
    if (candidate !== null && (candidate.protocol === 'http:' || candidate.protocol === 'https:')) base = candidate;
  }
  for (const element of queryAll(doc, 'base')) removeNode(element);

  for (const link of queryAll(doc, 'a')) {
    const href = getAttributeOf(link, 'href');
    if (href === null) continue;
    // Within the page: kept as a fragment until the sanitizer (Readability needs to see it).
    const fragment = inPageFragment(href, base);
    if (fragment !== null) {
      setAttributeOf(link, 'href', fragment);
      continue;
    }
    // Parsed once (a 1 MB page has thousands of links): what safeLinkHref would parse again.
    const resolved = resolveUrl(href.trim(), base);
    if (resolved === null || !LINK_PROTOCOLS.has(resolved.protocol)) removeAttributeOf(link, 'href');
    else setAttributeOf(link, 'href', resolved.href);
  }
  removeHeadingPermalinks(doc);

  for (const img of queryAll(doc, 'img')) {
    const candidate = imageCandidate(img);
    let safe: string | null = null;
    if (candidate !== null) {
      const trimmed = candidate.trim();
      safe = trimmed.toLowerCase().startsWith('data:')
        ? safeImageSrc(trimmed)
        : safeImageSrc(resolveUrl(trimmed, base)?.href ?? null);
    }
    for (const name of attributeNamesOf(img))
      if (name !== 'alt' && name !== 'title' && name !== 'dir') removeAttributeOf(img, name);
    if (safe === null) removeNode(img);
    else setAttributeOf(img, 'src', safe);
  }
  for (const picture of queryAll(doc, 'picture')) {
    for (const source of queryAll(picture, 'source')) removeNode(source);
    Element.prototype.replaceWith.call(picture, ...Array.from(picture.childNodes));
  }
  // Anything else that can name an address is dropped here (the sanitizer would too).
  for (const element of queryAll(
    doc,
    '[srcset], [src]:not(img), [poster], [background], [action], [formaction], [xlink\\:href]',
  )) {
    for (const name of ['srcset', 'src', 'poster', 'background', 'action', 'formaction', 'xlink:href'])
      removeAttributeOf(element, name);
  }
}
