// The command table: every command has a label in both languages, keys that are real physical
// keys, and no key taken twice within one scope (across scopes the narrower one wins, by design).

import { describe, expect, it } from 'vitest';
import { ar } from '../i18n/catalogs/ar';
import { en } from '../i18n/catalogs/en';
import {
  COMMAND_IDS,
  COMMANDS,
  commandLabelKey,
  HELP_GROUPS,
  matchesBinding,
  SCOPE_ORDER,
  type KeyBinding,
} from './commands';
import { bindingText, shortcutTexts, type KeyNames } from './shortcutText';

const PHYSICAL_KEY =
  /^(Key[A-Z]|Digit\d|F\d{1,2}|Arrow(Up|Down|Left|Right)|Numpad(Add|Subtract)|Slash|Equal|Minus|Space|Enter|Escape|Page(Up|Down)|Home|End|Delete|Backspace)$/;

const names: KeyNames = (key) => en.keys[key.slice('keys.'.length) as keyof typeof en.keys];

function bindingId(binding: KeyBinding): string {
  return `${binding.mod ? 'mod+' : ''}${binding.alt ? 'alt+' : ''}${binding.shift === true ? 'shift+' : binding.shift === 'any' ? 'shift?+' : ''}${binding.code}`;
}

function keyEvent(init: Partial<KeyboardEvent>): KeyboardEvent {
  return { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init } as KeyboardEvent;
}

describe('COMMANDS', () => {
  it('labels every command in English and Arabic', () => {
    for (const id of COMMAND_IDS) {
      const [, name] = commandLabelKey(id).split('.');
      expect(en.commands[name as keyof typeof en.commands], id).toBeTypeOf('string');
      expect(ar.commands[name as keyof typeof ar.commands], id).toBeTypeOf('string');
    }
    expect(Object.keys(en.commands).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('shows every scope in the shortcut help, once', () => {
    expect([...HELP_GROUPS].sort()).toEqual([...SCOPE_ORDER].sort());
  });

  it('binds physical keys only', () => {
    for (const id of COMMAND_IDS) {
      expect(COMMANDS[id].keys.length, id).toBeGreaterThan(0);
      for (const binding of COMMANDS[id].keys) expect(binding.code, id).toMatch(PHYSICAL_KEY);
    }
  });

  it('takes no key twice within a scope', () => {
    const seen = new Map<string, string>();
    for (const id of COMMAND_IDS) {
      for (const binding of COMMANDS[id].keys) {
        const slot = `${COMMANDS[id].scope}:${bindingId(binding)}`;
        expect(seen.get(slot), `${id} and ${seen.get(slot)} share ${slot}`).toBeUndefined();
        seen.set(slot, id);
      }
    }
  });
});

describe('matchesBinding', () => {
  it('follows the physical key, whatever character the layout types', () => {
    const h = COMMANDS.highlight.keys[0];
    expect(matchesBinding(h, keyEvent({ code: 'KeyH', key: 'ا' }))).toBe(true);
    expect(matchesBinding(h, keyEvent({ code: 'KeyH', key: 'h' }))).toBe(true);
    // Another key that happens to type "h" (a remapped layout) is not the command.
    expect(matchesBinding(h, keyEvent({ code: 'KeyJ', key: 'h' }))).toBe(false);
    expect(matchesBinding(COMMANDS.focusSearch.keys[0], keyEvent({ code: 'Slash', key: 'ظ' }))).toBe(true);
    // "?" is Shift+/ by its place: "؟" under an Arabic layout; "/" without Shift is search.
    const help = COMMANDS.showShortcuts.keys[0];
    expect(matchesBinding(help, keyEvent({ code: 'Slash', key: '؟', shiftKey: true }))).toBe(true);
    expect(matchesBinding(help, keyEvent({ code: 'Slash', key: 'ظ' }))).toBe(false);
    expect(matchesBinding(COMMANDS.focusSearch.keys[0], keyEvent({ code: 'Slash', key: '?', shiftKey: true }))).toBe(
      false,
    );
  });

  it('requires exactly the modifiers asked for; Ctrl and ⌘ are the same', () => {
    const find = COMMANDS.openFind.keys[0];
    expect(matchesBinding(find, keyEvent({ code: 'KeyF', ctrlKey: true }))).toBe(true);
    expect(matchesBinding(find, keyEvent({ code: 'KeyF', metaKey: true }))).toBe(true);
    expect(matchesBinding(find, keyEvent({ code: 'KeyF' }))).toBe(false);
    expect(matchesBinding(find, keyEvent({ code: 'KeyF', ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesBinding(COMMANDS.highlight.keys[0], keyEvent({ code: 'KeyH', ctrlKey: true }))).toBe(false);
    const larger = COMMANDS.textLarger.keys[0];
    expect(matchesBinding(larger, keyEvent({ code: 'Equal', shiftKey: true }))).toBe(true);
    expect(matchesBinding(larger, keyEvent({ code: 'Equal' }))).toBe(true);
    expect(matchesBinding(COMMANDS.scrollPageDown.keys[1], keyEvent({ code: 'Space', shiftKey: true }))).toBe(false);
  });
});

describe('shortcut text', () => {
  it('writes keys as printed, modifiers and named keys from the catalog', () => {
    expect(shortcutTexts('focusSearch', names, false)).toEqual(['/', 'Ctrl+K']);
    expect(shortcutTexts('openFind', names, true)).toEqual(['⌘F']);
    expect(shortcutTexts('scrollPageUp', names, false)).toEqual(['Page Up', 'Shift+Space']);
    // Shift+/ is the key that types "?" on a US keyboard: written as "?", not "Shift+/".
    expect(shortcutTexts('showShortcuts', names, false)).toEqual(['?']);
    expect(shortcutTexts('showShortcuts', names, true)).toEqual(['?']);
    expect(bindingText({ code: 'ArrowRight', shift: true, mod: true }, names, false)).toBe('Ctrl+Shift+→');
    const arabic: KeyNames = (key) => ar.keys[key.slice('keys.'.length) as keyof typeof ar.keys];
    expect(shortcutTexts('scrollPageDown', arabic, false)).toEqual(['Page Down', 'مسافة']);
  });
});
