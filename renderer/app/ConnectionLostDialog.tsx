// Shown when another window upgraded or deleted the library while this one had it open: this
// window has stopped using the database (see db/connectionWatch.ts) and can only be reloaded.

import { useEffect, useId, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionWatch } from '../db/connectionWatch';

export function ConnectionLostDialog({ watch }: { watch: ConnectionWatch }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const loss = useSyncExternalStore(watch.subscribe, watch.current);

  useEffect(() => {
    if (loss !== null && dialog.current !== null && !dialog.current.open) dialog.current.showModal();
  }, [loss]);

  if (loss === null) return null;
  const upgraded = loss === 'upgraded-elsewhere';
  return (
    <dialog
      ref={dialog}
      className="connection-lost"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      // Nothing to go back to: Escape must not hide the only way on.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={`${id}-title`}>{t(upgraded ? 'connection.upgradedTitle' : 'connection.deletedTitle')}</h2>
      <p id={`${id}-text`}>{t(upgraded ? 'connection.upgraded' : 'connection.deleted')}</p>
      <button type="button" onClick={() => window.location.reload()} autoFocus>
        {t('connection.reload')}
      </button>
    </dialog>
  );
}
