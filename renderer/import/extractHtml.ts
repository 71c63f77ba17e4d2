// HTML → an article. The document is parsed with DOMParser, which builds an inert tree: no
// script runs, no image or style loads. Every address in it is resolved once against the
// page's own address (never the app's) and dropped if it is not http(s), mailto or an inline
// raster image. Readability extracts the article from a clone when the page looks like one;
// otherwise the whole body is taken. DOMPurify cleans the result, and htmlToBlocks reads it
// into the block model. No imported markup is ever put into the page.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { err, ok, type Result } from '../../electron/common/result';
import type { Block } from '../article/types';
import { documentDirection } from '../text/direction';
import { htmlToBlocks, safeImageSrc, safeLinkHref } from './htmlToBlocks';
import {
  attributeNamesOf,
  bodyOf,
  declobber,
  documentElementOf,
  firstElementChildOf,
  getAttributeOf,
  localNameOf,
  nextElementSiblingOf,
  ownerDocumentOf,
  parentElementOf,
  queryAll,
  queryFirst,
  removeAttributeOf,
  removeNode,
  setAttributeOf,
  textContentOf,
  titleOf,
} from './safeDom';
import { sanitizeContent } from './sanitize';

export interface ExtractOptions {
  /** The page's address (web import), against which relative addresses resolve; else null. */
  readonly pageUrl: string | null;
  /** Try Readability first (pages and HTML files); Markdown output is taken whole. */
  readonly readability: boolean;
}

export interface ExtractedArticle {
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedAt: string | null;
  readonly lang: string | null;
  readonly dir: 'rtl' | 'ltr' | null;
  readonly blocks: Block[];
  /** Whether Readability's extraction was used. */
  readonly usedReadability: boolean;
}

/** Readability gives up on documents with more elements than this and we take the body. */
const MAX_READABILITY_ELEMENTS = 150_000;
const MIN_READABLE_CHARS = 140;
const MAX_NESTING = 256;
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

function clean(value: string | null | undefined, max = 500): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, max);
}

function metaContent(doc: Document, names: readonly string[]): string | null {
  for (const name of names) {
    for (const meta of queryAll(doc, 'meta')) {
      const key = (
        getAttributeOf(meta, 'property') ??
        getAttributeOf(meta, 'name') ??
        getAttributeOf(meta, 'itemprop') ??
        ''
      ).toLowerCase();
      if (key === name) {
        const value = clean(getAttributeOf(meta, 'content'));
        if (value !== null) return value;
      }
    }
  }
  return null;
}

function normalizeLang(value: string | null | undefined): string | null {
  const tag = clean(value, 35)?.replace(/_/g, '-');
  return tag !== undefined && tag !== null && LANG_TAG.test(tag) ? tag : null;
}

function normalizeDate(value: string | null | undefined): string | null {
  const text = clean(value, 64);
  if (text === null) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

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
function settleAddresses(doc: Document, pageUrl: string | null): void {
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
    const resolved = href === null ? null : resolveUrl(href.trim(), base);
    const safe = resolved === null ? null : safeLinkHref(resolved.href);
    // In-page anchors point at nothing once the page is blocks.
    if (
      safe === null ||
      (base !== null &&
        resolved !== null &&
        resolved.href.split('#')[0] === base.href.split('#')[0] &&
        resolved.hash !== '')
    ) {
      removeAttributeOf(link, 'href');
    } else setAttributeOf(link, 'href', safe);
  }

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

function attributeOrNull(element: Element | null, name: string): string | null {
  return element === null ? null : getAttributeOf(element, name);
}

function documentMetadata(doc: Document) {
  const html = documentElementOf(doc);
  const h1s = queryAll(doc, 'h1');
  const h1 = clean(h1s[0] === undefined ? null : textContentOf(h1s[0]));
  const documentTitle = clean(titleOf(doc));
  // The headline without the site's name: as published for sharing, or the page's one <h1>
  // when the <title> contains it ("Headline - Site").
  const sharedTitle = metaContent(doc, ['og:title', 'twitter:title', 'dc.title']);
  const headline = sharedTitle ?? (h1s.length === 1 && h1 !== null && documentTitle?.includes(h1) ? h1 : null);
  return {
    headline,
    title: documentTitle ?? h1,
    byline: metaContent(doc, ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author']),
    siteName: metaContent(doc, ['og:site_name', 'application-name']),
    publishedAt: normalizeDate(
      metaContent(doc, [
        'article:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'dc.date',
        'dc.date.issued',
        'sailthru.date',
      ]) ?? attributeOrNull(queryFirst(doc, 'time[datetime]'), 'datetime'),
    ),
    lang:
      normalizeLang(attributeOrNull(html, 'lang') ?? attributeOrNull(html, 'xml:lang')) ??
      normalizeLang(metaContent(doc, ['og:locale', 'content-language', 'language'])),
    dir: ((): 'rtl' | 'ltr' | null => {
      const dir = (attributeOrNull(html, 'dir') ?? attributeOrNull(bodyOf(doc), 'dir') ?? '').toLowerCase();
      return dir === 'rtl' || dir === 'ltr' ? dir : null;
    })(),
  };
}

/**
 * Replaces whatever lies deeper than `maxDepth` with its text, walking without recursion, so
 * that nothing later (cloning, sanitizing, reading) recurses deeper than that. Chromium's
 * parser already caps nesting at 512; other DOMs do not. Walks by the tree's own links, with
 * no stack to allocate: it visits every element of the page. The links are read through the
 * prototypes' getters (safeDom.ts): a form's `parentElement` can be one of its controls, and a
 * walk that climbed by it would never end. The depth is counted too, so that even a tree that
 * changed under the walk cannot keep it going past the root.
 */
export function capDepth(root: Element, maxDepth: number): void {
  let element: Element = root;
  let depth = 0;
  for (;;) {
    const firstChild = firstElementChildOf(element);
    if (depth >= maxDepth) {
      if (firstChild !== null) {
        const text = ownerDocumentOf(element)!.createTextNode(textContentOf(element));
        Element.prototype.replaceChildren.call(element, text);
      }
    } else if (firstChild !== null) {
      element = firstChild;
      depth += 1;
      continue;
    }
    // Up to the nearest ancestor with a next sibling (or the root: done).
    let next = nextElementSiblingOf(element);
    while (element !== root && next === null) {
      const parent = parentElementOf(element);
      depth -= 1;
      if (parent === null || depth < 0) return;
      element = parent;
      next = element === root ? null : nextElementSiblingOf(element);
    }
    if (element === root || next === null) return;
    element = next;
  }
}

/**
 * Whether `node` holds at least `min` characters that are not white space. Stops as soon as
 * it has seen them, instead of copying the whole text (~10 ms for a 1 MB article).
 */
export function hasTextLength(node: Node, min: number): boolean {
  if (min <= 0) return true;
  const doc = ownerDocumentOf(node) ?? (node as Document);
  const walker = Document.prototype.createTreeWalker.call(
    doc,
    node,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION,
  );
  let count = 0;
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    count += (text as CharacterData).data.replace(/\s+/g, '').length;
    if (count >= min) return true;
  }
  return false;
}

export function extractHtml(html: string, options: ExtractOptions): Result<ExtractedArticle, 'nothing-readable'> {
  // Parsed as it is: the extraction frame's policy lets Chromium read styles, <style>, <base>
  // and handler attributes in this inert document without reporting them (electron/common/csp.ts).
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Before anything walks the tree: no form control or image may stand in for a property.
  declobber(doc);
  const root = documentElementOf(doc);
  if (root !== null) capDepth(root, MAX_NESTING);
  const meta = documentMetadata(doc);
  settleAddresses(doc, options.pageUrl);

  const body = bodyOf(doc);
  let content: Element | null = null;
  let fromReadability: ReturnType<Readability<Node>['parse']> = null;
  if (
    options.readability &&
    body !== null &&
    Document.prototype.getElementsByTagName.call(doc, '*').length <= MAX_READABILITY_ELEMENTS &&
    isProbablyReaderable(doc)
  ) {
    try {
      const clone = Node.prototype.cloneNode.call(doc, true) as Document;
      fromReadability = new Readability<Node>(clone, {
        serializer: (node) => node,
        charThreshold: 500,
        keepClasses: false,
      }).parse();
      const extracted = fromReadability?.content;
      if (extracted instanceof Element && hasTextLength(extracted, MIN_READABLE_CHARS)) content = extracted;
    } catch (error) {
      console.warn('Readability failed; taking the whole body', error);
    }
  }
  const usedReadability = content !== null;
  content ??= body;
  if (content === null) return err('nothing-readable');

  const blocks = htmlToBlocks(sanitizeContent(content));
  if (!blocks.some((block) => block.text.trim() !== '' || block.kind === 'image')) return err('nothing-readable');

  const r = usedReadability ? fromReadability : null;
  const lang = normalizeLang(r?.lang) ?? meta.lang;
  const readabilityDir = r?.dir?.toLowerCase();
  return ok({
    title: meta.headline ?? clean(r?.title) ?? meta.title,
    byline: clean(r?.byline) ?? meta.byline,
    siteName: clean(r?.siteName) ?? meta.siteName,
    publishedAt: normalizeDate(r?.publishedTime) ?? meta.publishedAt,
    lang,
    dir:
      readabilityDir === 'rtl' || readabilityDir === 'ltr'
        ? readabilityDir
        : (meta.dir ?? (lang !== null ? documentDirection(lang, '') : null)),
    blocks,
    usedReadability,
  });
}
