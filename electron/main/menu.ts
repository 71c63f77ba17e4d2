// The application menu: standard roles only (the OS implements them), labelled in the UI
// language. Built as a plain template so it can be tested without Electron.

import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../common/uiLanguage';
import { MENU_LABELS } from './menuLabels';

export interface MenuOptions {
  language: UiLanguage;
  isMac: boolean;
  isDevelopment: boolean;
}

export function buildMenuTemplate({ language, isMac, isDevelopment }: MenuOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[language];
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about', label: l.about },
            { type: 'separator' },
            { role: 'hide', label: l.hide },
            { role: 'hideOthers', label: l.hideOthers },
            { role: 'unhide', label: l.unhide },
            { type: 'separator' },
            { role: 'quit', label: l.quit },
          ],
        },
      ]
    : [];
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: l.resetZoom },
    { role: 'zoomIn', label: l.zoomIn },
    { role: 'zoomOut', label: l.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: l.toggleFullScreen },
  ];
  if (isDevelopment) viewItems.push({ type: 'separator' }, { role: 'toggleDevTools', label: l.toggleDevTools });
  return [
    ...appMenu,
    { label: l.file, submenu: [isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    { label: l.view, submenu: viewItems },
    {
      label: l.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: l.minimize },
        { role: 'close', label: l.close },
      ],
    },
    ...(isMac ? [] : [{ label: l.help, role: 'help' as const, submenu: [{ role: 'about' as const, label: l.about }] }]),
  ];
}
