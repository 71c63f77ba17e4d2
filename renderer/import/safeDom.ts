// DOM reads that imported markup cannot redirect. A form's controls become properties of the
// form by their names and ids ("DOM clobbering"), and so do images, forms, frames and objects
// of the document: in `<form><input name="parentElement"></form>` the form's `parentElement`
// is the input, and a walk that climbs by it never gets back to where it started. Document and
// HTMLFormElement are the two interfaces whose named properties win over their own methods and
// accessors, so these helpers call the prototypes' getters and methods directly, whatever the
// object in hand says its properties are.

function getter<T>(proto: object, name: string): (node: Node) => T {
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  const get = descriptor?.get;
  if (get === undefined) throw new Error(`no ${name} accessor on the prototype`);
  return (node) => get.call(node) as T;
}

// Looked up on first use, so that importing this module needs no DOM (the queue's unit tests
// run in Node and only reach it through the conversion).
let accessors: ReturnType<typeof makeAccessors> | null = null;

function makeAccessors() {
  return {
    parentNode: getter<ParentNode | null>(Node.prototype, 'parentNode'),
    firstChild: getter<ChildNode | null>(Node.prototype, 'firstChild'),
    nextSibling: getter<ChildNode | null>(Node.prototype, 'nextSibling'),
    nodeType: getter<number>(Node.prototype, 'nodeType'),
    ownerDocument: getter<Document | null>(Node.prototype, 'ownerDocument'),
    textContent: getter<string | null>(Node.prototype, 'textContent'),
    localName: getter<string>(Element.prototype, 'localName'),
    firstElementChild: getter<Element | null>(Element.prototype, 'firstElementChild'),
    nextElementSibling: getter<Element | null>(Element.prototype, 'nextElementSibling'),
    parentElement: getter<Element | null>(Node.prototype, 'parentElement'),
  };
}

function dom() {
  accessors ??= makeAccessors();
  return accessors;
}

export const parentNodeOf = (node: Node): ParentNode | null => dom().parentNode(node);
export const parentElementOf = (node: Node): Element | null => dom().parentElement(node);
export const firstChildOf = (node: Node): ChildNode | null => dom().firstChild(node);
export const nextSiblingOf = (node: Node): ChildNode | null => dom().nextSibling(node);
export const nodeTypeOf = (node: Node): number => dom().nodeType(node);
export const ownerDocumentOf = (node: Node): Document | null => dom().ownerDocument(node);
export const textContentOf = (node: Node): string => dom().textContent(node) ?? '';
export const localNameOf = (element: Element): string => dom().localName(element);
export const firstElementChildOf = (element: Element): Element | null => dom().firstElementChild(element);
export const nextElementSiblingOf = (element: Element): Element | null => dom().nextElementSibling(element);

export function getAttributeOf(element: Element, name: string): string | null {
  return Element.prototype.getAttribute.call(element, name);
}

export function removeAttributeOf(element: Element, name: string): void {
  Element.prototype.removeAttribute.call(element, name);
}

export function setAttributeOf(element: Element, name: string, value: string): void {
  Element.prototype.setAttribute.call(element, name, value);
}

export function hasAttributeOf(element: Element, name: string): boolean {
  return Element.prototype.hasAttribute.call(element, name);
}

export function attributeNamesOf(element: Element): string[] {
  return Element.prototype.getAttributeNames.call(element);
}

export function removeNode(node: ChildNode): void {
  Element.prototype.remove.call(node as Element);
}

/** Elements matching `selectors` under `root` (a document or an element), in document order. */
export function queryAll(root: ParentNode, selectors: string): Element[] {
  const method = nodeTypeOf(root as Node) === Node.DOCUMENT_NODE ? Document.prototype : Element.prototype;
  return Array.from(method.querySelectorAll.call(root, selectors) as NodeListOf<Element>);
}

export function queryFirst(root: ParentNode, selectors: string): Element | null {
  const method = nodeTypeOf(root as Node) === Node.DOCUMENT_NODE ? Document.prototype : Element.prototype;
  return method.querySelector.call(root, selectors) as Element | null;
}

/** A document's `<html>`, `<body>` and `<title>` text, read past any element named after them. */
export function documentElementOf(doc: Document): Element | null {
  return getter<Element | null>(Document.prototype, 'documentElement')(doc);
}

export function bodyOf(doc: Document): HTMLElement | null {
  return getter<HTMLElement | null>(Document.prototype, 'body')(doc);
}

export function titleOf(doc: Document): string {
  return getter<string>(Document.prototype, 'title')(doc);
}

/**
 * Takes away what lets markup clobber: the names and ids of a form's listed elements (and of
 * images, which forms and documents also expose by name), and the names of the elements a
 * document exposes by name (embed, form, iframe, img, object, and objects by id). After this no
 * property of the document or of any form is anything but its own. Libraries that walk the
 * tree (Readability) then walk it as it is. Anchors keep their names (`<a name>` targets
 * in-page links, and no interface exposes it).
 */
export function declobber(doc: Document): void {
  for (const element of queryAll(doc, 'button, fieldset, input, object, output, select, textarea, img')) {
    removeAttributeOf(element, 'name');
    removeAttributeOf(element, 'id');
  }
  for (const element of queryAll(doc, 'embed, form, iframe')) removeAttributeOf(element, 'name');
}
