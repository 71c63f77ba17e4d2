// The words on the backup save/open dialogs, which the main process shows itself.

import type { UiLanguage } from '../common/uiLanguage';

export interface BackupDialogLabels {
  saveTitle: string;
  openTitle: string;
  backupFiles: string;
  allFiles: string;
}

export const BACKUP_DIALOG_LABELS: Readonly<Record<UiLanguage, BackupDialogLabels>> = {
  en: {
    saveTitle: 'Export backup',
    openTitle: 'Restore backup',
    backupFiles: 'Hamish backups',
    allFiles: 'All files',
  },
  ar: {
    saveTitle: 'تصدير نسخة احتياطية',
    openTitle: 'استعادة نسخة احتياطية',
    backupFiles: 'نسخ هامش الاحتياطية',
    allFiles: 'كل الملفات',
  },
};
