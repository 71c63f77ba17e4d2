// What a page says about itself: its headline and title, byline, site, date of publication,
// language and direction, read from its meta tags, <title>, <h1>, <time> and <html> — through
// safeDom, since a page's named elements can stand in for a document's own properties.

import { bodyOf, documentElementOf, getAttributeOf, queryAll, queryFirst, textContentOf, titleOf } from './safeDom';

const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

export interface PageMetadata {
  /** The headline without the site's name, when the page says which it is. */
  readonly headline: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedAt: string | null;
  readonly lang: string | null;
  readonly dir: 'rtl' | 'ltr' | null;
}

export function clean(value: string | null | undefined, max = 500): string | null {
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

export function normalizeLang(value: string | null | undefined): string | null {
  const tag = clean(value, 35)?.replace(/_/g, '-');
  return tag !== undefined && tag !== null && LANG_TAG.test(tag) ? tag : null;
}

export function normalizeDate(value: string | null | undefined): string | null {
  const text = clean(value, 64);
  if (text === null) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

function attributeOrNull(element: Element | null, name: string): string | null {
  return element === null ? null : getAttributeOf(element, name);
}

export function documentMetadata(doc: Document): PageMetadata {
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
