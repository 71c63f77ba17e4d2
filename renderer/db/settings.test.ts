import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HamishDb } from './HamishDb';
import { DEFAULT_SETTINGS, readSetting, settingOrDefault, writeSetting } from './settings';

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
