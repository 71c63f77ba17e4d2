// Keeps <html> in step with the stored theme (main.tsx applies it once before the first paint).

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readSetting } from '../db/settings';
import { useServices } from '../platform/services';
import { applyTheme } from '../shared/theme';

export function useAppliedTheme(): void {
  const { db } = useServices();
  const theme = useLiveQuery(() => readSetting(db, 'theme'), [db]);
  useEffect(() => {
    if (theme !== undefined) applyTheme(document.documentElement, theme);
  }, [theme]);
}
