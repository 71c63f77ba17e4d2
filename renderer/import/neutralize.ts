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
const ATTRIBUTE = /([\t\n\f\r /]*)([^\t\n\f\r />][^\t\n\f\r />=]*)((?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >]*))?)/y;
const SEPARATORS = /[\t\n\f\r /]*/y;
/** Elements whose content the HTML parser takes as text, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

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

export function neutralizeInlineCode(html: string): string {
  const out: string[] = [];
  let index = 0;
  while (index < html.length) {
    const lt = html.indexOf('<', index);
    if (lt === -1) {
      out.push(html.slice(index));
      break;
    }
    out.push(html.slice(index, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end === -1 ? html.length : end + 3;
      out.push(html.slice(lt, stop));
      index = stop;
      continue;
    }
    TAG_OPEN.lastIndex = lt;
    const tag = TAG_OPEN.exec(html);
    if (tag === null) {
      out.push('<');
      index = lt + 1;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!;
    out.push(`<${tag[1]}${neutralTagName(name)}`);
    index = TAG_OPEN.lastIndex;
    // Attributes, up to the end of the tag.
    for (;;) {
      SEPARATORS.lastIndex = index;
      SEPARATORS.exec(html);
      if (SEPARATORS.lastIndex >= html.length || html[SEPARATORS.lastIndex] === '>') {
        out.push(html.slice(index, SEPARATORS.lastIndex));
        index = SEPARATORS.lastIndex;
        break;
      }
      ATTRIBUTE.lastIndex = index;
      const attribute = ATTRIBUTE.exec(html);
      if (attribute === null || ATTRIBUTE.lastIndex === index) {
        out.push(html.slice(index, SEPARATORS.lastIndex));
        index = SEPARATORS.lastIndex;
        break;
      }
      out.push(attribute[1]!, closing ? attribute[2]! : neutralAttributeName(attribute[2]!), attribute[3]!);
      index = ATTRIBUTE.lastIndex;
    }
    if (index < html.length) {
      out.push('>');
      index += 1;
    }
    const lower = name.toLowerCase();
    if (!closing && RAW_TEXT.has(lower)) {
      // Copy the raw text as it is, up to the element's end tag.
      if (lower === 'plaintext') {
        out.push(html.slice(index));
        break;
      }
      const endPattern = new RegExp(`</${lower}[\\t\\n\\f\\r />]`, 'ig');
      endPattern.lastIndex = index;
      const end = endPattern.exec(html);
      const stop = end === null ? html.length : end.index;
      out.push(html.slice(index, stop));
      index = stop;
    }
  }
  return out.join('');
}
