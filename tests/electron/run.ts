// `npm run test:electron`: runs the Electron suite where an Electron binary exists; where none
// does, says so in one plain line and exits 0 so the rest of `npm test` still counts. It never
// substitutes anything for Electron.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electronBinary';

const root = path.resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
if (!binary.found) {
  console.log(`Electron suite skipped: ${binary.reason}.`);
  process.exit(0);
}
if (!existsSync(path.join(root, 'out/main/index.js'))) {
  console.error('Electron suite: out/main/index.js is missing; run `npm run build` first (npm test does).');
  process.exit(1);
}

const playwright = ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'];
// Electron needs a display; on a headless Linux machine use a virtual one if there is one.
const needsDisplay = process.platform === 'linux' && !process.env['DISPLAY'];
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
const [command, args] = needsDisplay && hasXvfb ? ['xvfb-run', ['-a', 'npx', ...playwright]] : ['npx', playwright];
const result = spawnSync(command, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, HAMISH_ELECTRON_BINARY: binary.path },
});
process.exit(result.status ?? 1);
