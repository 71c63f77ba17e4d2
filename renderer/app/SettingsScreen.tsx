// The Settings dialog with the sections other features contribute: the reading settings
// (reader/), sync (sync/) and backups (backup/). Composed here because features do not import each other.

import type { ReactNode } from 'react';
import { BackupSection } from '../backup/BackupSection';
import { ReadingSettingsFields } from '../reader/ReadingSettingsFields';
import { ReadingSpeedFields } from '../reader/ReadingSpeedFields';
import { SettingsDialog, type SettingsDialogProps } from '../settings/SettingsDialog';
import { SyncSection } from '../sync/ui/SyncSection';

export function SettingsScreen(props: Omit<SettingsDialogProps, 'fields' | 'sections'>): ReactNode {
  return (
    <SettingsDialog
      {...props}
      fields={(onSaved) => (
        <>
          <ReadingSettingsFields onSaved={onSaved} />
          <ReadingSpeedFields onSaved={onSaved} />
        </>
      )}
      sections={
        <>
          <SyncSection />
          <BackupSection active={props.open} />
        </>
      }
    />
  );
}
