// What the window shows when the library cannot be opened: the reason, in the UI language,
// and a way to try again. Nothing is written.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenDatabaseError } from '../db/openDatabase';

export function StartupError({ error, detail }: { error: OpenDatabaseError; detail: string | undefined }): ReactNode {
  const { t } = useTranslation();
  const messages: Record<OpenDatabaseError, string> = {
    'newer-version': t('startup.newerVersion'),
    'storage-unavailable': t('startup.storageUnavailable'),
    blocked: t('startup.blocked'),
    failed: t('startup.failed', { detail: detail ?? '' }),
  };
  return (
    <main className="startup-error" role="alert">
      <h1>{t('startup.title')}</h1>
      <p>{messages[error]}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('startup.reload')}
      </button>
    </main>
  );
}

/** While another window's connection holds up an upgrade: start-up continues once it closes. */
export function WaitingForOtherWindow(): ReactNode {
  const { t } = useTranslation();
  return (
    <main className="startup-error" aria-busy="true">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('startup.waitingForOtherWindow')}</p>
    </main>
  );
}
