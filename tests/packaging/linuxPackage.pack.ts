// The packaging check (`npm run test:packaging`, part of `npm test`): electron-builder for Linux
// with the project's real electron-builder.yml, then what it produced is inspected — the app.asar
// file list and size, the desktop entries, the MIME files, the deb's metadata and the fuses it
// flipped. Electron itself is replaced by a stand-in (standInElectron.ts) that runs nothing:
// this checks the packager's output, never that the app runs (the Electron suite does that where
// a binary exists). Needs `npm run build` first.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { generateAppRunScript } from 'app-builder-lib/out/targets/appimage/appImageUtil';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packLinux, type LinuxPackage } from './packLinux';
import { STAND_IN_NOTICE } from './standInElectron';

const root = path.resolve(import.meta.dirname, '../..');
/** What the renderer, main and preload bundles add up to today is ~3 MB; 44 MB shipped before. */
const MAX_ASAR_BYTES = 8 * 1024 * 1024;
/** A fuse's byte in the wire: ASCII '0' or '1' (@electron/fuses' FuseState, which it does not export). */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

let workDir: string;
let pkg: LinuxPackage;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'out/main/index.js')))
    throw new Error('out/ is missing: run `npm run build` before the packaging check (npm test does)');
  workDir = await mkdtemp(path.join(tmpdir(), 'hamish-packaging-'));
  pkg = await packLinux(workDir);
});

afterAll(async () => {
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

function desktopEntry(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const),
  );
}

describe('app.asar', () => {
  it('holds only out/main, out/preload, out/renderer and package.json: no node_modules, no test page', () => {
    const files = listPackage(path.join(pkg.appOutDir, 'resources/app.asar'), { isPack: false });
    const topLevel = new Set(files.map((file) => file.split(path.sep)[1]));
    expect([...topLevel].sort()).toEqual(['out', 'package.json']);
    const outFolders = new Set(
      files.filter((file) => file.startsWith(`${path.sep}out${path.sep}`)).map((file) => file.split(path.sep)[2]),
    );
    expect([...outFolders].sort()).toEqual(['main', 'preload', 'renderer']);
    expect(files.some((file) => file.includes('node_modules'))).toBe(false);
    expect(files).toContain(path.join(path.sep, 'out/main/index.js'));
    expect(files).toContain(path.join(path.sep, 'out/preload/index.cjs'));
    expect(files).toContain(path.join(path.sep, 'out/renderer/index.html'));
  });

  it(`is small (under ${MAX_ASAR_BYTES / 1024 / 1024} MB): the libraries travel inside the bundles`, async () => {
    const asar = path.join(pkg.appOutDir, 'resources/app.asar');
    const { size } = await stat(asar);
    const entries = listPackage(asar, { isPack: false }).length;
    console.log(`packaging check: app.asar is ${(size / 1024 / 1024).toFixed(2)} MB, ${entries} entries`);
    expect(size).toBeLessThan(MAX_ASAR_BYTES);
  });

  it('ships a package.json with no production dependencies', async () => {
    const pkgJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkgJson['dependencies']).toBeUndefined();
  });
});

describe('fuses, as electron-builder flipped them in the (stand-in) binary', () => {
  it('the binary is the stand-in, renamed to the executable name', async () => {
    expect(await readFile(path.join(pkg.appOutDir, 'hamish'), 'latin1')).toContain(STAND_IN_NOTICE);
  });

  it('has exactly the fuse states electron-builder.yml asks for', async () => {
    const wire = await getCurrentFuseWire(path.join(pkg.appOutDir, 'hamish'));
    const state = (fuse: FuseV1Options) => wire[fuse];
    expect(state(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
  });
});

describe('the deb', () => {
  it('has a homepage and a maintainer with an e-mail address (fpm needs both)', () => {
    const arg = (name: string) => pkg.debFpmArgs[pkg.debFpmArgs.indexOf(name) + 1];
    expect(arg('--url')).toMatch(/^https:\/\/\S+$/);
    expect(arg('--maintainer')).toMatch(/^[^<>]+ <[^@\s]+@[^@\s]+>$/);
  });

  it('installs no MIME XML: the types it opens are the system ones, not redeclared', () => {
    expect(pkg.debMimeXml).toBeNull();
    expect([...pkg.debFiles.keys()].filter((target) => target.startsWith('/usr/share/mime'))).toEqual([]);
  });

  it('installs the AppArmor profile that lets the sandbox use user namespaces on Ubuntu 24.04+', async () => {
    const profile = await readFile(path.join(pkg.appOutDir, 'resources/apparmor-profile'), 'utf8');
    expect(profile).toContain('"/opt/Hamish/hamish"');
    expect(profile).toContain('userns,');
  });

  it('desktop entry: the app, the text types and hamish:// links, in Arabic too', () => {
    const entry = desktopEntry(pkg.debDesktopEntry);
    expect(entry.get('Exec')).toBe('/opt/Hamish/hamish %U');
    expect(entry.get('MimeType')).toBe('text/plain;text/markdown;text/html;x-scheme-handler/hamish;');
    expect(entry.get('Name[ar]')).toBe('هامش');
    expect(entry.get('StartupWMClass')).toBe('hamish');
    expect(pkg.debFiles.get('/usr/share/applications/hamish.desktop')).toBeDefined();
  });
});

describe('the AppImage', () => {
  it('desktop entry does not turn the sandbox off for every launch', () => {
    const entry = desktopEntry(pkg.appImageDesktopEntry);
    expect(entry.get('Exec')).toBe('AppRun %U');
    expect(pkg.appImageDesktopEntry).not.toContain('--no-sandbox');
    expect(entry.get('MimeType')).toBe('text/plain;text/markdown;text/html;x-scheme-handler/hamish;');
  });

  it("electron-builder's AppRun adds --no-sandbox only where user namespaces are unavailable", () => {
    const appRun = generateAppRunScript({
      DesktopFileName: 'hamish.desktop',
      ExecutableName: 'hamish',
      ProductName: 'Hamish',
      ProductFilename: 'Hamish',
      ResourceName: 'appimagekit-hamish',
    });
    expect(appRun).toMatch(
      /if \[ \$HAVE_NO_SANDBOX -eq 0 \] && ! unshare -Ur true 2>\/dev\/null ; then\s+NO_SANDBOX=\(--no-sandbox\)/,
    );
    expect(appRun.match(/--no-sandbox\)/g)).toHaveLength(1);
  });
});
