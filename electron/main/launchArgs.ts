// Which command-line arguments name documents to open ("open with", or a second launch).
// Flags, the executable itself and the app path are dropped.

import path from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '../common/importLimits';

export const OPENABLE_EXTENSIONS = IMPORTABLE_EXTENSIONS;

export function documentPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const extension = path.extname(arg).toLowerCase();
    if (!(OPENABLE_EXTENSIONS as readonly string[]).includes(extension)) continue;
    paths.push(path.resolve(workingDirectory, arg));
  }
  return paths;
}
