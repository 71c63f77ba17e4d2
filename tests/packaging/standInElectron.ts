// A STAND-IN for the Electron distribution, for inspecting electron-builder's output only.
//
// electron-builder copies an Electron distribution into the package and flips the fuses in its
// binary. These machines cannot download Electron, so the packaging check hands electron-builder
// this folder instead (`electronDist`). Its `electron` file is not Electron: it is a shell script
// that says it is a stand-in and exits 1, followed by the fuse sentinel and a fuse wire set to
// Electron's documented defaults, so the fuses electron-builder writes can be read back. Nothing
// built from it can run, and no test claims the app ran.

import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** @electron/fuses finds the wire right after this string (electron/fuses, constants.ts). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
/**
 * Electron's defaults, in FuseV1Options order: RunAsNode on, CookieEncryption off, NodeOptions on,
 * NodeCliInspect on, EmbeddedAsarIntegrityValidation off, OnlyLoadAppFromAsar off,
 * LoadBrowserProcessSpecificV8Snapshot off, GrantFileProtocolExtraPrivileges on ('1' = enabled).
 */
const DEFAULT_FUSES = '10110001';

export const STAND_IN_NOTICE =
  'This is a stand-in for the Electron binary, made by tests/packaging/standInElectron.ts so that ' +
  "electron-builder's output can be inspected. It is not Electron and runs nothing.";

/** Writes the stand-in distribution into `dir` and returns its path. */
export async function writeStandInElectronDist(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  const script = `#!/bin/sh\n# ${STAND_IN_NOTICE}\necho '${STAND_IN_NOTICE}' >&2\nexit 1\n`;
  const wire = Buffer.concat([
    Buffer.from(script),
    Buffer.from(`# ${FUSE_SENTINEL}`),
    Buffer.from([FUSE_WIRE_VERSION, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES, 'ascii'),
    Buffer.from('\n'),
  ]);
  await writeFile(path.join(dir, 'electron'), wire);
  // The Linux distribution's setuid sandbox helper, also a stand-in (the deb's scripts chmod it).
  await writeFile(path.join(dir, 'chrome-sandbox'), `#!/bin/sh\n# ${STAND_IN_NOTICE}\nexit 1\n`);
  await chmod(path.join(dir, 'electron'), 0o755);
  await chmod(path.join(dir, 'chrome-sandbox'), 0o755);
  await writeFile(path.join(dir, 'STAND-IN.txt'), `${STAND_IN_NOTICE}\n`);
  return dir;
}
