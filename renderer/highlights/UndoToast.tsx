// "Highlight deleted. Undo": shown for a while after a delete; Ctrl/Cmd+Z does the same.

import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN_MS = 8000;

export function UndoToast({
  message,
  onUndo,
  onDismiss,
}: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}): ReactNode {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div className="undo-toast" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        {t('highlights.undo')}
      </button>
    </div>
  );
}
