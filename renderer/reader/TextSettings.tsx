// Text settings, opened from the reader's toolbar: the reading settings' fields
// (ReadingSettingsFields: font, size, line height, width, alignment, theme) in a non-modal
// popover, so the article previews every change live beside it. The Settings dialog keeps
// them too, with everything else.
//
// Where the popover goes, so that it never covers the text it previews:
// - in the margin at the inline end of the article, as wide as that margin allows (15–20rem),
//   where it is wide enough: from 880 px the reader keeps a column there for the margin notes
//   (margin.css), which it then lies over, never over the text;
// - beside the text, where the margin is narrower (below 880 px, or a line set wide): the reader
//   keeps room for a 15rem popover at its inline end while it is open (--text-settings-space,
//   margin.css) and the article, centred in what is left, moves over and narrows if it must, as
//   beside the highlights panel;
// - as a sheet along the window's bottom edge, where less than 30rem of text would be left
//   beside it (windows under about 800 px): the text above it keeps its whole lines, and the line
//   being read stays at the top.
// The room is measured from the article's own margin with none kept, so it never feeds on
// itself. tests/e2e/textSettings.spec.ts checks the boxes in both UI languages at 1280, 1000,
// 900, 800 and 700 px.
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
/** The least text kept beside the popover; narrower, it becomes a sheet at the bottom. */
const MIN_COLUMN_REM = 30;
/** The room the reader keeps at its inline end for the popover (margin.css). */
const ROOM_PROPERTY = '--text-settings-space';

type Placement =
  | { kind: 'margin' | 'beside'; top: number; width: number; room: number }
  | { kind: 'sheet'; top: number; width: null; room: 0 };

/**
 * Where the popover goes (see the top of the file): its top (below the toolbar), its width, and
 * the room the reader keeps for it, measured with none kept.
 */
function placement(toolbar: HTMLElement | null, article: HTMLElement | null): Placement {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const top = (toolbar?.getBoundingClientRect().bottom ?? 0) + GAP_PX / 2;
  const reader = article?.parentElement ?? null;
  if (article === null || reader === null) return { kind: 'margin', top, width: MAX_WIDTH_REM * rem, room: 0 };
  reader.style.removeProperty(ROOM_PROPERTY);
  const viewport = document.documentElement.clientWidth;
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  /** How far `box`'s inline end is from the window's. */
  const fromEnd = (box: DOMRect) => (rtl ? box.left : viewport - box.right);
  const margin = fromEnd(article.getBoundingClientRect());
  if (margin - 2 * GAP_PX >= MIN_WIDTH_REM * rem)
    return { kind: 'margin', top, width: Math.min(MAX_WIDTH_REM * rem, margin - 2 * GAP_PX), room: 0 };
  // The narrowest popover at the window's edge, and a gap before the text: the room is what the
  // reader's content box must give up for that (its padding already lies beside it).
  const width = MIN_WIDTH_REM * rem;
  const style = getComputedStyle(reader);
  const padding = parseFloat(style.paddingInlineEnd) || 0;
  const contentEnd = fromEnd(reader.getBoundingClientRect()) + padding;
  const room = Math.max(0, 2 * GAP_PX + width - contentEnd);
  const column = reader.clientWidth - (parseFloat(style.paddingInlineStart) || 0) - padding - room;
  if (column >= MIN_COLUMN_REM * rem) return { kind: 'beside', top, width, room };
  return { kind: 'sheet', top, width: null, room: 0 };
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
    const { kind, top, width, room } = placement(toolbar, article);
    element.dataset['placement'] = kind;
    // A sheet's place is the window's bottom edge (controls.css).
    if (kind === 'sheet') {
      element.style.removeProperty('inset-block-start');
      element.style.removeProperty('inline-size');
    } else {
      element.style.insetBlockStart = `${top}px`;
      element.style.inlineSize = `${width}px`;
    }
    if (room > 0) article?.parentElement?.style.setProperty(ROOM_PROPERTY, `${room}px`);
  }, [toolbar, article]);

  // Placed before the first paint, and again when the window or the article's width changes;
  // the room kept for it goes when it closes.
  useLayoutEffect(() => {
    if (!open) return;
    replace();
    return () => {
      article?.parentElement?.style.removeProperty(ROOM_PROPERTY);
    };
  }, [open, replace, layoutKey, article]);
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
