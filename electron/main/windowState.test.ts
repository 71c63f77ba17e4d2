import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  boundsToRestore,
  DEFAULT_SIZE,
  parseWindowState,
  readWindowStateSync,
  writeWindowStateSync,
} from './windowState';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const second = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    const saved = { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true };
    expect(parseWindowState(JSON.stringify(saved))).toEqual(saved);
  });

  it('treats missing, corrupt or ill-shaped state as none', () => {
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{not json')).toBeNull();
    expect(
      parseWindowState(JSON.stringify({ bounds: { x: 'a', y: 0, width: 1, height: 1 }, maximized: false })),
    ).toBeNull();
    expect(
      parseWindowState(JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 1 }, maximized: false })),
    ).toBeNull();
  });
});

describe('boundsToRestore', () => {
  it('uses the default size when nothing was saved', () => {
    expect(boundsToRestore(null, [screen])).toEqual(DEFAULT_SIZE);
  });

  it('restores bounds that land on a display', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 800 }, maximized: false };
    expect(boundsToRestore(saved, [screen, second])).toEqual({ x: 2000, y: 50, width: 1000, height: 800 });
  });

  it('falls back to the default when the display it was on is gone', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 800 }, maximized: false };
    expect(boundsToRestore(saved, [screen])).toEqual(DEFAULT_SIZE);
  });

  it('shrinks a window larger than the display', () => {
    const saved = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false };
    expect(boundsToRestore(saved, [screen])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });
});

describe('writeWindowStateSync', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hamish-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const state = { bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: false };

  it('has written the state when it returns (nothing left for the event loop, which quit ends)', () => {
    const file = path.join(dir, 'window-state.json');
    writeWindowStateSync(file, state);
    expect(parseWindowState(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('replaces an old state whole, leaving no temporary file', async () => {
    const file = path.join(dir, 'window-state.json');
    writeFileSync(file, '{"old": true}');
    writeWindowStateSync(file, state);
    expect(parseWindowState(readFileSync(file, 'utf8'))).toEqual(state);
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('leaves the old state as it was when the write fails', () => {
    const file = path.join(dir, 'window-state.json');
    writeFileSync(file, JSON.stringify(state));
    const failing = {
      writeFileSync: () => {
        throw new Error('ENOSPC');
      },
      renameSync,
    };
    expect(() => writeWindowStateSync(file, { ...state, maximized: true }, failing)).toThrow('ENOSPC');
    expect(parseWindowState(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('is read back at the next start, and a missing or damaged file reads as none', () => {
    const file = path.join(dir, 'window-state.json');
    expect(readWindowStateSync(file)).toBeNull();
    writeWindowStateSync(file, state);
    expect(readWindowStateSync(file)).toEqual(state);
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(readWindowStateSync(file)).toBeNull();
  });
});
