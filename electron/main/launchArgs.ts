// What the command line of a launch (or of a second launch, handed over by the single-instance
// lock) asks Hamish to open: documents ("open with"), and hamish:// links (from the Markdown
// export). Flags, the executable itself and the app path are dropped.
//
// Linux desktops start us through the desktop entry's `%U`, which passes documents as file://
// URIs, percent-encoded (an Arabic file name arrives as %D9%85…), so a URI is turned back into a
// path before its extension is checked. Windows and macOS pass plain paths.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORTABLE_EXTENSIONS } from '../common/importLimits';

export const OPENABLE_EXTENSIONS = IMPORTABLE_EXTENSIONS;

/** The document path an argument names, or null (a flag, another URL, a file:// URI we cannot use). */
function documentPath(arg: string, workingDirectory: string): string | null {
  if (arg.startsWith('-')) return null;
  let candidate: string;
  if (/^file:/i.test(arg)) {
    try {
      candidate = fileURLToPath(arg);
    } catch {
      return null; // a remote host (file://server/…) or a malformed URI
    }
  } else if (/^[a-z][a-z\d+.-]+:/i.test(arg) && !/^[a-z]:[\\/]/i.test(arg)) {
    return null; // another scheme (hamish:, http:…); "C:\…" is a Windows path, not a scheme
  } else {
    candidate = path.resolve(workingDirectory, arg);
  }
  const extension = path.extname(candidate).toLowerCase();
  return (OPENABLE_EXTENSIONS as readonly string[]).includes(extension) ? candidate : null;
}

export function documentPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .map((arg) => documentPath(arg, workingDirectory))
    .filter((found) => found !== null);
}

/** Arguments that are hamish: links, untouched (hamishLink.ts parses them). */
export function linksFromArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => /^hamish:/i.test(arg));
}
