import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../common/uiLanguage';
import { buildMenuTemplate } from './menu';
import { MENU_LABELS } from './menuLabels';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it.each(UI_LANGUAGES)('labels every item in %s', (language) => {
    for (const isMac of [true, false]) {
      const items = flatten(buildMenuTemplate({ language, isMac, isDevelopment: false })).filter(
        (item) => item.type !== 'separator',
      );
      const labels = new Set(Object.values(MENU_LABELS[language]));
      for (const item of items) {
        if (item.role === 'appMenu') continue; // macOS names it after the app
        expect(item.label, `${item.role ?? '?'} in ${language}`).toBeDefined();
        expect(labels.has(item.label!)).toBe(true);
      }
    }
  });

  it('uses Arabic labels for the Arabic UI', () => {
    const [file] = buildMenuTemplate({ language: 'ar', isMac: false, isDevelopment: false });
    expect(file!.label).toBe('ملف');
  });

  it('uses standard roles and offers developer tools only in development', () => {
    const production = flatten(buildMenuTemplate({ language: 'en', isMac: false, isDevelopment: false }));
    expect(production.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(production.filter((item) => item.role !== undefined).map((item) => item.role)).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'minimize',
      ]),
    );
    const development = flatten(buildMenuTemplate({ language: 'en', isMac: false, isDevelopment: true }));
    expect(development.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('has the same label keys in every language', () => {
    expect(Object.keys(MENU_LABELS.ar).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    for (const label of Object.values(MENU_LABELS.ar)) expect(label).toMatch(/\p{Script=Arabic}/u);
  });
});
