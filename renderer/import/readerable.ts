// Whether to try Readability on a page: Readability's own `isProbablyReaderable`, asked so that
// it seldom reads the whole text of an <article>. It scores the page's <p>, <pre> and <article>
// elements (and the <div>s holding <br>s) by the length of their text, in document order, and
// says yes as soon as the sum passes its line. Every element adds to the sum and none takes
// away, so the answer does not depend on the order: when the sum passes the line without some
// elements, it passes it with them too. But an <article> comes before its own paragraphs, so
// asked plainly it first reads the article's whole text (~20 ms of the 1 MB bench page's import
// in a fresh extraction frame) to learn what its first few paragraphs would have told it. So it
// is asked first leaving out <article> elements and anything that could be hidden, and asked
// plainly only when that says no: the answer is the same, cheaper on most articles.

import { isProbablyReaderable } from '@mozilla/readability';
import { hasAttributeOf, localNameOf } from './safeDom';

/**
 * At most what Readability's default check counts as visible (which reads `display`, `hidden`
 * and `aria-hidden="true"`): this one passes no element with `hidden` or any `aria-hidden`.
 */
function plainlyVisible(element: Element): boolean {
  const style = (element as Partial<ElementCSSInlineStyle>).style;
  return (
    (style === undefined || style === null || style.display !== 'none') &&
    !hasAttributeOf(element, 'hidden') &&
    !hasAttributeOf(element, 'aria-hidden')
  );
}

/** `isProbablyReaderable(doc)`'s answer, without reading whole articles when their paragraphs say enough. */
export function probablyReaderable(doc: Document): boolean {
  return (
    isProbablyReaderable(doc, {
      visibilityChecker: (node: Node) =>
        node instanceof Element && localNameOf(node) !== 'article' && plainlyVisible(node),
    }) || isProbablyReaderable(doc)
  );
}
