// Settings, in a native modal <dialog> (focus trap, Escape and inertness come with it). The
// dialog owns the UI language; the other features' sections (reading settings, backups) are
// handed in by app/, which composes features (see docs/ARCHITECTURE.md, import rule).

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../platform/services';
import { readSetting, writeSetting, type UiLanguageSetting } from '../db/settings';
import { LANGUAGE_NAMES } from '../i18n/languageNames';

export interface SettingsDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called after the user picks a language, so an explicit choice can win over ?lang. */
  onLanguageChosen: () => void;
  /** Fields shown under the language; a failed write reported through `onSaved` shows the dialog's message. */
  fields?: (onSaved: (ok: boolean) => void) => ReactNode;
  /** Sections below them, with messages of their own. */
  sections?: ReactNode;
}

export function SettingsDialog({ open, onClose, onLanguageChosen, fields, sections }: SettingsDialogProps): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const languageId = useId();
  const [saveFailed, setSaveFailed] = useState(false);
  const uiLanguage = useLiveQuery(() => readSetting(db, 'uiLanguage'), [db]);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  async function chooseLanguage(value: UiLanguageSetting) {
    const saved = await writeSetting(db, 'uiLanguage', value);
    setSaveFailed(!saved.ok);
    if (saved.ok) onLanguageChosen();
  }

  return (
    <dialog ref={dialog} className="settings" aria-labelledby={`${languageId}-title`} onClose={onClose}>
      <h2 id={`${languageId}-title`}>{t('settings.title')}</h2>
      <div className="settings-row">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select
          id={languageId}
          value={uiLanguage ?? 'system'}
          onChange={(event) => void chooseLanguage(event.target.value as UiLanguageSetting)}
        >
          <option value="system">{t('settings.languageSystem')}</option>
          <option value="ar" lang="ar">
            {LANGUAGE_NAMES.ar}
          </option>
          <option value="en" lang="en">
            {LANGUAGE_NAMES.en}
          </option>
        </select>
      </div>
      {fields?.((ok) => setSaveFailed(!ok))}
      {saveFailed && <p role="alert">{t('settings.saveFailed')}</p>}
      {sections}
      <div className="settings-actions">
        <button type="button" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </dialog>
  );
}
