// The one keydown listener of the app. Components register handlers for commands (COMMANDS in
// commands.ts); a key press runs the handler of the narrowest scope that takes it, most recently
// registered first, and is then consumed (preventDefault). A handler that returns false
// declines (Space on a button, Delete with no highlight chosen), and the next one is asked.
//
// Keys are left alone when a component handled them already (defaultPrevented: React's own
// handlers run first, at the root), while an IME composes, while a dialog is open (it owns its
// keys, even when the focus fell to <body> because the control that held it went away: the page
// behind a modal dialog is inert, and Escape must reach the dialog to close it), and — unless the
// key says `inTextFields` — in a text field.

import { COMMANDS, matchesBinding, SCOPE_ORDER, type CommandId, type KeyBinding } from './commands';

/** Return false to decline: the key then goes to the next handler, or to the browser. */
export type CommandHandler = (event: KeyboardEvent) => void | boolean;

export interface CommandDispatcher {
  /** Registers a handler; returns the function that removes it. */
  register(id: CommandId, handler: CommandHandler): () => void;
  /** Removes the keydown listener and every handler. */
  dispose(): void;
}

/** Fields where keys type text or move a value: the field keeps them. */
export function isTextEntry(target: Element): boolean {
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

interface Registration {
  readonly id: CommandId;
  readonly handler: CommandHandler;
  readonly rank: number;
  readonly serial: number;
}

export function createCommandDispatcher(target: Pick<Window, 'addEventListener' | 'removeEventListener'>) {
  let registrations: Registration[] = [];
  let serial = 0;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const element = event.target instanceof Element ? event.target : null;
    if (element?.closest('dialog') != null || element?.ownerDocument.querySelector('dialog[open]') != null) return;
    const typing = element !== null && isTextEntry(element);
    const candidates = registrations.filter(({ id }) =>
      COMMANDS[id].keys.some(
        (binding: KeyBinding) => matchesBinding(binding, event) && (!typing || binding.inTextFields === true),
      ),
    );
    candidates.sort((a, b) => a.rank - b.rank || b.serial - a.serial);
    for (const { handler } of candidates) {
      if (handler(event) !== false) {
        event.preventDefault();
        return;
      }
    }
  };
  target.addEventListener('keydown', onKeyDown as EventListener);

  const dispatcher: CommandDispatcher = {
    register(id, handler) {
      serial += 1;
      const registration = { id, handler, rank: SCOPE_ORDER.indexOf(COMMANDS[id].scope), serial };
      registrations = [...registrations, registration];
      return () => {
        registrations = registrations.filter((item) => item !== registration);
      };
    },
    dispose() {
      registrations = [];
      target.removeEventListener('keydown', onKeyDown as EventListener);
    },
  };
  return dispatcher;
}

let shared: CommandDispatcher | null = null;

/** The page's dispatcher, listening on window from its first use. */
export function pageDispatcher(): CommandDispatcher {
  return (shared ??= createCommandDispatcher(window));
}
