// Remembers the main window's size and position between runs, and puts it back only where a
// display can show it (a monitor may have been unplugged since).

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1100, height: 800 } as const;
const MIN_SIZE = { width: 400, height: 300 } as const;
const MIN_VISIBLE = 64;

const stateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean(),
});

/** Parses a stored state; anything unreadable counts as no state at all. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to open with: the saved ones if enough of the window lands on some display's
 * work area (shrunk to fit it), else the default size centred by the OS (no x/y).
 */
export function boundsToRestore(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): Partial<Rect> & { width: number; height: number } {
  if (saved === null) return { ...DEFAULT_SIZE };
  const area = workAreas.find((candidate) => {
    const shared = overlap(saved.bounds, candidate);
    return shared.width >= MIN_VISIBLE && shared.height >= MIN_VISIBLE;
  });
  if (area === undefined) return { ...DEFAULT_SIZE };
  const width = Math.max(MIN_SIZE.width, Math.min(saved.bounds.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.bounds.height, area.height));
  return { x: saved.bounds.x, y: saved.bounds.y, width, height };
}

export interface SyncFileSystem {
  writeFileSync(file: string, data: string): void;
  renameSync(from: string, to: string): void;
}

/**
 * Writes the state before returning. It is saved on the window's `close`, which on quit is
 * followed at once by the process ending: an asynchronous write started there may never finish
 * (and a half-written file would be dropped at the next start). The text goes to a temporary
 * file first and is renamed over the old one, so a crash leaves the old state or the new one.
 */
export function writeWindowStateSync(
  file: string,
  state: WindowState,
  fs: SyncFileSystem = { writeFileSync, renameSync },
): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}

/** The state saved last time, or null when there is none or it cannot be read (first start, a damaged file). */
export function readWindowStateSync(
  file: string,
  read: (file: string) => string = (name) => readFileSync(name, 'utf8'),
): WindowState | null {
  try {
    return parseWindowState(read(file));
  } catch {
    return null; // no file yet, or unreadable: the window opens at the default size
  }
}
