// Each language is named in its own script, whatever the UI language, so a user who cannot
// read the current UI can still find their own.

import type { UiLanguage } from '../../electron/common/uiLanguage';

export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  ar: 'العربية',
  en: 'English',
};
