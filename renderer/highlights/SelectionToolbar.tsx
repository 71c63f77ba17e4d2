// The small toolbar next to a text selection in the article: five colours, "Add note", "Copy".

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightColor } from '../db/types';
import { ColorButtons } from './ColorButtons';
import { floatingStyle } from './floatingPosition';

interface SelectionToolbarProps {
  rect: DOMRect;
  onHighlight: (color: HighlightColor) => void;
  onAddNote: () => void;
  onCopy: () => void;
}

export function SelectionToolbar({ rect, onHighlight, onAddNote, onCopy }: SelectionToolbarProps): ReactNode {
  const { t } = useTranslation();
  const direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  return (
    <div
      role="toolbar"
      aria-label={t('highlights.toolbarLabel')}
      className="selection-toolbar"
      style={floatingStyle(rect, direction, 48, 340)}
    >
      <ColorButtons onChoose={onHighlight} />
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onAddNote}>
        {t('highlights.addNote')}
      </button>
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onCopy}>
        {t('highlights.copy')}
      </button>
    </div>
  );
}
