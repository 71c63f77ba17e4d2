// Readability 0.6 starts `_grabArticle` by serializing the whole page (`page.innerHTML`) so that,
// should an attempt find too little text, it can put the page back as it was and try again with
// looser rules (`page.innerHTML = pageCacheHtml`). Nearly every page succeeds at the first
// attempt and never reads the string; on the 1 MB bench page making it took ~22 ms in a fresh
// page, where copying the page's nodes takes ~12 (docs/journal/2026-12-07-import-1mb.md). The
// frame's build keeps a copy of the nodes instead (`cloneNode(true)`, never attached, never
// changed) and serializes the copy only when an attempt fails. A copy serializes to the very
// string its original did at the moment it was copied (attributes, text, comments and template
// contents are what serializing reads, and cloning copies them all), so the page is put back
// from the same markup, as often as needed.

import { READABILITY_MODULE, replaceExactlyOnce, sourcePatchPlugin } from './sourcePatch';

const WHAT = "hamish:readability-page-copy: Readability's copy of the page (electron/build/readabilityPageCopy.ts)";

/** The two lines as Readability 0.6.0 ships them (node_modules/@mozilla/readability/Readability.js). */
export const PAGE_CACHE = '    var pageCacheHtml = page.innerHTML;\n';
export const PAGE_RESTORE = '        page.innerHTML = pageCacheHtml;\n';
export const PAGE_COPY = '    var pageCopy = page.cloneNode(true);\n';
export const PAGE_RESTORE_FROM_COPY = '        page.innerHTML = pageCopy.innerHTML;\n';

/** Readability's source keeping a copy of the page's nodes instead of its markup; throws when a line is not there exactly once. */
export function copyPageNodes(source: string): string {
  return replaceExactlyOnce(
    replaceExactlyOnce(source, PAGE_CACHE, PAGE_COPY, WHAT),
    PAGE_RESTORE,
    PAGE_RESTORE_FROM_COPY,
    WHAT,
  );
}

/** Applies `copyPageNodes` to Readability.js when it is bundled. */
export function readabilityPageCopy() {
  return sourcePatchPlugin('hamish:readability-page-copy', READABILITY_MODULE, copyPageNodes);
}
