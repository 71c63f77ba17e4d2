import { describe, expect, it } from 'vitest';
import { chooseUiLanguage, langParamFrom } from './chooseLanguage';

describe('chooseUiLanguage', () => {
  it('lets a valid ?lang win, then the setting, then the system', () => {
    expect(chooseUiLanguage({ urlParam: 'en', setting: 'ar', systemLocales: ['ar'] })).toBe('en');
    expect(chooseUiLanguage({ urlParam: 'xx', setting: 'ar', systemLocales: ['en'] })).toBe('ar');
    expect(chooseUiLanguage({ urlParam: null, setting: 'system', systemLocales: ['ar-MA', 'fr'] })).toBe('ar');
    expect(chooseUiLanguage({ urlParam: null, setting: 'system', systemLocales: ['de-DE'] })).toBe('en');
  });

  it('reads the lang parameter', () => {
    expect(langParamFrom('?lang=ar&x=1')).toBe('ar');
    expect(langParamFrom('')).toBeNull();
  });
});
