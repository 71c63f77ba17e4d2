// How a command's keys are written for people: in the shortcut help, tooltips and labels.
// Letters, digits and punctuation are written as printed on a US keyboard (the key's place,
// which is what the command follows); named keys and modifiers come from the catalogs
// (`keys.*`), so "Space" reads "مسافة" in Arabic. On a Mac the modifier is ⌘.

import { useTranslation } from 'react-i18next';
import { COMMANDS, type CommandId, type KeyBinding } from './commands';

const PRINTED: Readonly<Record<string, string>> = {
  Slash: '/',
  Equal: '+',
  Minus: '-',
  NumpadAdd: '+',
  NumpadSubtract: '-',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  F3: 'F3',
};

/** Keys with Shift held that are written as the character they type on a US keyboard. */
const PRINTED_SHIFTED: Readonly<Record<string, string>> = {
  Slash: '?',
};

/** Keys written as a word, through the catalog (`keys.<name>`). */
const NAMED = {
  Space: 'space',
  Enter: 'enter',
  Escape: 'escape',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
  Home: 'home',
  End: 'end',
  Delete: 'delete',
  Backspace: 'backspace',
} as const;

export type KeyNameKey = `keys.${(typeof NAMED)[keyof typeof NAMED] | 'ctrl' | 'alt' | 'shift'}`;

/** The catalog lookup (i18next's `t`), narrowed to what this module asks for. */
export type KeyNames = (key: KeyNameKey) => string;

function keyName(code: string, names: KeyNames): string {
  if (code in NAMED) return names(`keys.${NAMED[code as keyof typeof NAMED]}`);
  if (code in PRINTED) return PRINTED[code]!;
  const letterOrDigit = /^(?:Key|Digit)(.)$/.exec(code);
  return letterOrDigit !== null ? letterOrDigit[1]! : code;
}

/** One binding as text: "Ctrl+Shift+→", "⌘F", "/". */
export function bindingText(binding: KeyBinding, names: KeyNames, mac: boolean): string {
  const parts: string[] = [];
  const shifted = binding.shift === true ? PRINTED_SHIFTED[binding.code] : undefined;
  if (binding.mod) parts.push(mac ? '⌘' : names('keys.ctrl'));
  if (binding.alt) parts.push(mac ? '⌥' : names('keys.alt'));
  if (binding.shift === true && shifted === undefined) parts.push(mac ? '⇧' : names('keys.shift'));
  parts.push(shifted ?? keyName(binding.code, names));
  return mac ? parts.join('') : parts.join('+');
}

/** Every binding of a command, the main one first. */
export function shortcutTexts(id: CommandId, names: KeyNames, mac = isMac()): string[] {
  return COMMANDS[id].keys.map((binding) => bindingText(binding, names, mac));
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

/** A tooltip naming the command and its keys: "Go to search (/ or Ctrl+K)", in the UI language. */
export function useShortcutTitle(id: CommandId): string {
  const { t } = useTranslation();
  const names: KeyNames = (key) => t(key);
  return t('keys.tooltip', {
    label: t(`commands.${id}`),
    keys: shortcutTexts(id, names).join(t('keys.or')),
  });
}
