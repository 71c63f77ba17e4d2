// `npm run icons`: renders assets/icons/icon.svg (drawn for Hamish) with headless Chromium into
// the PNG sizes Linux wants (assets/icons/png/NxN.png), icon.png (1024, electron-builder's
// fallback), icon.ico (Windows) and icon.icns (macOS). ICO and ICNS both hold PNGs, so they
// are assembled here byte by byte and nothing has to be downloaded at packaging time.

import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';

const iconsDir = path.resolve(import.meta.dirname, '../../assets/icons');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types holding PNGs, by pixel size. */
const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** ICO: a directory of images, each stored as a whole PNG file (allowed since Windows Vista). */
function icoFromPngs(pngs: ReadonlyMap<number, Buffer>): Buffer {
  const entries = [...pngs.entries()].sort(([a], [b]) => a - b);
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(([size, png], index) => {
    const at = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...entries.map(([, png]) => png)]);
}

/** ICNS: a list of typed elements, here all PNGs. */
function icnsFromPngs(pngs: ReadonlyMap<number, Buffer>): Buffer {
  const elements = ICNS_TYPES.filter(([, size]) => pngs.has(size)).map(([type, size]) => {
    const png = pngs.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

async function main(): Promise<void> {
  const svg = await readFile(path.join(iconsDir, 'icon.svg'), 'utf8');
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath !== undefined ? { executablePath } : {}),
  });
  const page = await browser.newPage();
  const pngs = new Map<number, Buffer>();
  for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES])) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
  await browser.close();

  await mkdir(path.join(iconsDir, 'png'), { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(path.join(iconsDir, 'png', `${size}x${size}.png`), pngs.get(size)!);
  await writeFile(path.join(iconsDir, 'icon.png'), pngs.get(1024)!);
  await writeFile(
    path.join(iconsDir, 'icon.ico'),
    icoFromPngs(new Map(ICO_SIZES.map((size) => [size, pngs.get(size)!]))),
  );
  await writeFile(path.join(iconsDir, 'icon.icns'), icnsFromPngs(pngs));
  process.stderr.write(`icons: wrote ${LINUX_SIZES.length} PNGs, icon.png, icon.ico and icon.icns to ${iconsDir}\n`);
}

await main();
