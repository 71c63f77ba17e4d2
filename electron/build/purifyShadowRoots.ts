// Given a node (as the extraction frame gives it Readability's article), DOMPurify 3.4 imports a
// copy and, before sanitizing it, walks the whole copy for attached shadow roots
// (`_sanitizeAttachedShadowRoots`): a stack entry object per node, the child list of each read
// through the DOM. On the 1 MB bench page (~26,000 nodes) that walk was ~25 ms of a fresh
// extraction frame's conversion, a third of DOMPurify's own time (CPU profiles,
// docs/journal/2026-12-07-import-1mb.md), and it finds nothing there: the frame's document comes
// from `DOMParser`, which never attaches a shadow root (declarative shadow roots stay inert
// <template>s, which the configuration removes), and nothing in the frame attaches one
// (tests/build/extractionFrame.test.ts checks that the frame's script has no call that could).
// Had a shadow root been there, the walk would only have sanitized inside it; Hamish reads the
// sanitized result through its child nodes (renderer/import/htmlToBlocks.ts), never entering a
// shadow tree, so what the import keeps is the same with or without the walk. The frame's build
// leaves it out for imported nodes; sanitizing in place and sanitizing strings are as before.

import { replaceExactlyOnce, sourcePatchPlugin } from './sourcePatch';
import { PURIFY_MODULE } from './purifyCalls';

/** The end of DOMPurify 3.4's import of a node, with the walk (dist/purify.es.mjs). */
export const IMPORT_WALK = '\t\t\telse body.appendChild(importedNode);\n\t\t\t_sanitizeAttachedShadowRoots(body);\n';
export const IMPORT_ONLY = '\t\t\telse body.appendChild(importedNode);\n';

/** DOMPurify's source without the shadow-root walk of an imported node; throws when the lines are not there exactly once. */
export function skipImportedShadowWalk(source: string): string {
  return replaceExactlyOnce(
    source,
    IMPORT_WALK,
    IMPORT_ONLY,
    "hamish:purify-shadow-roots: DOMPurify's walk of an imported node (electron/build/purifyShadowRoots.ts)",
  );
}

/** Applies `skipImportedShadowWalk` to DOMPurify when it is bundled. */
export function purifyShadowRoots() {
  return sourcePatchPlugin('hamish:purify-shadow-roots', PURIFY_MODULE, skipImportedShadowWalk);
}
