// Every keyboard command of the app, declared once: its id, its keys, its scope and (through
// the catalogs, `commands.<id>`) its label in both languages. Handlers are attached elsewhere,
// by the component that can carry the command out (useCommand.ts); the shortcut help and
// tooltips read this table (shortcutText.ts).
//
// Keys are physical keys (KeyboardEvent.code), not the characters they type: under an Arabic
// layout the H key types ا, N types ى and / types ظ, and the commands must still work. The
// price is that on a layout that moves a key (a German keyboard puts "/" on Shift+7), the
// command stays on the US key's place; that is what browsers and editors do for shortcuts too.

/**
 * Where a command is live, and who goes first when two share a key: a narrower scope wins
 * (the text selection's Escape before the find bar's, the find bar's before leaving the reader).
 * - `selection`: a text selection or a chosen highlight in the article.
 * - `find`: the find bar while it is open.
 * - `panel`: the highlights panel while it is open.
 * - `reader`, `library`: while that view is shown.
 * - `everywhere`: in every view.
 */
export type CommandScope = 'selection' | 'find' | 'panel' | 'reader' | 'library' | 'everywhere';

/** Earlier goes first. */
export const SCOPE_ORDER: readonly CommandScope[] = ['selection', 'find', 'panel', 'reader', 'library', 'everywhere'];

/** The order the shortcut help shows the scopes in: the widest first, as a reader meets them. */
export const HELP_GROUPS: readonly CommandScope[] = ['everywhere', 'reader', 'find', 'panel', 'selection', 'library'];

/** One key combination. Modifiers not mentioned must not be held (Shift: see `shift`). */
export interface KeyBinding {
  /** KeyboardEvent.code: 'KeyH', 'Slash', 'Equal', 'ArrowDown', 'Escape', … */
  readonly code: string;
  /** Ctrl, or ⌘ on a Mac (either is accepted everywhere). */
  readonly mod?: boolean;
  readonly alt?: boolean;
  /** true: Shift held; false (the default): not held; 'any': either. */
  readonly shift?: boolean | 'any';
  /** Also fires while the focus is in a text field (Escape, Ctrl+F); otherwise the field keeps the key. */
  readonly inTextFields?: boolean;
}

export interface CommandSpec {
  readonly scope: CommandScope;
  /** The first is the one shown first in help and tooltips. */
  readonly keys: readonly KeyBinding[];
}

const key = (code: string, options: Omit<KeyBinding, 'code'> = {}): KeyBinding => ({ code, ...options });
const typing = { inTextFields: true } as const;

export const COMMANDS = {
  // Everywhere
  focusSearch: { scope: 'everywhere', keys: [key('Slash'), key('KeyK', { mod: true, ...typing })] },
  // `?` on a US keyboard; Shift+/ wherever the layout puts another character there (؟ in Arabic).
  showShortcuts: { scope: 'everywhere', keys: [key('Slash', { shift: true })] },

  // The reader
  openFind: { scope: 'reader', keys: [key('KeyF', { mod: true, ...typing })] },
  backToLibrary: { scope: 'reader', keys: [key('Escape', typing)] },
  scrollLineDown: { scope: 'reader', keys: [key('ArrowDown')] },
  scrollLineUp: { scope: 'reader', keys: [key('ArrowUp')] },
  scrollPageDown: { scope: 'reader', keys: [key('PageDown', { shift: 'any' }), key('Space')] },
  scrollPageUp: { scope: 'reader', keys: [key('PageUp', { shift: 'any' }), key('Space', { shift: true })] },
  scrollToStart: { scope: 'reader', keys: [key('Home', { shift: 'any' })] },
  scrollToEnd: { scope: 'reader', keys: [key('End', { shift: 'any' })] },
  textLarger: { scope: 'reader', keys: [key('Equal', { shift: 'any' }), key('NumpadAdd')] },
  textSmaller: { scope: 'reader', keys: [key('Minus'), key('NumpadSubtract')] },
  undo: { scope: 'reader', keys: [key('KeyZ', { mod: true })] },
  toggleHighlightsPanel: { scope: 'reader', keys: [key('KeyH', { shift: true })] },

  // The library
  nextArticle: { scope: 'library', keys: [key('ArrowDown')] },
  previousArticle: { scope: 'library', keys: [key('ArrowUp')] },
  openArticle: { scope: 'library', keys: [key('Enter')] },
  deleteArticle: { scope: 'library', keys: [key('Delete')] },
  undoLibrary: { scope: 'library', keys: [key('KeyZ', { mod: true })] },
  selectNext: { scope: 'library', keys: [key('ArrowDown', { shift: true })] },
  selectPrevious: { scope: 'library', keys: [key('ArrowUp', { shift: true })] },
  toggleSelected: { scope: 'library', keys: [key('Space')] },
  selectAll: { scope: 'library', keys: [key('KeyA', { mod: true })] },
  clearSelection: { scope: 'library', keys: [key('Escape')] },

  // Find in the article
  findNext: { scope: 'find', keys: [key('Enter', typing), key('F3', typing)] },
  findPrevious: {
    scope: 'find',
    keys: [key('Enter', { shift: true, ...typing }), key('F3', { shift: true, ...typing })],
  },
  closeFind: { scope: 'find', keys: [key('Escape', typing)] },

  // The highlights panel, while it is open
  closeHighlightsPanel: { scope: 'panel', keys: [key('Escape', typing)] },

  // A text selection, or a chosen highlight, in the article
  highlight: { scope: 'selection', keys: [key('KeyH')] },
  highlightWithNote: { scope: 'selection', keys: [key('KeyN')] },
  extendSelection: {
    scope: 'selection',
    keys: ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'].map((code) => key(code, { shift: true })),
  },
  extendSelectionByWord: {
    scope: 'selection',
    keys: [
      key('ArrowRight', { shift: true, mod: true }),
      key('ArrowLeft', { shift: true, mod: true }),
      key('ArrowRight', { shift: true, alt: true }),
      key('ArrowLeft', { shift: true, alt: true }),
    ],
  },
  deleteHighlight: { scope: 'selection', keys: [key('Delete'), key('Backspace')] },
  dismissSelection: { scope: 'selection', keys: [key('Escape')] },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof COMMANDS;

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS[id];
}

/** The catalog key of a command's label ("Focus search", "ابحث"…). */
export function commandLabelKey(id: CommandId): `commands.${CommandId}` {
  return `commands.${id}`;
}

/** Whether `event` is this key combination. */
export function matchesBinding(binding: KeyBinding, event: KeyboardEvent): boolean {
  if (event.code !== binding.code) return false;
  if ((event.ctrlKey || event.metaKey) !== (binding.mod ?? false)) return false;
  if (event.altKey !== (binding.alt ?? false)) return false;
  const shift = binding.shift ?? false;
  return shift === 'any' || event.shiftKey === shift;
}
