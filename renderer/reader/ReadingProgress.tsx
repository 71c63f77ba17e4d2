// The quiet progress line: a thin bar along the toolbar's lower edge (a progressbar named
// "Reading progress", aria-valuenow in percent) and, at the toolbar's end, how much is read and
// the time left at the user's reading speed. It follows the position tracker
// (useReadingProgress measures once per scroll frame) and re-renders only when the whole
// percent changes.

import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesLeft } from '../db/readingSpeed';
import type { PositionTracker } from '../document/readingPosition';

interface ReadingProgressProps {
  tracker: PositionTracker;
  wordCount: number;
  /** Words a minute for this article. */
  perMinute: number;
}

export function ReadingProgress({ tracker, wordCount, perMinute }: ReadingProgressProps): ReactNode {
  const { t } = useTranslation();
  const percent = useSyncExternalStore(tracker.subscribe, () => Math.round((tracker.read()?.progress ?? 0) * 100));
  const left = minutesLeft(wordCount, percent / 100, perMinute);
  const leftText = left === 0 ? t('reader.progress.finished') : t('reader.progress.left', { count: left });
  const summary = t('reader.progress.summary', { percent, left: leftText });
  return (
    <>
      <span className="reading-progress-text" aria-hidden="true">
        {summary}
      </span>
      <div
        className="reading-progress"
        role="progressbar"
        aria-label={t('reader.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={summary}
      >
        <span className="reading-progress-fill" style={{ inlineSize: `${percent}%` }} />
      </div>
    </>
  );
}
