// Runs electron-builder for Linux with the project's own electron-builder.yml, the way
// `npm run dist -- --linux` does, but with the stand-in Electron distribution (standInElectron.ts)
// and without the two steps that need tools from the network (fpm for the deb, the AppImage
// runtime): electron-builder's own `effectiveOptionComputed` hook hands over what those tools
// would be given — the deb's fpm arguments with its desktop entry and MIME files, the AppImage's
// desktop entry — and skips running them. `linux-unpacked/` (app.asar, the flipped fuses, the
// AppArmor profile) is electron-builder's real `--dir` output.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Arch, build, Platform } from 'electron-builder';
import { writeStandInElectronDist } from './standInElectron';

const root = path.resolve(import.meta.dirname, '../..');

export interface LinuxPackage {
  /** electron-builder's `--dir` output (`linux-unpacked`). */
  readonly appOutDir: string;
  /** The arguments electron-builder would pass to fpm to build the deb. */
  readonly debFpmArgs: readonly string[];
  /** Files the deb would install (the app folder, desktop entry, icons, MIME XML): install path → source. */
  readonly debFiles: ReadonlyMap<string, string>;
  /** The text of the deb's .desktop file and of its MIME XML (null when it installs none). */
  readonly debDesktopEntry: string;
  readonly debMimeXml: string | null;
  readonly appImageDesktopEntry: string;
}

/** Builds into `workDir` (a fresh temporary folder). */
export async function packLinux(workDir: string): Promise<LinuxPackage> {
  const electronDist = await writeStandInElectronDist(path.join(workDir, 'stand-in-electron-dist'));
  const outputDir = path.join(workDir, 'dist');
  // Read inside the hook: electron-builder deletes its temporary files when the build ends.
  const seen: {
    deb?: Pick<LinuxPackage, 'debFpmArgs' | 'debFiles' | 'debDesktopEntry' | 'debMimeXml'>;
    appImageDesktopEntry?: string;
  } = {};
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget(['deb', 'AppImage'], Arch.x64),
    publish: 'never',
    // electron-builder loads the project's electron-builder.yml itself (as `npm run dist` does) and
    // lays these two settings over it, like `-c.electronDist=…` on the command line. (Naming the
    // file again under `extends` would load it twice and double every list in it.)
    config: { electronDist, directories: { output: outputDir } },
    effectiveOptionComputed: async (computed: unknown) => {
      if (Array.isArray(computed)) {
        const [args, desktopFile] = computed as [string[], string];
        const debFiles = installedFiles(args);
        const mimeXml = [...debFiles].find(([target]) => target.startsWith('/usr/share/mime/'))?.[1];
        seen.deb = {
          debFpmArgs: args,
          debFiles,
          debDesktopEntry: await readFile(desktopFile, 'utf8'),
          debMimeXml: mimeXml === undefined ? null : await readFile(mimeXml, 'utf8'),
        };
      } else {
        seen.appImageDesktopEntry = (computed as { desktop: string }).desktop;
      }
      return true; // stop before fpm / the AppImage tools, which would need the network
    },
  });
  const { deb, appImageDesktopEntry } = seen;
  if (deb === undefined || appImageDesktopEntry === undefined)
    throw new Error('electron-builder did not reach the deb and AppImage steps');
  return { appOutDir: path.join(outputDir, 'linux-unpacked'), ...deb, appImageDesktopEntry };
}

/** fpm's "source=/destination" arguments: the files a package installs. */
function installedFiles(args: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const arg of args) {
    const at = arg.lastIndexOf('=/');
    if (at > 0 && !arg.startsWith('-')) files.set(arg.slice(at + 1), arg.slice(0, at));
  }
  return files;
}
