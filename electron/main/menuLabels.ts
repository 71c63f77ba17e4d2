// The application menu's labels in each UI language. The renderer's catalogs live in
// renderer/i18n; these few strings are all the main process shows.

import type { UiLanguage } from '../common/uiLanguage';

export interface MenuLabels {
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  quit: string;
  close: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  toggleDevTools: string;
  minimize: string;
  about: string;
  hide: string;
  hideOthers: string;
  unhide: string;
}

export const MENU_LABELS: Readonly<Record<UiLanguage, MenuLabels>> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit Hamish',
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    toggleDevTools: 'Developer Tools',
    minimize: 'Minimize',
    about: 'About Hamish',
    hide: 'Hide Hamish',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
  ar: {
    file: 'ملف',
    edit: 'تحرير',
    view: 'عرض',
    window: 'نافذة',
    help: 'مساعدة',
    quit: 'إنهاء هامش',
    close: 'إغلاق النافذة',
    undo: 'تراجع',
    redo: 'إعادة',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    selectAll: 'تحديد الكل',
    resetZoom: 'الحجم الفعلي',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    toggleFullScreen: 'ملء الشاشة',
    toggleDevTools: 'أدوات المطوّر',
    minimize: 'تصغير النافذة',
    about: 'عن هامش',
    hide: 'إخفاء هامش',
    hideOthers: 'إخفاء الآخرين',
    unhide: 'إظهار الكل',
  },
};
