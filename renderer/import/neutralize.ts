// A lexical pass over untrusted HTML before anything parses it. Chromium checks the page's CSP
// whenever it parses an inline event handler, a style attribute or a <style> element — even
// into an inert DOMParser document, where none of them could ever run — and reports each as a
// violation. Nothing would run or load either way; this pass only keeps those reports (noise
// that hides real ones) from happening: `on…` and `style` attributes are renamed
// `data-hamish-…` (dropped later by the sanitizer), <style> becomes <noframes>, another
// raw-text element whose content is dropped, and <base> (checked against `base-uri`) becomes
// a marked <meta>, which extractHtml reads for the page's declared base address. It is not the security boundary: the inert
// parse, the sanitizer and the block model are.

const TAG_OPEN = /<(\/?)([A-Za-z][^\t\n\f\r />]*)/y;
const ATTRIBUTE =
  /([\t\n\f\r /]*)([^\t\n\f\r />][^\t\n\f\r />=]*)((?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >]*))?)/y;
const SEPARATORS = /[\t\n\f\r /]*/y;
/** Elements whose content the HTML parser takes as text, up to their end tag. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);

/**
 * <base> is kept as a marked <meta> for extractHtml to read: parsed as itself it meets
 * `base-uri 'none'`. A void element that belongs in <head>, so the parse is otherwise unchanged.
 */
export const RENAMED_BASE_ATTRIBUTE = 'data-hamish-base';

function neutralTagName(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'style') return 'noframes';
  if (lower === 'base') return `meta ${RENAMED_BASE_ATTRIBUTE}`;
  return name;
}

function neutralAttributeName(name: string): string {
  const lower = name.toLowerCase();
  return lower.startsWith('on') || lower === 'style' ? `data-hamish-${lower.replace(/[^a-z0-9-]/g, '')}` : name;
}

/**
 * The input with handlers, styles, <style> and <base> renamed; the input itself when there is
 * nothing to rename. Only the renamed names are written anew: the text between them is copied
 * in spans, not piece by piece (which cost ~45 ms on a 1 MB page, mostly in building and joining
 * a hundred thousand small strings).
 */
export function neutralizeInlineCode(html: string): string {
  const out: string[] = [];
  /** html[0, copied) is in `out` already. */
  let copied = 0;
  const replace = (start: number, end: number, text: string) => {
    out.push(html.slice(copied, start), text);
    copied = end;
  };
  let index = 0;
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      index = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG_OPEN.lastIndex = lt;
    const tag = TAG_OPEN.exec(html);
    if (tag === null) {
      index = lt + 1;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!;
    const tagName = neutralTagName(name);
    if (tagName !== name) replace(TAG_OPEN.lastIndex - name.length, TAG_OPEN.lastIndex, tagName);
    index = TAG_OPEN.lastIndex;
    // Attributes, up to the end of the tag.
    for (;;) {
      SEPARATORS.lastIndex = index;
      SEPARATORS.exec(html);
      if (SEPARATORS.lastIndex >= html.length || html[SEPARATORS.lastIndex] === '>') {
        index = SEPARATORS.lastIndex;
        break;
      }
      ATTRIBUTE.lastIndex = index;
      const attribute = ATTRIBUTE.exec(html);
      if (attribute === null || ATTRIBUTE.lastIndex === index) {
        index = SEPARATORS.lastIndex;
        break;
      }
      if (!closing) {
        const attributeName = attribute[2]!;
        const renamed = neutralAttributeName(attributeName);
        const nameStart = index + attribute[1]!.length;
        if (renamed !== attributeName) replace(nameStart, nameStart + attributeName.length, renamed);
      }
      index = ATTRIBUTE.lastIndex;
    }
    if (index < html.length) {
      // The tag ends here, as a ">" (what the loop above stops at).
      if (html[index] !== '>') replace(index, index + 1, '>');
      index += 1;
    }
    const lower = name.toLowerCase();
    if (!closing && RAW_TEXT.has(lower)) {
      // The raw text stays as it is, up to the element's end tag.
      if (lower === 'plaintext') break;
      const endPattern = new RegExp(`</${lower}[\\t\\n\\f\\r />]`, 'ig');
      endPattern.lastIndex = index;
      const end = endPattern.exec(html);
      index = end === null ? html.length : end.index;
    }
  }
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}
