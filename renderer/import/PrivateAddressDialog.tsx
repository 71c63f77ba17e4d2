// Asks before Hamish saves a page from an address on this computer or the user's own network
// (a router's page, an intranet wiki, a development server): the desktop app refuses such
// addresses unless the user typed one and confirms it here. A modal <dialog> (focus trap,
// Escape, inertness come with it; it looks like the reader's link dialog, which also asks before
// going somewhere). Escape or "Don't save" declines, and nothing is fetched.

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VALUE_PLACE, WithIsolated } from '../i18n/WithIsolated';
import type { JobIn } from './importQueue';

/** The host of the address the user typed, as shown to them. */
export function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

export interface PrivateAddressDialogProps {
  readonly job: JobIn<'confirm-private'>;
  readonly onSave: () => void;
  readonly onDecline: () => void;
}

export function PrivateAddressDialog({ job, onSave, onDecline }: PrivateAddressDialogProps): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, [job.id]);

  return (
    <dialog
      ref={dialog}
      className="link-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onDecline();
      }}
    >
      <h2 id={`${id}-title`}>{t('privateAddress.title')}</h2>
      <p id={`${id}-text`}>
        <WithIsolated message={t('privateAddress.text', { host: VALUE_PLACE })} value={hostOf(job.label)} />
      </p>
      {job.detail !== null && (
        <p className="link-dialog-address" dir="ltr">
          {job.detail}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onDecline} autoFocus>
          {t('privateAddress.decline')}
        </button>
        <button type="button" onClick={onSave}>
          {t('privateAddress.save')}
        </button>
      </div>
    </dialog>
  );
}
