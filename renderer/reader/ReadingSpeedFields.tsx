// The reading speeds (words a minute, one for Arabic-script articles and one for the rest) in
// the Settings dialog. A typed speed is stored when the field is left or Enter is pressed; one
// outside 60–600 words a minute, or not a whole number, is refused with a message and the
// stored speed stays (and the field shows it again).

import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { READING_SPEED_KEYS, type ReadingSpeeds } from '../db/readingSpeed';
import { READER_LIMITS, readSettings, writeSetting } from '../db/settings';
import { useServices } from '../platform/services';

type SpeedKey = keyof ReadingSpeeds;

/** The typed text as an allowed speed, or null. */
export function parseReadingSpeed(text: string): number | null {
  const trimmed = text.trim();
  // Arabic-Indic digits typed under an Arabic layout count as digits.
  const western = trimmed.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  if (!/^\d+$/.test(western)) return null;
  const value = Number(western);
  const { min, max } = READER_LIMITS.readingSpeed;
  return value >= min && value <= max ? value : null;
}

function SpeedField({
  speedKey,
  label,
  stored,
  onSaved,
}: {
  speedKey: SpeedKey;
  label: string;
  stored: number;
  onSaved: (ok: boolean) => void;
}): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  async function commit() {
    if (draft === null) return;
    const value = parseReadingSpeed(draft);
    if (value === null) {
      setRefused(true);
      setDraft(null);
      return;
    }
    setRefused(false);
    setDraft(null);
    if (value !== stored) onSaved((await writeSetting(db, speedKey, value)).ok);
  }

  return (
    <div className="settings-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        // Text, not number: a number field hides what was typed when it is not a number, so
        // the refusal could not name it; inputMode still brings up digits.
        type="text"
        inputMode="numeric"
        size={5}
        value={draft ?? String(stored)}
        aria-invalid={refused}
        aria-describedby={refused ? `${id}-refused` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          }
        }}
      />
      {refused && (
        <p id={`${id}-refused`} role="alert" className="settings-refused">
          {t('settings.readingSpeedRefused', { value: stored })}
        </p>
      )}
    </div>
  );
}

export function ReadingSpeedFields({ onSaved }: { onSaved: (ok: boolean) => void }): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const speeds = useLiveQuery(() => readSettings(db, READING_SPEED_KEYS), [db]);
  if (speeds === undefined) return null;
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.readingSpeed')}</legend>
      <SpeedField
        speedKey="readingSpeedArabic"
        label={t('settings.readingSpeedArabic')}
        stored={speeds.readingSpeedArabic}
        onSaved={onSaved}
      />
      <SpeedField
        speedKey="readingSpeedOther"
        label={t('settings.readingSpeedOther')}
        stored={speeds.readingSpeedOther}
        onSaved={onSaved}
      />
    </fieldset>
  );
}
