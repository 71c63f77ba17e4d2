// The colour theme: light, sepia, dark, or the system's choice. It is one attribute on <html>
// (absent when following the system); app.css derives every colour, the chrome's included,
// from it and from `color-scheme`. The setting itself is stored in db/settings.ts.

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;

export type Theme = (typeof THEMES)[number];

export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}
