// Readability 0.6 resolves every link's and picture's address against the document's base
// (`_fixRelativeUris`), parsing each with `new URL` and writing it back. In the extraction frame
// every address has already been resolved against the page's own address, normalized and
// checked before Readability runs (renderer/import/pageAddresses.ts), so for http(s) and mailto
// addresses that pass changes nothing; on the 1 MB bench page it took 12.5 ms of a fresh
// frame's conversion, 5.2 with this edit (docs/journal/2026-12-07-import-1mb.md). The frame's
// build keeps an address that is already absolute (`https://`, `http://`, `mailto:`) as it is.
// Resolving one against any base gives the address itself, and what the import keeps of an
// address is what `new URL` makes of it (renderer/import/blockAddresses.ts), so the article's
// addresses are the same either way. Every other address (relative, a fragment, `data:`) is
// resolved as before.

import { READABILITY_MODULE, replaceExactlyOnce, sourcePatchPlugin } from './sourcePatch';

/** Where Readability 0.6.0 starts resolving an address (node_modules/@mozilla/readability/Readability.js). */
export const RESOLVE =
  '      // Otherwise, resolve against base URI:\n      try {\n        return new URL(uri, baseURI).href;';
export const KEEP_ABSOLUTE = '      if (/^(?:https?:\\/\\/|mailto:)/i.test(uri)) {\n        return uri;\n      }\n\n';

/** Readability's source keeping absolute addresses as they are; throws when the lines are not there exactly once. */
export function keepAbsoluteAddresses(source: string): string {
  return replaceExactlyOnce(
    source,
    RESOLVE,
    `${KEEP_ABSOLUTE}${RESOLVE}`,
    "hamish:readability-addresses: Readability's address resolution (electron/build/readabilityAddresses.ts)",
  );
}

/** Applies `keepAbsoluteAddresses` to Readability.js when it is bundled. */
export function readabilityAddresses() {
  return sourcePatchPlugin('hamish:readability-addresses', READABILITY_MODULE, keepAbsoluteAddresses);
}
