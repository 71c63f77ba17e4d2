// HTML → an article. The document is parsed with DOMParser, which builds an inert tree: no
// script runs, no image or style loads. Formulas become text (math.ts), what the page hides is
// removed (hidden.ts), and every address is resolved once against the page's own address
// (never the app's) and dropped if it is not http(s), mailto or an inline raster image
// (pageAddresses.ts). Readability extracts the article from a clone when the page looks like one;
// otherwise the whole body is taken. DOMPurify cleans the result, and htmlToBlocks reads it
// into the block model. No imported markup is ever put into the page.

import { Readability } from '@mozilla/readability';
import { err, ok, type Result } from '../../electron/common/result';
import type { Block } from '../article/types';
import { documentDirection } from '../text/direction';
import { removeHidden } from './hidden';
import { htmlToBlocks } from './htmlToBlocks';
import { mathToText } from './math';
import { settleAddresses } from './pageAddresses';
import { probablyReaderable } from './readerable';
import { clean, documentMetadata, normalizeDate, normalizeLang, type PageMetadata } from './pageMetadata';
import {
  bodyOf,
  declobber,
  documentElementOf,
  firstElementChildOf,
  nextElementSiblingOf,
  ownerDocumentOf,
  parentElementOf,
  textContentOf,
} from './safeDom';
import { sanitizeContent } from './sanitize';

export interface ExtractOptions {
  /** The page's address (web import), against which relative addresses resolve; else null. */
  readonly pageUrl: string | null;
  /** Try Readability first (pages and HTML files); Markdown output is taken whole. */
  readonly readability: boolean;
  /** Put each formula's text between math.ts's MATH_START and MATH_END (the corpus check only). */
  readonly markMath?: boolean;
}

/** What the page says about itself (pageMetadata.ts, Readability's first), and its blocks. */
export interface ExtractedArticle extends Omit<PageMetadata, 'headline'> {
  readonly blocks: Block[];
  /** Whether Readability's extraction was used. */
  readonly usedReadability: boolean;
}

/** Readability gives up on documents with more elements than this and we take the body. */
const MAX_READABILITY_ELEMENTS = 150_000;
const MIN_READABLE_CHARS = 140;
const MAX_NESTING = 256;

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

/**
 * The page parsed and made safe to walk and read: no clobbered properties, nesting capped,
 * formulas as text, hidden text gone, addresses settled.
 */
function parsePage(html: string, options: ExtractOptions): Document {
  // Parsed as it is: the extraction frame's policy lets Chromium read styles, <style>, <base>
  // and handler attributes in this inert document without reporting them (electron/common/csp.ts).
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Before anything walks the tree: no form control or image may stand in for a property.
  declobber(doc);
  const root = documentElementOf(doc);
  if (root !== null) capDepth(root, MAX_NESTING);
  // Formulas become text before anything hidden goes: a page may show a picture of a formula
  // and hide its MathML (math.ts).
  mathToText(doc, options.markMath === true);
  removeHidden(doc);
  settleAddresses(doc, options.pageUrl);
  return doc;
}

export function extractHtml(html: string, options: ExtractOptions): Result<ExtractedArticle, 'nothing-readable'> {
  let doc = parsePage(html, options);
  const meta = documentMetadata(doc);
  let content: Element | null = null;
  let fromReadability: ReturnType<Readability<Node>['parse']> = null;
  if (
    options.readability &&
    bodyOf(doc) !== null &&
    Document.prototype.getElementsByTagName.call(doc, '*').length <= MAX_READABILITY_ELEMENTS &&
    probablyReaderable(doc)
  ) {
    try {
      // Readability works on the document itself (it rearranges it as it goes). Most pages are
      // articles it finds; for the few it does not, the page is parsed again and taken whole,
      // which costs less overall than copying every page for them (a copy of a 1 MB page took
      // ~20 ms, and the garbage it leaves as much again).
      fromReadability = new Readability<Node>(doc, {
        serializer: (node) => node,
        charThreshold: 500,
        // The sanitizer drops every class; Readability need not walk the tree to do it first.
        keepClasses: true,
      }).parse();
      const extracted = fromReadability?.content;
      if (extracted instanceof Element && hasTextLength(extracted, MIN_READABLE_CHARS)) content = extracted;
    } catch (error) {
      console.warn('Readability failed; taking the whole body', error);
    }
    if (content === null) doc = parsePage(html, options);
  }
  const body = bodyOf(doc);
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
