// The UI languages Hamish ships catalogs for, and how a locale tag maps onto them.

export const UI_LANGUAGES = ['ar', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Picks the first supported language from a list of BCP 47 tags (most preferred first). */
export function uiLanguageFromLocales(locales: readonly string[], fallback: UiLanguage = 'en'): UiLanguage {
  for (const locale of locales) {
    const primary = locale.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(primary)) return primary;
  }
  return fallback;
}

export function directionOf(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
