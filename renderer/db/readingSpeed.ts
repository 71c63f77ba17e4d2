// How long an article takes to read, and how long is left: its word count (counted once, at
// import, from the canonical text: db/articles.ts) at the reading speed the user set for its
// script. Arabic-script articles have their own speed: an Arabic word carries its article,
// conjunction and prepositions (وبالكتاب is one word), and adults read about 140 such words a
// minute against about 230 in English (docs/reader.md, "Reading time").

import { DEFAULT_SETTINGS, type Settings } from './settings';

export const READING_SPEED_KEYS = ['readingSpeedArabic', 'readingSpeedOther'] as const;

export type ReadingSpeeds = Pick<Settings, (typeof READING_SPEED_KEYS)[number]>;

let known: ReadingSpeeds = {
  readingSpeedArabic: DEFAULT_SETTINGS.readingSpeedArabic,
  readingSpeedOther: DEFAULT_SETTINGS.readingSpeedOther,
};

/**
 * The speeds last read (start-up reads them with the first screen's settings), so a view can
 * paint reading times before its own query answers without showing the defaults first.
 */
export function knownReadingSpeeds(): ReadingSpeeds {
  return known;
}

export function rememberReadingSpeeds(speeds: ReadingSpeeds): ReadingSpeeds {
  known = { readingSpeedArabic: speeds.readingSpeedArabic, readingSpeedOther: speeds.readingSpeedOther };
  return known;
}

/** Languages written in Arabic script (primary subtags). */
const ARABIC_SCRIPT_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ug', 'ks', 'bal']);

/** The words a minute that apply to an article in `lang`. */
export function wordsPerMinute(lang: string, speeds: ReadingSpeeds): number {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return ARABIC_SCRIPT_LANGUAGES.has(primary) ? speeds.readingSpeedArabic : speeds.readingSpeedOther;
}

/** Minutes to read `wordCount` words at `perMinute`, at least one. */
export function readingMinutes(wordCount: number, perMinute: number): number {
  return Math.max(1, Math.round(wordCount / perMinute));
}

/** Whole minutes left when `progress` (0..1) of `wordCount` words is read; 0 only when all is read. */
export function minutesLeft(wordCount: number, progress: number, perMinute: number): number {
  const left = wordCount * (1 - Math.min(1, Math.max(0, progress)));
  return left <= 0 ? 0 : Math.max(1, Math.round(left / perMinute));
}
