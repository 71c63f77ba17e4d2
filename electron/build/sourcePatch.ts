// Build-time edits of a library's source, for the few places where a library's own code costs
// the import much and no option reaches it (docs/import.md, "Import performance"). Each edit
// names the exact text it replaces and stops the build when that text is not there exactly
// once, so that an update of the library that changes it fails the build instead of quietly
// losing the edit, or making it somewhere else.

import type { Plugin } from 'vite';

/** Readability's module, which three of the frame build's edits apply to. */
export const READABILITY_MODULE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

/** `source` with `find` replaced by `replacement`; throws unless `find` occurs exactly once. */
export function replaceExactlyOnce(source: string, find: string, replacement: string, what: string): string {
  const first = source.indexOf(find);
  if (first < 0 || source.indexOf(find, first + 1) >= 0)
    throw new Error(`${what} is not there exactly once; check it against the installed library`);
  return `${source.slice(0, first)}${replacement}${source.slice(first + find.length)}`;
}

/** A Vite plugin that applies `patch` to the modules whose file name matches `module`. */
export function sourcePatchPlugin(name: string, module: RegExp, patch: (source: string) => string): Plugin {
  return {
    name,
    transform(code, id) {
      if (!module.test(id.split('?')[0]!)) return null;
      return { code: patch(code), map: null };
    },
  };
}
