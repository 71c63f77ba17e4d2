// One i18next instance for the app, with both catalogs bundled (nothing is fetched), and the
// document's lang/dir kept in step with the UI language.

import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, type UiLanguage } from '../../electron/common/uiLanguage';
import { ar } from './catalogs/ar';
import { en } from './catalogs/en';

export async function setupI18n(language: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: ['ar', 'en'],
    resources: { ar: { translation: ar }, en: { translation: en } },
    // React escapes text itself; escaping here would show entities to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function applyDocumentLanguage(doc: Document, language: UiLanguage, appName: string): void {
  doc.documentElement.lang = language;
  doc.documentElement.dir = directionOf(language);
  doc.title = appName;
}
