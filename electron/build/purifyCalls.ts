// DOMPurify keeps its own references to every built-in it calls (String.prototype.toLowerCase,
// Array.prototype.push, RegExp.prototype.test, the DOM's getters) so that a page's script
// cannot swap them out from under it, and calls each through `unapply`. As DOMPurify 3.4
// ships it, `unapply` copies its arguments into a new array and goes through Reflect.apply on
// every call: tens of calls per node, up to a third of sanitizing the article of the 1 MB bench
// page in a fresh extraction frame, whose engine has not yet optimized them (CPU profiles of the
// import, docs/journal/2026-12-07-import-1mb.md; sanitizing took 0.745 of the time without it). The frame's build makes `unapply` a bound
// `Function.prototype.call`: it captures the same original function at the same moment (when
// DOMPurify loads), later changes to the built-ins reach it no more than before, and it calls
// with the same receiver and arguments, without the array.

import { replaceExactlyOnce, sourcePatchPlugin } from './sourcePatch';

/** `unapply` as DOMPurify 3.4 ships it in dist/purify.es.mjs (and purify.cjs.js). */
export const UNAPPLY = `function unapply(func) {
\treturn function(thisArg) {
\t\tfor (var _len3 = arguments.length, args = new Array(_len3 > 1 ? _len3 - 1 : 0), _key3 = 1; _key3 < _len3; _key3++) args[_key3 - 1] = arguments[_key3];
\t\treturn apply(func, thisArg, args);
\t};
}`;

/** The same function without the copy: `call` bound to `func` takes the receiver first. */
export const BOUND_UNAPPLY = `function unapply(func) {
\treturn Function.prototype.call.bind(func);
}`;

/** DOMPurify's module, which two of the frame build's edits apply to. */
export const PURIFY_MODULE = /[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/;

/** DOMPurify's source with `unapply` a bound call; throws when `unapply` is not there exactly once. */
export function bindUnapply(source: string): string {
  return replaceExactlyOnce(
    source,
    UNAPPLY,
    BOUND_UNAPPLY,
    "hamish:purify-calls: DOMPurify's `unapply` (electron/build/purifyCalls.ts)",
  );
}

/** Applies `bindUnapply` to DOMPurify when it is bundled. */
export function purifyCalls() {
  return sourcePatchPlugin('hamish:purify-calls', PURIFY_MODULE, bindUnapply);
}
