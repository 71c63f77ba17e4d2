// The reading settings' controls (typeface, size, line height, width, alignment, theme), shown
// in the Settings dialog and in the reader's Text settings popover (TextSettings.tsx). Every
// change is stored at once and the open article follows live.

import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../platform/services';
import { READER_LIMITS, readSetting, writeSetting, type Settings } from '../db/settings';
import { useReadingSettings } from './readingSettings';

interface FieldsProps {
  /** Called with false after a failed write, true after a successful one. */
  onSaved: (ok: boolean) => void;
  /** In the popover: its own title names the group, so the legend is for screen readers only. */
  compact?: boolean;
}

export function ReadingSettingsFields({ onSaved, compact = false }: FieldsProps): ReactNode {
  const { db } = useServices();
  const { t, i18n } = useTranslation();
  const id = useId();
  const reading = useReadingSettings();
  const theme = useLiveQuery(() => readSetting(db, 'theme'), [db]);
  if (reading === undefined || theme === undefined) return null;

  async function save<K extends keyof Settings>(key: K, value: Settings[K]) {
    onSaved((await writeSetting(db, key, value)).ok);
  }

  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const range = (
    key: 'readerFontSize' | 'readerLineHeight' | 'readerWidth',
    limits: { min: number; max: number; step: number },
    label: string,
    shown: string,
  ) => (
    <div className="settings-row">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <span className="settings-range">
        <input
          id={`${id}-${key}`}
          type="range"
          min={limits.min}
          max={limits.max}
          step={limits.step}
          value={reading[key]}
          aria-valuetext={shown}
          onChange={(event) => void save(key, Math.round(Number(event.target.value) * 10) / 10)}
        />
        <output htmlFor={`${id}-${key}`}>{shown}</output>
      </span>
    </div>
  );

  return (
    <fieldset className="settings-group">
      <legend className={compact ? 'visually-hidden' : undefined}>{t('settings.reading')}</legend>
      <div className="settings-row">
        <label htmlFor={`${id}-theme`}>{t('settings.theme')}</label>
        <select
          id={`${id}-theme`}
          value={theme}
          onChange={(event) => void save('theme', event.target.value as Settings['theme'])}
        >
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="sepia">{t('settings.themeSepia')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>
      </div>
      <div className="settings-row">
        <label htmlFor={`${id}-font`}>{t('settings.font')}</label>
        <select
          id={`${id}-font`}
          value={reading.readerFont}
          onChange={(event) => void save('readerFont', event.target.value as Settings['readerFont'])}
        >
          <option value="naskh">{t('settings.fontNaskh')}</option>
          <option value="sans">{t('settings.fontSans')}</option>
        </select>
      </div>
      {range(
        'readerFontSize',
        READER_LIMITS.fontSize,
        t('settings.fontSize'),
        t('settings.pixels', { value: number.format(reading.readerFontSize) }),
      )}
      {range(
        'readerLineHeight',
        READER_LIMITS.lineHeight,
        t('settings.lineHeight'),
        number.format(reading.readerLineHeight),
      )}
      {range(
        'readerWidth',
        READER_LIMITS.width,
        t('settings.width'),
        t('settings.characters', { value: number.format(reading.readerWidth) }),
      )}
      <div className="settings-row">
        <label htmlFor={`${id}-align`}>{t('settings.align')}</label>
        <select
          id={`${id}-align`}
          aria-describedby={`${id}-align-help`}
          value={reading.readerAlign}
          onChange={(event) => void save('readerAlign', event.target.value as Settings['readerAlign'])}
        >
          <option value="start">{t('settings.alignStart')}</option>
          <option value="justify">{t('settings.alignJustify')}</option>
        </select>
      </div>
      <p id={`${id}-align-help`} className="settings-help">
        {t('settings.alignHelp')}
      </p>
    </fieldset>
  );
}
