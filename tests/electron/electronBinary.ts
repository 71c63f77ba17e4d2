// Where the Electron binary is, without asking the electron package: requiring it would try
// to download the binary, which these machines cannot do.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override !== undefined && override !== '') {
    const candidate = path.join(override, relative ?? 'electron');
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  if (relative === null) {
    return {
      found: false,
      reason:
        'node_modules/electron has no binary (it is fetched on first run, and this machine cannot download it; set ELECTRON_OVERRIDE_DIST_PATH to a local Electron to run it)',
    };
  }
  const candidate = path.join(packageDir, 'dist', relative);
  return existsSync(candidate) ? { found: true, path: candidate } : { found: false, reason: `${candidate} is missing` };
}
