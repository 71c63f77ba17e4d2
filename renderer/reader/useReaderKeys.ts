// The reader's keyboard: arrows, Page Up/Down, Space and Home/End scroll the article; `+` and
// `-` change the text size; Ctrl/Cmd+F opens find; Escape returns to the library. Keys meant
// for a text field, a control that uses them (Space on a button) or an open dialog are left
// alone.

import { useEffect, useRef } from 'react';

export interface ReaderKeyActions {
  /** Pixels of one line of text. */
  lineHeight(): number;
  /** Pixels of the text area below the toolbar. */
  pageHeight(): number;
  fontSize(direction: 1 | -1): void;
  openFind(): void;
  back(): void;
}

function isTextEntry(target: Element): boolean {
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target as HTMLElement).isContentEditable
  );
}

function activatesOnSpace(target: Element): boolean {
  return target.closest('button, a[href], summary, input, select, textarea, [role="button"], [role="link"]') !== null;
}

function scrollBy(top: number): void {
  window.scrollBy({ top, behavior: 'instant' });
}

export function useReaderKeys(actions: ReaderKeyActions): void {
  // The listener is attached once; it always calls the latest actions.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const act = latest.current;
      const target = event.target instanceof Element ? event.target : document.body;
      if (event.defaultPrevented || target.closest('dialog') !== null) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        act.openFind();
        return;
      }
      if (command || event.altKey) return;
      if (event.key === 'Escape') {
        act.back();
        return;
      }
      if (isTextEntry(target)) return;
      let handled = true;
      switch (event.key) {
        case 'ArrowDown':
          scrollBy(act.lineHeight());
          break;
        case 'ArrowUp':
          scrollBy(-act.lineHeight());
          break;
        case 'PageDown':
          scrollBy(act.pageHeight());
          break;
        case 'PageUp':
          scrollBy(-act.pageHeight());
          break;
        case ' ':
          if (activatesOnSpace(target)) handled = false;
          else scrollBy(event.shiftKey ? -act.pageHeight() : act.pageHeight());
          break;
        case 'Home':
          window.scrollTo({ top: 0, behavior: 'instant' });
          break;
        case 'End':
          window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
          break;
        case '+':
        case '=':
          act.fontSize(1);
          break;
        case '-':
          act.fontSize(-1);
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
