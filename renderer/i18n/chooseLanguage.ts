// Which language the UI speaks: a `lang` URL parameter wins (tests and links use it), then
// the user's setting, then the system's preferred languages.

import { isUiLanguage, uiLanguageFromLocales, type UiLanguage } from '../../electron/common/uiLanguage';
import type { UiLanguageSetting } from '../db/settings';

export interface LanguageInputs {
  urlParam: string | null;
  setting: UiLanguageSetting;
  systemLocales: readonly string[];
}

export function chooseUiLanguage({ urlParam, setting, systemLocales }: LanguageInputs): UiLanguage {
  if (isUiLanguage(urlParam)) return urlParam;
  if (setting !== 'system') return setting;
  return uiLanguageFromLocales(systemLocales, 'en');
}

export function langParamFrom(search: string): string | null {
  return new URLSearchParams(search).get('lang');
}
