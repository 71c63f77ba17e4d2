// The packaged app starts: electron-builder's `--dir` build of this platform with the project's
// real configuration and this machine's Electron, unfused so Playwright can drive it
// (tests/packaging/packUnfusedDir.ts). It loads its renderer from app.asar over app://, knows
// it is packaged, and keeps its data in the installed app's folder name (not the development one).

import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { electronDistOf, packUnfusedDir, type UnfusedBuild } from '../packaging/packUnfusedDir';
import { electronBinary, launchHamish, type Launched } from './launch';

let workDir: string;
let build: UnfusedBuild;
let launched: Launched | null = null;

test.beforeAll(async () => {
  test.setTimeout(300_000); // electron-builder copies a whole Electron distribution
  workDir = await mkdtemp(path.join(tmpdir(), 'hamish-packaged-'));
  build = await packUnfusedDir(workDir, electronDistOf(electronBinary()));
});

test.afterAll(async () => {
  await launched?.app.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

test('the unfused --dir build starts from app.asar and shows the welcome article', async () => {
  launched = await launchHamish({ executablePath: build.executable });
  const { app, page, hamish } = launched;
  expect(page.url()).toMatch(/^app:\/\/hamish\/index\.html/);
  await expect(hamish.article).toBeVisible();
  const facts = await app.evaluate(({ app: electronApp }) => ({
    packaged: electronApp.isPackaged,
    appPath: electronApp.getAppPath(),
    userData: electronApp.getPath('userData'),
  }));
  expect(facts.packaged).toBe(true);
  expect(facts.appPath.endsWith('app.asar')).toBe(true);
  expect(path.basename(facts.userData)).toBe('Hamish');
});
