// The reader's keyboard commands (commands/commands.ts): arrows, Page Up/Down, Space and
// Home/End scroll the article; `+` and `-` change the text size; Ctrl/Cmd+F opens find;
// Escape returns to the library. The command dispatcher leaves keys to text fields and open
// dialogs; Space is also left to a control that activates with it (a button, a link).

import { useCommand } from '../commands/useCommand';

export interface ReaderKeyActions {
  /** Pixels of one line of text. */
  lineHeight(): number;
  /** Pixels of the text area below the toolbar. */
  pageHeight(): number;
  fontSize(direction: 1 | -1): void;
  openFind(): void;
  back(): void;
}

function activatesOnSpace(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('button, a[href], summary, input, select, textarea, [role="button"], [role="link"]') !== null
  );
}

function scrollBy(top: number): void {
  window.scrollBy({ top, behavior: 'instant' });
}

export function useReaderKeys(act: ReaderKeyActions): void {
  useCommand('openFind', () => act.openFind());
  useCommand('backToLibrary', () => act.back());
  useCommand('scrollLineDown', () => scrollBy(act.lineHeight()));
  useCommand('scrollLineUp', () => scrollBy(-act.lineHeight()));
  useCommand('scrollPageDown', (event) => {
    if (event.code === 'Space' && activatesOnSpace(event.target)) return false;
    scrollBy(act.pageHeight());
  });
  useCommand('scrollPageUp', (event) => {
    if (event.code === 'Space' && activatesOnSpace(event.target)) return false;
    scrollBy(-act.pageHeight());
  });
  useCommand('scrollToStart', () => window.scrollTo({ top: 0, behavior: 'instant' }));
  useCommand('scrollToEnd', () => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  useCommand('textLarger', () => act.fontSize(1));
  useCommand('textSmaller', () => act.fontSize(-1));
}
