// Readability 0.6 asks of every element of the page whether it is probably visible
// (`_isProbablyVisible`), and reads its inline style twice for that: `node.style.display` and
// `node.style.visibility`. The first read makes a style declaration object for the element, and
// on the 1 MB bench page (~15,000 elements) the check was ~15 ms of a fresh extraction frame's
// conversion (CPU profiles, docs/journal/2026-12-07-import-1mb.md). An element without a `style`
// attribute has an empty inline style (setting one through `node.style` writes the attribute),
// so neither read can say "none" or "hidden" there: the frame's build asks for the attribute
// first and reads the style only where there is one. The answer is the same for every element.

import { READABILITY_MODULE, replaceExactlyOnce, sourcePatchPlugin } from './sourcePatch';

/** The style reads of `_isProbablyVisible` as Readability 0.6.0 ships them. */
export const STYLE_READS =
  '      (!node.style || node.style.display != "none") &&\n' +
  '      (!node.style || node.style.visibility != "hidden") &&\n';

/** The same reads, made only when the element has a `style` attribute. */
export const STYLE_READS_IF_STYLED =
  '      (!node.hasAttribute("style") ||\n' +
  '        ((!node.style || node.style.display != "none") &&\n' +
  '          (!node.style || node.style.visibility != "hidden"))) &&\n';

/** Readability's source reading inline styles only where there are some; throws when the lines are not there exactly once. */
export function styleReadsIfStyled(source: string): string {
  return replaceExactlyOnce(
    source,
    STYLE_READS,
    STYLE_READS_IF_STYLED,
    "hamish:readability-visibility: Readability's visibility check (electron/build/readabilityVisibility.ts)",
  );
}

/** Applies `styleReadsIfStyled` to Readability.js when it is bundled. */
export function readabilityVisibility() {
  return sourcePatchPlugin('hamish:readability-visibility', READABILITY_MODULE, styleReadsIfStyled);
}
