// Before a link in an article leaves the app, the user sees the full address and confirms.
// Only http(s) addresses can be opened; anything else is explained, not followed. A native
// modal <dialog> brings the focus trap, Escape and inertness of the page behind it.

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedExternalUrl } from '../../electron/common/externalUrl';
import { useServices } from '../platform/services';

/** The address as it will be opened (normalized, so a look-alike host shows as punycode), or null. */
export function openableAddress(href: string): string | null {
  try {
    const url = new URL(href);
    return isAllowedExternalUrl(url) ? url.href : null;
  } catch {
    // An href that does not parse cannot be opened; the dialog says so (null).
    return null;
  }
}

interface LinkDialogProps {
  /** The link to confirm; null when no link is waiting. */
  href: string | null;
  onClose: () => void;
}

export function LinkDialog({ href, onClose }: LinkDialogProps): ReactNode {
  const { platform } = useServices();
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [refused, setRefused] = useState(false);
  const address = href === null ? null : openableAddress(href);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (href !== null && !element.open) {
      element.showModal();
      cancel.current?.focus();
    }
    if (href === null && element.open) element.close();
  }, [href]);

  function close() {
    setRefused(false);
    onClose();
  }

  async function open() {
    if (address === null) return;
    const result = await platform.openExternal(address);
    if (result.ok) close();
    else setRefused(true);
  }

  return (
    <dialog ref={dialog} className="link-dialog" aria-labelledby={titleId} onClose={close}>
      <h2 id={titleId}>{address === null ? t('reader.link.cannotOpenTitle') : t('reader.link.title')}</h2>
      <p className="link-dialog-address" dir="ltr">
        {address ?? href}
      </p>
      {address === null && <p>{t('reader.linkRefused')}</p>}
      {refused && <p role="alert">{t('reader.link.failed')}</p>}
      <div className="dialog-actions">
        {address !== null && (
          <button type="button" className="primary" onClick={() => void open()}>
            {t('reader.link.open')}
          </button>
        )}
        <button ref={cancel} type="button" onClick={close}>
          {address === null ? t('reader.link.close') : t('reader.link.cancel')}
        </button>
      </div>
    </dialog>
  );
}
