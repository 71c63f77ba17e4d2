// Readability 0.6 builds one debug line in `parse()` whether or not logging is on:
// `this.log("Grabbed: " + articleContent.innerHTML)` serializes the whole extracted article
// just to hand the string to a `log` that does nothing unless the `debug` option is set.
// Hamish never sets it, and on the 1 MB bench page that serialization was a visible part of
// Readability's own time in the extraction frame (CPU profiles, 2026-12-06,
// docs/journal/2026-12-06-import-1mb.md). Readability already guards its other whole-article
// log lines with `this._debug`; the frame's build guards this one the same way. Nothing else
// changes: with `debug` on, the line is logged as before.

import { READABILITY_MODULE, replaceExactlyOnce, sourcePatchPlugin } from './sourcePatch';

/** The line as Readability 0.6.0 ships it (node_modules/@mozilla/readability/Readability.js). */
export const GRABBED_LOG_LINE = 'this.log("Grabbed: " + articleContent.innerHTML);';

/**
 * Readability's source with the "Grabbed" line built only when debugging. Throws when the line
 * is not there exactly once, so that a Readability update that changes it stops the build
 * instead of quietly losing the guard (or guarding something else).
 */
export function guardGrabbedLog(source: string): string {
  return replaceExactlyOnce(
    source,
    GRABBED_LOG_LINE,
    `if (this._debug) ${GRABBED_LOG_LINE}`,
    'hamish:readability-log: the "Grabbed" log line of Readability (electron/build/readabilityLog.ts)',
  );
}

/** Applies `guardGrabbedLog` to Readability.js when it is bundled. */
export function readabilityLog() {
  return sourcePatchPlugin('hamish:readability-log', READABILITY_MODULE, guardGrabbedLog);
}
