// electron-builder.yml, checked the way `electron-builder` itself reads and validates it
// (app-builder-lib's loader, then its ajv validation against its own scheme.json), plus what
// the schema cannot know: the fuses, the file associations, the data-folder name and the icons.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';
import { OPENABLE_EXTENSIONS } from '../../electron/main/launchArgs';

const root = path.resolve(import.meta.dirname, '../..');
const quietLogger = { isEnabled: false, add() {} } as unknown as Parameters<typeof validateConfiguration>[1];
/** The first validation compiles electron-builder's whole JSON schema: ~2 s here, 5+ s on a busy machine. */
const SCHEMA_TIMEOUT_MS = 30_000;

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, path.join(root, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", { timeout: SCHEMA_TIMEOUT_MS }, async () => {
    await expect(validateConfiguration(await loadConfig(), quietLogger)).resolves.toBeUndefined();
  });

  it(
    'the validation is real: a misspelt fuse or an unknown key is refused',
    { timeout: SCHEMA_TIMEOUT_MS },
    async () => {
      const config = await loadConfig();
      await expect(
        validateConfiguration(
          { ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } as never },
          quietLogger,
        ),
      ).rejects.toThrow(/Invalid configuration/);
      await expect(
        validateConfiguration({ ...config, linux: { ...config.linux, targets: ['deb'] } as never }, quietLogger),
      ).rejects.toThrow(/Invalid configuration/);
    },
  );

  it('flips the fuses Hamish does not need and turns on the protective ones', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      // Unsigned Apple Silicon builds would otherwise be killed at launch (see the yml).
      resetAdHocDarwinSignature: true,
    });
  });

  it('names the app as package.json does (the data folder, and so the library, depends on it)', async () => {
    const config = await loadConfig();
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { productName: string };
    expect(config.productName).toBe(pkg.productName);
    expect(config.appId).toBe('org.hamish.reader');
    expect(config.asar).toBe(true);
    expect(config.linux?.desktop?.entry?.['Name[ar]']).toBe('هامش');
  });

  it('builds AppImage and deb, NSIS and dmg, and ships only the app folders', async () => {
    const config = await loadConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    // The loader wraps the list in a file set; out/test-harness (a test page) is not in it.
    expect(config.files).toEqual([{ filter: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'] }]);
  });

  it('associates .txt, .md and .html, all of which the app accepts from "open with"', async () => {
    const associations = (await loadConfig()).fileAssociations;
    const extensions = (Array.isArray(associations) ? associations : [associations!]).flatMap((association) =>
      [association.ext].flat(),
    );
    expect(extensions).toEqual(expect.arrayContaining(['txt', 'md', 'html']));
    for (const extension of extensions) expect(OPENABLE_EXTENSIONS).toContain(`.${extension}`);
  });

  it('declares no MIME types of its own on Linux: it lists the system ones and the hamish: scheme', async () => {
    const config = await loadConfig();
    const associations = [config.fileAssociations ?? []].flat();
    for (const association of associations) expect(association.mimeType).toBeUndefined();
    expect(config.linux?.mimeTypes).toEqual(['text/plain', 'text/markdown', 'text/html', 'x-scheme-handler/hamish']);
    expect(config.protocols).toBeUndefined();
    expect(config.mac?.protocols).toEqual([{ name: 'Hamish link', schemes: ['hamish'], role: 'Viewer' }]);
  });

  it('the AppImage entry passes no --no-sandbox (its AppRun decides)', async () => {
    expect((await loadConfig()).appImage?.executableArgs).toEqual([]);
  });
});

describe('package.json, as packaging reads it', () => {
  const readPackage = async () =>
    JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: { name?: string; email?: string };
      dependencies?: Record<string, string>;
      desktopName?: string;
    };

  it('has a homepage and an author with an e-mail address, which the deb needs', async () => {
    const pkg = await readPackage();
    expect(new URL(pkg.homepage ?? '').protocol).toBe('https:');
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
  });

  it('has no production dependencies: electron-builder would copy them into app.asar', async () => {
    expect((await readPackage()).dependencies).toBeUndefined();
  });

  it("names the desktop file electron-builder installs (Linux window matching, xdg's scheme handler)", async () => {
    expect((await readPackage()).desktopName).toBe('hamish.desktop');
  });
});

describe('icons (assets/icons, rendered from icon.svg by `npm run icons`)', () => {
  const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  it('has a square PNG per size for Linux', async () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = await readFile(path.join(root, `assets/icons/png/${size}x${size}.png`));
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${size}`).toBe(true);
      expect(pngSize(png)).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows .ico of PNG images up to 256 px', async () => {
    const ico = await readFile(path.join(root, 'assets/icons/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let index = 0; index < ico.readUInt16LE(4); index += 1) {
      const entry = 6 + 16 * index;
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      const png = ico.subarray(offset, offset + length);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      sizes.push(pngSize(png).width);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has a macOS .icns whose length and elements add up', async () => {
    const icns = await readFile(path.join(root, 'assets/icons/icon.icns'));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4))
      types.push(icns.toString('ascii', offset, offset + 4));
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });
});
