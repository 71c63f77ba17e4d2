import { describe, expect, it } from 'vitest';
import { directionOf, isUiLanguage, uiLanguageFromLocales } from './uiLanguage';

describe('UI language', () => {
  it('picks the first supported language from the system list', () => {
    expect(uiLanguageFromLocales(['ar-EG', 'en-US'])).toBe('ar');
    expect(uiLanguageFromLocales(['fr-FR', 'en-GB', 'ar'])).toBe('en');
    expect(uiLanguageFromLocales(['fr-FR', 'AR_sa'])).toBe('ar');
    expect(uiLanguageFromLocales(['fr-FR'])).toBe('en');
    expect(uiLanguageFromLocales([], 'ar')).toBe('ar');
  });

  it('knows direction and membership', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(isUiLanguage('ar')).toBe(true);
    expect(isUiLanguage('fa')).toBe(false);
    expect(isUiLanguage(null)).toBe(false);
  });
});
