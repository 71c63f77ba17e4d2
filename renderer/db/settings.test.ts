import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { HamishDb } from './HamishDb';
import { DEFAULT_SETTINGS, readSetting, readSettings, settingOrDefault, writeSetting } from './settings';

let db: HamishDb | undefined;

afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('reading settings validation', () => {
  it.each([
    ['readerFontSize', 500],
    ['readerFontSize', Number.NaN],
    ['readerFontSize', '20'],
    ['readerLineHeight', 0.5],
    ['readerWidth', 1000],
    ['readerFont', 'comic'],
    ['readerAlign', 'center'],
    ['theme', 'purple'],
  ] as const)('a stored %s of %s falls back to the default', (key, value) => {
    expect(settingOrDefault(key, value)).toBe(DEFAULT_SETTINGS[key]);
  });

  it('keeps values inside the limits', () => {
    expect(settingOrDefault('readerFontSize', 14)).toBe(14);
    expect(settingOrDefault('readerLineHeight', 2.4)).toBe(2.4);
    expect(settingOrDefault('theme', 'sepia')).toBe('sepia');
  });

  it('refuses to write an invalid value and leaves the stored one', async () => {
    db = new HamishDb(`settings-test-${Math.random()}`);
    await writeSetting(db, 'readerFontSize', 24);
    await expect(writeSetting(db, 'readerFontSize', 99)).rejects.toThrow(TypeError);
    expect(await readSetting(db, 'readerFontSize')).toBe(24);
  });

  it('reads several settings at once, each validated', async () => {
    db = new HamishDb(`settings-test-${Math.random()}`);
    await writeSetting(db, 'readerFont', 'sans');
    await db.settings.put({ key: 'readerWidth', value: -3, updatedAt: 0 });
    expect(await readSettings(db, ['readerFont', 'readerWidth', 'theme'])).toEqual({
      readerFont: 'sans',
      readerWidth: 65,
      theme: 'system',
    });
  });
});
describe('settings', () => {
  it('reads defaults, writes and reads back', async () => {
    const db = new HamishDb('settings-roundtrip');
    expect(await readSetting(db, 'uiLanguage')).toBe(DEFAULT_SETTINGS.uiLanguage);
    await writeSetting(db, 'uiLanguage', 'ar');
    expect(await readSetting(db, 'uiLanguage')).toBe('ar');
    db.close();
  });

  it('falls back to the default for a damaged stored value', async () => {
    const db = new HamishDb('settings-damaged');
    await db.settings.put({ key: 'uiLanguage', value: { evil: true }, updatedAt: 0 });
    expect(await readSetting(db, 'uiLanguage')).toBe('system');
    expect(settingOrDefault('welcomeSeeded', 'yes')).toBe(false);
    db.close();
  });

  it('refuses to store an invalid value and keeps the old one', async () => {
    const db = new HamishDb('settings-invalid');
    await writeSetting(db, 'uiLanguage', 'en');
    await expect(writeSetting(db, 'uiLanguage', 'klingon' as never)).rejects.toThrow(TypeError);
    expect(await readSetting(db, 'uiLanguage')).toBe('en');
    db.close();
  });
});
