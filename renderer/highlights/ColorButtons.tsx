// The five highlight colours as buttons, named "Highlight yellow" … in the UI language.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightColor } from '../db/types';
import { HIGHLIGHT_COLORS } from '../shared/highlightColors';

interface ColorButtonsProps {
  onChoose: (color: HighlightColor) => void;
  /** The highlight's current colour, shown as pressed. */
  current?: HighlightColor;
}

export function ColorButtons({ onChoose, current }: ColorButtonsProps): ReactNode {
  const { t } = useTranslation();
  return HIGHLIGHT_COLORS.map((color) => (
    <button
      key={color}
      type="button"
      className={`highlight-swatch highlight-swatch-${color}`}
      aria-label={t(`highlights.color_${color}`)}
      title={t(`highlights.color_${color}`)}
      aria-pressed={current === undefined ? undefined : current === color}
      // Keep the text selection: a mousedown on a button would clear it before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(color)}
    />
  ));
}
