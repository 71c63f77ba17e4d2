// Readability 0.6's `parse()` ends by reading the whole extracted article's `textContent` to
// return it, and its length, beside the article itself. Hamish reads neither: it takes the
// article's element (`content`) and walks it. On the 1 MB bench page that one read is ~20 ms of
// the import in a fresh extraction frame (CPU profiles, docs/journal/2026-12-07-import-1mb.md).
// The frame's build makes the two properties getters that read the text when asked for, so a
// caller that does read them gets the same values, from the same element.

import { READABILITY_MODULE, replaceExactlyOnce, sourcePatchPlugin } from './sourcePatch';

/** The lines as Readability 0.6.0 ships them (node_modules/@mozilla/readability/Readability.js). */
export const TEXT_READ = '    var textContent = articleContent.textContent;\n';
export const TEXT_FIELDS = '      textContent,\n      length: textContent.length,\n';
export const LAZY_TEXT_FIELDS =
  '      get textContent() { return articleContent.textContent; },\n' +
  '      get length() { return articleContent.textContent.length; },\n';

/** Readability's source with `textContent` and `length` read when asked for; throws when the lines are not there exactly once. */
export function lazyArticleText(source: string): string {
  const what = "hamish:readability-text: Readability's article text in parse() (electron/build/readabilityText.ts)";
  return replaceExactlyOnce(replaceExactlyOnce(source, TEXT_READ, '', what), TEXT_FIELDS, LAZY_TEXT_FIELDS, what);
}

/** Applies `lazyArticleText` to Readability.js when it is bundled. */
export function readabilityText() {
  return sourcePatchPlugin('hamish:readability-text', READABILITY_MODULE, lazyArticleText);
}
