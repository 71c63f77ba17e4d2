// The keyboard shortcuts dialog, opened with `?` (commands.ts, `showShortcuts`) or the app bar's
// button: every command of the registry with its keys, in the UI language, grouped by where it
// works. It reads the same table the dispatcher does, so it cannot list a key that does nothing
// or miss one that does. A native modal <dialog>: focus trap, Escape and inertness come with it,
// and the focus goes back to where it was when it closes.

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_IDS, COMMANDS, commandLabelKey, HELP_GROUPS } from './commands';
import { shortcutTexts, type KeyNames } from './shortcutText';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open]);

  function onDialogClose() {
    onClose();
    // The element that had the focus may be gone (the view changed); then the focus stays where the browser put it.
    if (returnFocus.current?.isConnected) returnFocus.current.focus();
    returnFocus.current = null;
  }

  const names: KeyNames = (key) => t(key);
  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby={`${id}-title`} onClose={onDialogClose}>
      <h2 id={`${id}-title`}>{t('shortcuts.title')}</h2>
      <p className="shortcuts-intro">{t('shortcuts.intro')}</p>
      {open &&
        HELP_GROUPS.map((scope) => (
          <section key={scope} className="shortcuts-group" aria-labelledby={`${id}-${scope}`}>
            <h3 id={`${id}-${scope}`}>{t(`shortcuts.scope.${scope}`)}</h3>
            <table>
              <tbody>
                {COMMAND_IDS.filter((command) => COMMANDS[command].scope === scope).map((command) => (
                  <tr key={command} data-command={command}>
                    <th scope="row">{t(commandLabelKey(command))}</th>
                    <td>
                      {shortcutTexts(command, names).map((text, index) => (
                        <span key={text}>
                          {index > 0 && <span className="shortcuts-or">{t('keys.or')}</span>}
                          <kbd dir="auto">{text}</kbd>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      <div className="settings-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
