// Beside a note: the texts the same note was given on another device while the two were apart
// (sync keeps them, newest text first in the note itself), each with a choice — use it, add it
// to the note, or keep the note as it is. Nothing is dropped until the user says so.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settleOtherVersion, type OtherVersionChoice } from '../db/notes';
import type { NoteRow, NoteVersion } from '../db/types';
import { useServices } from '../platform/services';

export function NoteOtherVersions({ note }: { note: NoteRow | undefined }): ReactNode {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const versions = note?.otherVersions ?? [];
  if (note === undefined || versions.length === 0) return null;
  const formatTime = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  const settle = (version: NoteVersion, choice: OtherVersionChoice) =>
    void settleOtherVersion(db, note.id, version, choice).catch((error: unknown) =>
      console.error('Could not settle the other version', error),
    );
  return (
    <section className="note-other-versions" aria-label={t('highlights.otherVersionsLabel')}>
      <p>{t('highlights.otherVersions')}</p>
      {versions.map((version) => (
        <div key={`${version.updatedAt}-${version.text}`} className="note-other-version">
          <blockquote dir="auto">{version.text}</blockquote>
          <p className="highlights-hint">{t('highlights.otherVersionFrom', { time: formatTime(version.updatedAt) })}</p>
          <div className="note-other-actions">
            <button type="button" onClick={() => settle(version, 'use')}>
              {t('highlights.useOtherVersion')}
            </button>
            <button type="button" onClick={() => settle(version, 'append')}>
              {t('highlights.appendOtherVersion')}
            </button>
            <button type="button" onClick={() => settle(version, 'dismiss')}>
              {t('highlights.dismissOtherVersion')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
