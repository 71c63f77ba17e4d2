// Follows the hamish:// links the app is asked to open, and says so when one is malformed:
// nothing is opened, and the notice stays until dismissed.

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../platform/services';
import { hrefForOpenedLink } from './openedLink';
import { navigate } from '../shared/useRoute';

export function OpenedLinkNotice(): ReactNode {
  const { platform } = useServices();
  const { t } = useTranslation();
  const [malformed, setMalformed] = useState(false);

  useEffect(
    () =>
      platform.onOpenLink((link) => {
        const href = hrefForOpenedLink(link);
        setMalformed(href === null);
        if (href !== null) navigate(href);
      }),
    [platform],
  );

  if (!malformed) return null;
  return (
    <div className="undo-bar" role="alert">
      <span>{t('link.malformed')}</span>
      <button type="button" onClick={() => setMalformed(false)}>
        {t('link.dismiss')}
      </button>
    </div>
  );
}
