// The Settings dialog with the sections other features contribute: the reading settings
// (reader/) and backups (backup/). Composed here because features do not import each other.

import type { ReactNode } from 'react';
import { BackupSection } from '../backup/BackupSection';
import { ReadingSettingsFields } from '../reader/ReadingSettingsFields';
import { SettingsDialog, type SettingsDialogProps } from '../settings/SettingsDialog';

export function SettingsScreen(props: Omit<SettingsDialogProps, 'fields' | 'sections'>): ReactNode {
  return (
    <SettingsDialog
      {...props}
      fields={(onSaved) => <ReadingSettingsFields onSaved={onSaved} />}
      sections={<BackupSection active={props.open} />}
    />
  );
}
