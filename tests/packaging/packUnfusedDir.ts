// electron-builder's `--dir` build of this platform with the project's electron-builder.yml, but
// with no fuses flipped ("unfused"): Playwright drives Electron through the Node inspector, which
// the packaged app's fuses turn off, so the Electron suite launches this build to see that the
// packaged app (app.asar, its file list, `app.isPackaged`) starts. The fuses themselves are
// checked on the real config's build by linuxPackage.pack.ts.
//
// `electronDist` is an Electron distribution: the real one where the Electron suite runs, the
// stand-in (standInElectron.ts) in the packaging check, which only inspects the output.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { archFromString, build, Platform } from 'electron-builder';

const root = path.resolve(import.meta.dirname, '../..');

export interface UnfusedBuild {
  /** electron-builder's `--dir` output (`linux-unpacked`, `win-unpacked`, `mac…/Hamish.app`). */
  readonly appOutDir: string;
  /** The app's executable in it. */
  readonly executable: string;
  /** Where app.asar is. */
  readonly resourcesDir: string;
}

/** The distribution folder electron-builder wants for an Electron binary's path. */
export function electronDistOf(binary: string): string {
  const bundle = binary.indexOf('.app/Contents/MacOS/');
  // macOS: the folder that holds Electron.app; elsewhere, the binary's own folder.
  return bundle >= 0 ? path.dirname(binary.slice(0, bundle + '.app'.length)) : path.dirname(binary);
}

export async function packUnfusedDir(workDir: string, electronDist: string): Promise<UnfusedBuild> {
  const outputDir = path.join(workDir, 'dist');
  const platform = Platform.current();
  await build({
    projectDir: root,
    targets: platform.createTarget(['dir'], archFromString(process.arch)),
    publish: 'never',
    // Laid over electron-builder.yml as `-c.…` would be: `null` removes the fuse settings.
    config: {
      electronDist,
      electronFuses: null,
      directories: { output: outputDir },
      // Unfused, the macOS binary keeps Electron's ad-hoc signature only if it is signed again.
      ...(platform === Platform.MAC ? { mac: { identity: '-' } } : {}),
    },
  });
  const folders = await readdir(outputDir);
  if (platform === Platform.LINUX) {
    const appOutDir = path.join(
      outputDir,
      folders.find((name) => name.endsWith('-unpacked'))!,
    );
    return { appOutDir, executable: path.join(appOutDir, 'hamish'), resourcesDir: path.join(appOutDir, 'resources') };
  }
  if (platform === Platform.WINDOWS) {
    const appOutDir = path.join(
      outputDir,
      folders.find((name) => name.endsWith('-unpacked'))!,
    );
    return {
      appOutDir,
      executable: path.join(appOutDir, 'Hamish.exe'),
      resourcesDir: path.join(appOutDir, 'resources'),
    };
  }
  const appOutDir = path.join(
    outputDir,
    folders.find((name) => name.startsWith('mac'))!,
    'Hamish.app',
  );
  return {
    appOutDir,
    executable: path.join(appOutDir, 'Contents/MacOS/Hamish'),
    resourcesDir: path.join(appOutDir, 'Contents/Resources'),
  };
}
