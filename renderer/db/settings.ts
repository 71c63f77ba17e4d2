// Typed access to the key-value settings table. Unknown or malformed stored values fall back
// to the default, so a damaged setting never stops the app from starting.

import type { HamishDb } from './HamishDb';

export type UiLanguageSetting = 'system' | 'ar' | 'en';

export interface Settings {
  uiLanguage: UiLanguageSetting;
  /** Set once the welcome article has been added, so deleting it does not bring it back. */
  welcomeSeeded: boolean;
}

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'system', welcomeSeeded: false };

const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  uiLanguage: (value): value is UiLanguageSetting => value === 'system' || value === 'ar' || value === 'en',
  welcomeSeeded: (value): value is boolean => typeof value === 'boolean',
};

export function settingOrDefault<K extends keyof Settings>(key: K, stored: unknown): Settings[K] {
  return validators[key](stored) ? (stored as Settings[K]) : DEFAULT_SETTINGS[key];
}

export async function readSetting<K extends keyof Settings>(db: HamishDb, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return settingOrDefault(key, row?.value);
}

export async function writeSetting<K extends keyof Settings>(db: HamishDb, key: K, value: Settings[K]): Promise<void> {
  if (!validators[key](value)) throw new TypeError(`Invalid value for setting ${key}`);
  await db.settings.put({ key, value, updatedAt: Date.now() });
}
