// Beside a note: the texts the same note was given on another device while the two were apart
// (sync keeps them, newest text first in the note itself), each with a choice — use it, add it
// to the note, or keep the note as it is. Nothing is dropped until the user says so, and a choice
// that cannot be stored says so in the UI language, the note left as it was.

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settleOtherVersion, type OtherVersionChoice } from '../db/notes';
import type { WriteFailure } from '../db/storageErrors';
import type { NoteRow, NoteVersion } from '../db/types';
import { useServices } from '../platform/services';
import { WRITE_MESSAGES } from './useHighlightActions';

export function NoteOtherVersions({ note }: { note: NoteRow | undefined }): ReactNode {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const versions = note?.otherVersions ?? [];
  if (note === undefined || versions.length === 0) return null;
  const formatTime = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  const settle = (version: NoteVersion, choice: OtherVersionChoice) => {
    setFailure(null);
    void settleOtherVersion(db, note.id, version, choice).then((result) => {
      if (result.ok) return;
      console.error('Could not settle the other version', result.error, result.detail);
      setFailure(result.error);
    });
  };
  return (
    <section className="note-other-versions" aria-label={t('highlights.otherVersionsLabel')}>
      <p>{t('highlights.otherVersions')}</p>
      {failure !== null && <p role="alert">{t(WRITE_MESSAGES[failure])}</p>}
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
