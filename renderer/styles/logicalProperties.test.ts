// The Arabic UI mirrors by flipping <html dir>; that only works if no stylesheet says left
// or right. This test fails on any physical direction in the renderer's CSS.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PHYSICAL = [
  /(?:^|[\s;{])(?:margin|padding|border)-(?:left|right)\b/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /text-align\s*:\s*(?:left|right)\b/,
  /float\s*:\s*(?:left|right)\b/,
  /clear\s*:\s*(?:left|right)\b/,
  /border-(?:top|bottom)-(?:left|right)-radius/,
];

async function cssFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('renderer stylesheets', () => {
  it('use logical properties only', async () => {
    const files = await cssFiles(path.resolve(import.meta.dirname, '..'));
    expect(files.length).toBeGreaterThan(0);
    const offences: string[] = [];
    for (const file of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (PHYSICAL.some((pattern) => pattern.test(line)))
          offences.push(`${path.basename(file)}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offences).toEqual([]);
  });

  it('would catch a physical property', () => {
    expect(PHYSICAL.some((pattern) => pattern.test('  margin-left: 4px;'))).toBe(true);
    expect(PHYSICAL.some((pattern) => pattern.test('  text-align: right;'))).toBe(true);
    expect(PHYSICAL.some((pattern) => pattern.test('  margin-inline-start: 4px;'))).toBe(false);
  });
});
