// A toolbar button's popover (the contents, the text settings): open or closed; a pointer press
// outside it closes it, and so does Escape, which puts the focus back on its button (a widget's
// own key, not a command: docs/commands.md).

import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

export interface ToolbarPopover {
  readonly open: boolean;
  setOpen(open: boolean): void;
  /** The element holding the button and the popover: a press inside it keeps the popover open. */
  readonly container: RefObject<HTMLDivElement | null>;
  readonly button: RefObject<HTMLButtonElement | null>;
  /** For the container: Escape closes the popover and returns the focus to the button. */
  onKeyDown(event: KeyboardEvent): void;
}

export function useToolbarPopover(): ToolbarPopover {
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!(event.target instanceof Node && container.current?.contains(event.target))) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  }

  return { open, setOpen, container, button, onKeyDown };
}
