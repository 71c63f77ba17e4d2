// Formulas as text. The article model holds text, so each MathML formula becomes the text a
// reader would read aloud from it — `x = (−b ± √(b² − 4ac))/(2a)` — instead of vanishing with
// the <math> element ("there are two solutions to and they are"). Presentation MathML is
// written out with Unicode: superscripts and subscripts where Unicode has them (else ^(…) and
// _(…)), fractions as (a)/(b), roots with √, and U+2062 INVISIBLE TIMES between adjacent
// operands, the character MathML itself uses for an implied product (it shows as nothing and
// keeps `ax` two symbols). A formula with no presentation markup gives its `alttext`, else its
// TeX annotation.
//
// Pages often show a picture of the formula and hide the MathML for screen readers (Wikipedia:
// the <math> in a `display: none` span, then an <img> whose alt repeats the alttext). There
// the text takes the picture's place, since the picture cannot be kept offline as text and
// the hidden MathML is removed with everything else the page hides (hidden.ts).

import { hidesItself } from './hidden';
import {
  firstChildOf,
  getAttributeOf,
  localNameOf,
  nextSiblingOf,
  nodeTypeOf,
  ownerDocumentOf,
  parentElementOf,
  queryAll,
  removeNode,
} from './safeDom';

const INVISIBLE_TIMES = '\u2062';
const SUPERSCRIPTS: Readonly<Record<string, string>> = Object.fromEntries(
  [...'0123456789+-−=()ni'].map((char, index) => [char, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ'[index]!]),
);
const SUBSCRIPTS: Readonly<Record<string, string>> = Object.fromEntries(
  [...'0123456789+-−=()aehijklmnoprstuvx'].map((char, index) => [char, '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'[index]!]),
);
/** Operators written with a space on each side when they stand between two operands. */
const SPACED = /^[=<>≤≥≠≈≡∼≅∝±∓+−\-×÷·⋅∗∘∧∨∩∪∈∉⊂⊃⊆⊇→←↔⇒⇐⇔⟹⟸⟺∣|:]$|^(?:mod|and|or|if)$/;
/** Accents over or under a single symbol, as combining marks. */
const ACCENTS: Readonly<Record<string, string>> = {
  '¯': '\u0305',
  '‾': '\u0305',
  _: '\u0332',
  '^': '\u0302',
  ˆ: '\u0302',
  '~': '\u0303',
  '˜': '\u0303',
  '→': '\u20d7',
  '⃗': '\u20d7',
  '˙': '\u0307',
  '¨': '\u0308',
  '.': '\u0307',
};

const children = (element: Element): Element[] => Array.from(element.children);

/**
 * Elements whose content is not text a reader sees: raw text (the source of a style sheet or a
 * script, which the HTML parser keeps as text even inside <mtext>) and templates. A formula's
 * text never includes them — an mXSS shape hides markup in a <style> inside <mtext>.
 */
const NOT_TEXT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'xmp',
  'textarea',
  'title',
  'annotation',
  'annotation-xml',
]);

/** The text a reader sees in `node`: its text nodes, except inside the elements above. */
function shownText(node: Node): string {
  let text = '';
  for (let child = firstChildOf(node); child !== null; child = nextSiblingOf(child)) {
    const type = nodeTypeOf(child);
    if (type === 3 /* text */ || type === 4 /* CDATA */) text += (child as Text).data;
    else if (type === 1 && !NOT_TEXT.has(localNameOf(child as Element))) text += shownText(child);
  }
  return text;
}

const tokenText = (element: Element) => shownText(element).replace(/\s+/g, ' ').trim();

function script(text: string, map: Readonly<Record<string, string>>, marker: string): string {
  const chars = [...text.replace(/\u2062/g, '')];
  if (chars.length > 0 && chars.every((char) => map[char] !== undefined))
    return chars.map((char) => map[char]).join('');
  return `${marker}${group(text)}`;
}

/** A part that is more than one symbol goes in parentheses where it meets a fraction bar or a script. */
function group(text: string): string {
  const trimmed = text.trim();
  if ([...trimmed.replace(/\u2062/g, '')].length <= 1 || /^[\p{L}\p{N}.]+$/u.test(trimmed)) return trimmed;
  if (/^\(.*\)$/.test(trimmed) && !/\)\s*\S+\s*\(/.test(trimmed)) return trimmed;
  return `(${trimmed})`;
}

function withAccent(base: string, accent: string, marker: string): string {
  const mark = ACCENTS[accent.trim()];
  if (mark !== undefined && [...base].length === 1) return `${base}${mark}`;
  return `${base}${marker}${group(accent)}`;
}

/** An operand (not an operator): what an implied product joins. */
function isOperand(element: Element): boolean {
  const name = localNameOf(element);
  return name !== 'mo' && name !== 'mspace' && name !== 'mtext' && name !== 'none' && name !== 'mprescripts';
}

/** A row: operands side by side, operators spaced when they stand between two of them. */
function row(elements: readonly Element[]): string {
  let text = '';
  let previous: Element | null = null;
  for (const element of elements) {
    const part = linearize(element);
    if (part === '') continue;
    if (localNameOf(element) === 'mo' && SPACED.test(part)) text += previous === null ? part : ` ${part} `;
    else {
      if (previous !== null && isOperand(previous) && isOperand(element)) text += INVISIBLE_TIMES;
      text += part;
    }
    previous = element;
  }
  return text.replace(/ {2,}/g, ' ');
}

/** Presentation MathML → text. */
export function linearize(element: Element): string {
  const parts = children(element);
  const [first, second, third] = parts.map((part) => linearize(part));
  switch (localNameOf(element)) {
    case 'mi':
    case 'mn':
    case 'mo':
    case 'ms':
      return tokenText(element);
    case 'mtext':
      return shownText(element).replace(/\s+/g, ' ');
    case 'mspace':
      return ' ';
    case 'annotation':
    case 'annotation-xml':
    case 'mphantom':
    case 'none':
    case 'mprescripts':
      return '';
    case 'semantics':
      return parts[0] === undefined ? '' : linearize(parts[0]);
    case 'msup':
      return `${first ?? ''}${script(second ?? '', SUPERSCRIPTS, '^')}`;
    case 'msub':
      return `${first ?? ''}${script(second ?? '', SUBSCRIPTS, '_')}`;
    case 'msubsup':
      return `${first ?? ''}${script(second ?? '', SUBSCRIPTS, '_')}${script(third ?? '', SUPERSCRIPTS, '^')}`;
    case 'mover':
      return withAccent(first ?? '', second ?? '', '^');
    case 'munder':
      return withAccent(first ?? '', second ?? '', '_');
    case 'munderover':
      return `${first ?? ''}_${group(second ?? '')}^${group(third ?? '')}`;
    case 'mfrac':
      return `${group(first ?? '')}/${group(second ?? '')}`;
    case 'msqrt':
      return `√${group(row(parts))}`;
    case 'mroot':
      return `${script(second ?? '', SUPERSCRIPTS, '')}√${group(first ?? '')}`;
    case 'mfenced': {
      const open = getAttributeOf(element, 'open') ?? '(';
      const close = getAttributeOf(element, 'close') ?? ')';
      const separator = (getAttributeOf(element, 'separators') ?? ',').trim()[0] ?? '';
      return `${open}${parts.map((part) => linearize(part)).join(`${separator} `)}${close}`;
    }
    case 'mtable':
      return parts.map((part) => linearize(part)).join('; ');
    case 'mtr':
    case 'mlabeledtr':
      return parts.map((part) => linearize(part)).join(', ');
    default:
      // mrow, mstyle, mpadded, menclose, merror, mtd, maction, math…
      return row(parts);
  }
}

/** What a formula reads as: its presentation markup, else its alttext, else its TeX annotation. */
export function mathText(math: Element): string {
  const written = linearize(math).replace(/\s+/g, ' ').trim();
  if (written.replace(/\u2062/g, '') !== '') return written;
  const alt = getAttributeOf(math, 'alttext')?.replace(/\s+/g, ' ').trim();
  if (alt) return alt;
  for (const annotation of queryAll(math, 'annotation'))
    if (/tex/i.test(getAttributeOf(annotation, 'encoding') ?? ''))
      return shownText(annotation).replace(/\s+/g, ' ').trim();
  return '';
}

/** The nearest ancestor of `element` (or itself) that the page hides, if any, up to `limit` levels. */
function hiddenAncestor(element: Element, limit: number): Element | null {
  let current: Element | null = element;
  for (let level = 0; current !== null && level <= limit; level += 1) {
    if (hidesItself(current)) return current;
    current = parentElementOf(current);
  }
  return null;
}

/**
 * What `markMath` puts around each formula's text: two Unicode noncharacters, which are for a
 * program's own use and never stand in text anyone writes. Only the corpus check asks for them
 * (tests/corpus), to tell exactly which words of an imported page came from its formulas; an
 * import never has them.
 */
export const MATH_START = '\uFDD0';
export const MATH_END = '\uFDD1';

/**
 * Replaces every <math> of the document with its text (see the top of this file); with
 * `markMath`, that text is put between MATH_START and MATH_END.
 */
export function mathToText(doc: Document, markMath = false): void {
  for (const math of queryAll(doc, 'math')) {
    const text = mathText(math);
    const alt = getAttributeOf(math, 'alttext')?.trim() ?? null;
    const hidden = hiddenAncestor(math, 4);
    const around = parentElementOf(hidden ?? math);
    const pictures =
      alt === null || alt === '' || around === null
        ? []
        : queryAll(around, 'img').filter((img) => getAttributeOf(img, 'alt')?.trim() === alt);
    const owner = ownerDocumentOf(math)!;
    const replacement = owner.createElement(getAttributeOf(math, 'display') === 'block' ? 'div' : 'span');
    replacement.textContent = markMath && text !== '' ? `${MATH_START}${text}${MATH_END}` : text;
    if (hidden !== null) {
      // Shown as a picture: the text takes the first picture's place.
      if (pictures[0] === undefined || text === '') continue;
      pictures[0].replaceWith(replacement);
      removeNode(math);
    } else if (text === '') removeNode(math);
    else math.replaceWith(replacement);
    for (const picture of pictures.slice(hidden !== null ? 1 : 0)) removeNode(picture);
  }
}
