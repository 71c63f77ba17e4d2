// The reading settings as the reader applies them: read together from the settings table,
// and turned into CSS custom properties on the reader, so a change restyles the article
// without re-rendering its blocks.

import { useLiveQuery } from 'dexie-react-hooks';
import type { CSSProperties } from 'react';
import { useServices } from '../platform/services';
import type { Result } from '../../electron/common/result';
import { putSetting, READER_LIMITS, readSetting, readSettings, type ReaderFont, type Settings } from '../db/settings';
import { storageWrite, type WriteFailure } from '../db/storageErrors';
import type { HamishDb } from '../db/HamishDb';

export const READING_KEYS = ['readerFont', 'readerFontSize', 'readerLineHeight', 'readerWidth', 'readerAlign'] as const;

export type ReadingSettings = Pick<Settings, (typeof READING_KEYS)[number]>;

/** The reading settings, live; undefined until the first read finishes. */
export function useReadingSettings(): ReadingSettings | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readSettings(db, READING_KEYS), [db]);
}

const FONT_STACKS: Readonly<Record<ReaderFont, string>> = {
  // Latin first: its faces cover only Latin (unicode-range), so Arabic falls through to the
  // scaled Arabic faces of readingFonts.css, while digits and Latin punctuation stay Latin.
  naskh: "'Noto Serif', 'Hamish Naskh', serif",
  sans: "'Noto Sans', 'Hamish Sans Arabic', sans-serif",
};

export function readingStyle(settings: ReadingSettings): CSSProperties {
  return {
    '--reader-font': FONT_STACKS[settings.readerFont],
    '--reader-font-size': `${settings.readerFontSize}px`,
    '--reader-line-height': String(settings.readerLineHeight),
    '--reader-width': `${settings.readerWidth}ch`,
    '--reader-align': settings.readerAlign,
  } as CSSProperties;
}

/**
 * One step of `+` / `-` from the stored size, kept inside the allowed range. Read and write
 * share a transaction, so keys pressed faster than the UI updates still each count once.
 */
export function stepFontSize(db: HamishDb, direction: 1 | -1): Promise<Result<void, WriteFailure>> {
  const { min, max, step } = READER_LIMITS.fontSize;
  return storageWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const current = await readSetting(db, 'readerFontSize');
      const next = Math.min(max, Math.max(min, current + direction * step));
      if (next !== current) await putSetting(db, 'readerFontSize', next);
    }),
  );
}
