// Typed access to the key-value settings table. Unknown or malformed stored values fall back
// to the default, so a damaged setting never stops the app from starting.

import type { Result } from '../../electron/common/result';
import type { HamishDb } from './HamishDb';
import { storageWrite, type WriteFailure } from './storageErrors';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../shared/highlightColors';
import { THEMES, type Theme } from '../shared/theme';

export type UiLanguageSetting = 'system' | 'ar' | 'en';
export type ReaderFont = 'naskh' | 'sans';
export type ReaderAlign = 'start' | 'justify';

/** Allowed ranges of the numeric reading settings; the reader's controls use the same. */
export const READER_LIMITS = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.4, step: 0.1 },
  width: { min: 40, max: 100, step: 5 },
  /** Words a minute, for reading time and time left (docs/reader.md, "Reading time"). */
  readingSpeed: { min: 60, max: 600, step: 1 },
} as const;

export interface Settings {
  uiLanguage: UiLanguageSetting;
  /** Set once the welcome article has been added, so deleting it does not bring it back. */
  welcomeSeeded: boolean;
  /** Light, sepia or dark, or whatever the system prefers; the whole UI follows. */
  theme: Theme;
  readerFont: ReaderFont;
  /** Reading text size in CSS pixels. */
  readerFontSize: number;
  /** Unitless line height; Arabic with its marks reads best around 1.8. */
  readerLineHeight: number;
  /** Column width in characters (`ch`). */
  readerWidth: number;
  readerAlign: ReaderAlign;
  /** The colour `H` highlights with: the one chosen last. */
  lastHighlightColor: HighlightColor;
  /** Words a minute for articles in Arabic script (Arabic, Persian, Urdu…). */
  readingSpeedArabic: number;
  /** Words a minute for articles in any other script. */
  readingSpeedOther: number;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'system',
  welcomeSeeded: false,
  theme: 'system',
  readerFont: 'naskh',
  readerFontSize: 20,
  readerLineHeight: 1.8,
  readerWidth: 65,
  readerAlign: 'start',
  lastHighlightColor: 'yellow',
  readingSpeedArabic: 140,
  readingSpeedOther: 230,
};

function oneOf<T extends string>(...allowed: readonly T[]): (value: unknown) => value is T {
  return (value): value is T => allowed.includes(value as T);
}

function numberIn(limits: { min: number; max: number }): (value: unknown) => value is number {
  return (value): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= limits.min && value <= limits.max;
}

function wholeNumberIn(limits: { min: number; max: number }): (value: unknown) => value is number {
  const inRange = numberIn(limits);
  return (value): value is number => inRange(value) && Number.isInteger(value);
}

const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  uiLanguage: (value): value is UiLanguageSetting => value === 'system' || value === 'ar' || value === 'en',
  welcomeSeeded: (value): value is boolean => typeof value === 'boolean',
  theme: oneOf(...THEMES),
  readerFont: oneOf('naskh', 'sans'),
  readerFontSize: numberIn(READER_LIMITS.fontSize),
  readerLineHeight: numberIn(READER_LIMITS.lineHeight),
  readerWidth: numberIn(READER_LIMITS.width),
  readerAlign: oneOf('start', 'justify'),
  lastHighlightColor: oneOf(...HIGHLIGHT_COLORS),
  readingSpeedArabic: wholeNumberIn(READER_LIMITS.readingSpeed),
  readingSpeedOther: wholeNumberIn(READER_LIMITS.readingSpeed),
};

export function settingOrDefault<K extends keyof Settings>(key: K, stored: unknown): Settings[K] {
  return validators[key](stored) ? (stored as Settings[K]) : DEFAULT_SETTINGS[key];
}

export async function readSetting<K extends keyof Settings>(db: HamishDb, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return settingOrDefault(key, row?.value);
}

/**
 * Stores a setting. A value the setting does not allow is a programming error and rejects with a
 * TypeError; a write the storage refuses (a full disk, a closed database) is a typed error.
 */
export async function writeSetting<K extends keyof Settings>(
  db: HamishDb,
  key: K,
  value: Settings[K],
): Promise<Result<void, WriteFailure>> {
  if (!validators[key](value)) throw new TypeError(`Invalid value for setting ${key}`);
  return storageWrite(() => putSetting(db, key, value));
}

/** The write itself, for a caller's own transaction (which turns a failure into a Result); validates like writeSetting. */
export async function putSetting<K extends keyof Settings>(db: HamishDb, key: K, value: Settings[K]): Promise<void> {
  if (!validators[key](value)) throw new TypeError(`Invalid value for setting ${key}`);
  await db.settings.put({ key, value, updatedAt: Date.now() });
}

/** Several stored values (`stored[i]` for `keys[i]`, as read), each validated like readSetting. */
export function settingsFrom<K extends keyof Settings>(
  keys: readonly K[],
  stored: readonly unknown[],
): Pick<Settings, K> {
  const entries = keys.map((key, index) => [key, settingOrDefault(key, stored[index])] as const);
  return Object.fromEntries(entries) as Pick<Settings, K>;
}

/** Several settings in one read, each validated like readSetting. */
export async function readSettings<K extends keyof Settings>(
  db: HamishDb,
  keys: readonly K[],
): Promise<Pick<Settings, K>> {
  const rows = await db.settings.bulkGet([...keys]);
  return settingsFrom(
    keys,
    rows.map((row) => row?.value),
  );
}
