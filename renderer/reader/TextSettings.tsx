// Text settings, opened from the reader's toolbar: the reading settings' fields
// (ReadingSettingsFields: font, size, line height, width, alignment, theme) in a non-modal
// popover, so the article previews every change live beside it. The Settings dialog keeps
// them too, with everything else.
//
// Where the popover goes: in the margin at the inline end of the article, as wide as that
// margin allows (15–20rem), so it does not cover the text it previews. At 1280×800 with the
// default width the margin is wide enough (tests/e2e/textSettings.spec.ts checks the boxes in
// both UI languages); when the window is narrower or the line is set wider, no margin is wide
// enough and it covers the article's inline end, as any popover would.
//
// Escape closes it and gives the focus back to its button (useToolbarPopover, on this
// container, so the reader's Escape, back to the library, does not also fire); so does a click
// outside it.

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';
import { ReadingSettingsFields } from './ReadingSettingsFields';
import { useToolbarPopover } from './useToolbarPopover';

const MIN_WIDTH_REM = 15;
const MAX_WIDTH_REM = 20;
/** Space kept between the popover and the window's edge, and between it and the text. */
const GAP_PX = 12;

interface Placement {
  top: number;
  width: number;
}

/** The popover's top (below the toolbar) and width (the article's inline-end margin, clamped). */
function placement(toolbar: HTMLElement | null, article: HTMLElement | null): Placement {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const top = (toolbar?.getBoundingClientRect().bottom ?? 0) + GAP_PX / 2;
  if (article === null) return { top, width: MAX_WIDTH_REM * rem };
  const box = article.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  const margin = rtl ? box.left : viewport - box.right;
  const width = Math.min(MAX_WIDTH_REM * rem, Math.max(MIN_WIDTH_REM * rem, margin - 2 * GAP_PX));
  return { top, width };
}

interface TextSettingsProps {
  /** The reader's toolbar (the popover opens below it) and the article (whose margin it takes). */
  toolbar: HTMLElement | null;
  article: HTMLElement | null;
  /** Changes whenever the article's layout may have moved (the settings themselves). */
  layoutKey: string;
}

export function TextSettings({ toolbar, article, layoutKey }: TextSettingsProps): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const { open, setOpen, container, button, onKeyDown } = useToolbarPopover();
  const popover = useRef<HTMLDivElement>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  // Written on the element, not kept as state: it is layout, read from layout.
  const replace = useCallback(() => {
    const element = popover.current;
    if (element === null) return;
    const { top, width } = placement(toolbar, article);
    element.style.insetBlockStart = `${top}px`;
    element.style.inlineSize = `${width}px`;
  }, [toolbar, article]);

  // Placed before the first paint, and again when the window or the article's width changes.
  useLayoutEffect(() => {
    if (open) replace();
  }, [open, replace, layoutKey]);
  useEffect(() => {
    if (!open) return;
    window.addEventListener('resize', replace);
    return () => window.removeEventListener('resize', replace);
  }, [open, replace]);

  useEffect(() => {
    if (!open) return;
    // The fields are mounted (and their settings read) with the reader, so they are there by now;
    // should they not be, the popover itself takes the focus.
    (popover.current?.querySelector<HTMLElement>('select, input') ?? popover.current)?.focus();
  }, [open]);

  return (
    <div ref={container} className="text-settings" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="with-icon"
        aria-expanded={open}
        aria-controls={`${id}-popover`}
        onClick={() => setOpen(!open)}
      >
        <Icon name="textSettings" />
        {t('textSettings.open')}
      </button>
      <div
        ref={popover}
        id={`${id}-popover`}
        role="dialog"
        aria-labelledby={`${id}-title`}
        className="text-settings-popover"
        tabIndex={-1}
        hidden={!open}
      >
        <h2 id={`${id}-title`}>{t('textSettings.title')}</h2>
        <ReadingSettingsFields compact onSaved={(ok) => setSaveFailed(!ok)} />
        {saveFailed && <p role="alert">{t('settings.saveFailed')}</p>}
      </div>
    </div>
  );
}
