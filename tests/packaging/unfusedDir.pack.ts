// The unfused `--dir` build the Electron suite launches (packUnfusedDir.ts), made here with the
// stand-in Electron (standInElectron.ts), which runs nothing: this checks only that the build the
// suite will start is the project's real packaging with the fuses left as Electron ships them
// (the Node inspector Playwright needs is on), never that it runs.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronDistOf, packUnfusedDir, type UnfusedBuild } from './packUnfusedDir';
import { STAND_IN_NOTICE, writeStandInElectronDist } from './standInElectron';

const root = path.resolve(import.meta.dirname, '../..');
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

let workDir: string;
let unfused: UnfusedBuild;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'out/main/index.js')))
    throw new Error('out/ is missing: run `npm run build` before the packaging check (npm test does)');
  workDir = await mkdtemp(path.join(tmpdir(), 'hamish-unfused-'));
  const dist = await writeStandInElectronDist(path.join(workDir, 'stand-in-electron-dist'));
  unfused = await packUnfusedDir(workDir, dist);
});

afterAll(async () => {
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe('the unfused --dir build for the Electron suite (stand-in Electron)', () => {
  it('is the stand-in, renamed to the app, with the same app.asar as the real packaging', async () => {
    expect(await readFile(unfused.executable, 'latin1')).toContain(STAND_IN_NOTICE);
    const files = listPackage(path.join(unfused.resourcesDir, 'app.asar'), { isPack: false });
    expect(files).toContain(path.join(path.sep, 'out/main/index.js'));
    expect(files).toContain(path.join(path.sep, 'out/renderer/index.html'));
    expect(files.some((file) => file.includes('node_modules'))).toBe(false);
  });

  it('leaves every fuse as Electron ships it, the inspector Playwright needs included', async () => {
    const wire = await getCurrentFuseWire(unfused.executable);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.DISABLE);
  });
});

describe('electronDistOf', () => {
  it('is the binary’s folder, or on macOS the folder that holds Electron.app', () => {
    expect(electronDistOf('/x/node_modules/electron/dist/electron')).toBe('/x/node_modules/electron/dist');
    expect(electronDistOf('/x/dist/Electron.app/Contents/MacOS/Electron')).toBe('/x/dist');
  });
});
