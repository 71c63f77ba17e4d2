// Key presses as they arrive from an Arabic keyboard layout (Windows' Arabic 101): the same
// physical keys as a US keyboard (KeyboardEvent.code), other characters (KeyboardEvent.key).
// Sent through Chrome's input pipeline (CDP Input.dispatchKeyEvent), as a real keyboard's are:
// Playwright's own keyboard always types with a US layout.

import type { CDPSession, Page } from '@playwright/test';

/** What the Arabic 101 layout types on the keys the app's commands use, without Shift. */
const ARABIC_101: Readonly<Record<string, { key: string; keyCode: number }>> = {
  KeyH: { key: 'ا', keyCode: 72 },
  KeyN: { key: 'ى', keyCode: 78 },
  KeyF: { key: 'ب', keyCode: 70 },
  KeyK: { key: 'ن', keyCode: 75 },
  KeyZ: { key: 'ئ', keyCode: 90 },
  KeyA: { key: 'ش', keyCode: 65 },
  Slash: { key: 'ظ', keyCode: 191 },
  Equal: { key: '=', keyCode: 187 },
  Minus: { key: '-', keyCode: 189 },
};

/** What it types with Shift held, where that differs from the unshifted character's case. */
const ARABIC_101_SHIFTED: Readonly<Record<string, string>> = {
  Slash: '؟',
};

const MODIFIER_BITS = { alt: 1, ctrl: 2, meta: 4, shift: 8 } as const;
type Modifier = keyof typeof MODIFIER_BITS;

export class ArabicKeyboard {
  private constructor(private readonly session: CDPSession) {}

  static async attach(page: Page): Promise<ArabicKeyboard> {
    return new ArabicKeyboard(await page.context().newCDPSession(page));
  }

  /** Presses the physical key `code` (with modifiers held) as the Arabic layout types it. */
  async press(code: keyof typeof ARABIC_101, ...modifiers: Modifier[]): Promise<void> {
    const bits = modifiers.reduce((sum, name) => sum | MODIFIER_BITS[name], 0);
    const { keyCode } = ARABIC_101[code]!;
    const key = (bits & MODIFIER_BITS.shift ? ARABIC_101_SHIFTED[code] : undefined) ?? ARABIC_101[code]!.key;
    // A character is typed only without Ctrl, Alt or ⌘.
    const text = bits & ~MODIFIER_BITS.shift ? '' : key;
    const common = { code, key, modifiers: bits, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
    await this.session.send('Input.dispatchKeyEvent', {
      type: text === '' ? 'rawKeyDown' : 'keyDown',
      text,
      ...common,
    });
    await this.session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
  }
}
