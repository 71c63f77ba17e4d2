// Text a page hides is not article text. A browser does not show what the page hides with the
// `hidden` attribute or an inline `display: none` / `visibility: hidden`, nor does a screen
// reader read what is `aria-hidden`; Readability leaves such elements out of what it extracts,
// and pages that are not articles (and pasted HTML) must lose them too. Inline styles are read
// from the parsed document: the extraction frame's policy lets Chromium parse them
// (electron/common/csp.ts). Rules in a page's style sheets are not applied: nothing of the page
// is laid out, and hiding by a class would need its style sheets evaluated.

import { getAttributeOf, hasAttributeOf, queryAll, removeAttributeOf, removeNode } from './safeDom';

/** Whether `element` hides itself (its descendants with it). */
export function hidesItself(element: Element): boolean {
  if (hasAttributeOf(element, 'hidden')) {
    // `hidden="until-found"` is text the browser's find reveals: the page means it to be read.
    if ((getAttributeOf(element, 'hidden') ?? '').trim().toLowerCase() !== 'until-found') return true;
  }
  if ((getAttributeOf(element, 'aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = (element as Partial<ElementCSSInlineStyle>).style;
  if (style === undefined || style === null || typeof style.getPropertyValue !== 'function') return false;
  const display = style.getPropertyValue('display').trim().toLowerCase();
  const visibility = style.getPropertyValue('visibility').trim().toLowerCase();
  return display === 'none' || visibility === 'hidden' || visibility === 'collapse';
}

/**
 * Removes every element the page hides (see above), with its content. `hidden="until-found"`
 * loses its attribute instead: Readability drops any element with `hidden`, whatever its value.
 */
export function removeHidden(root: ParentNode): void {
  for (const element of queryAll(root, '[hidden], [aria-hidden], [style]')) {
    if (hidesItself(element)) removeNode(element);
    else if (hasAttributeOf(element, 'hidden')) removeAttributeOf(element, 'hidden');
  }
}
