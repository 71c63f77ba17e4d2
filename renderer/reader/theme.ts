// The colour theme: light, sepia, dark, or the system's choice. It is one attribute on <html>
// (absent when following the system); app.css derives every colour, the chrome's included,
// from it and from `color-scheme`.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useServices } from '../app/AppContext';
import { readSetting, type ThemeSetting } from '../db/settings';

export function applyTheme(root: HTMLElement, theme: ThemeSetting): void {
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}

/** Keeps <html> in step with the stored theme. */
export function useAppliedTheme(): void {
  const { db } = useServices();
  const theme = useLiveQuery(() => readSetting(db, 'theme'), [db]);
  useEffect(() => {
    if (theme !== undefined) applyTheme(document.documentElement, theme);
  }, [theme]);
}
