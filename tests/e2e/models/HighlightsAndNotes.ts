// Page object for highlights and margin notes in the reader, as a user reaches them: by their
// accessible names in the English UI (the selection toolbar, the highlight's editor and its note
// box, the side panel and its filter, the note markers), and what the page paints and stores.

import type { Locator, Page } from '@playwright/test';
import type { HighlightRow, NoteRow } from '../../../renderer/db/types';
import { dragSelect, paintedTexts, readHighlights, readNotes } from '../support/highlightRows';

export class HighlightsAndNotes {
  constructor(readonly page: Page) {}

  /** Selects the `occurrence`-th copy of `text` in the article with the mouse. */
  select(text: string, occurrence = 0): Promise<void> {
    return dragSelect(this.page, text, occurrence);
  }

  /** A colour's button, in the selection toolbar or the highlight's editor (e.g. 'green'). */
  colorButton(color: string, within: Page | Locator = this.page): Locator {
    return within.getByRole('button', { name: `Highlight ${color}` });
  }

  get selectionToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Highlight the selection' });
  }

  /** The editor of the chosen highlight (colours, note, copy, delete). */
  get editor(): Locator {
    return this.page.getByRole('dialog', { name: 'Highlight' });
  }

  /** The note box of the highlight's editor. */
  get noteBox(): Locator {
    return this.editor.getByRole('textbox', { name: 'Note' });
  }

  /** The notes in the margin beside the article (on windows wide enough). */
  get marginNotes(): Locator {
    return this.page.getByRole('region', { name: 'Margin notes' });
  }

  /** Every note box in the margin, in reading order. */
  get marginNoteBoxes(): Locator {
    return this.marginNotes.getByRole('textbox', { name: 'Note' });
  }

  /** The texts of the notes in the margin, in reading order. */
  marginNoteTexts(): Promise<string[]> {
    return this.marginNoteBoxes.evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
  }

  /** Types a note into the open note box and leaves it, which saves it. */
  async writeNote(text: string): Promise<void> {
    await this.noteBox.fill(text);
    await this.noteBox.blur();
  }

  get deleteButton(): Locator {
    return this.page.getByRole('button', { name: 'Delete highlight' });
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo' });
  }

  /** The margin marker of a note, named by its text. */
  noteMarker(text: string): Locator {
    return this.page.getByRole('button', { name: `Note: ${text}` });
  }

  get scrollMarks(): Locator {
    return this.page.locator('.scroll-mark');
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Highlights' });
  }

  get panelToggle(): Locator {
    return this.page.getByRole('button', { name: 'Highlights and notes' });
  }

  /** Opens the side panel from the reader's toolbar. */
  async openPanel(): Promise<Locator> {
    await this.panelToggle.click();
    return this.panel;
  }

  get panelItems(): Locator {
    return this.panel.getByRole('listitem');
  }

  get colorFilter(): Locator {
    return this.panel.getByRole('combobox', { name: 'Show colour' });
  }

  /**
   * Clicks inside a word of the article (its third character, clear of either edge), as a user
   * clicks a highlight to choose it.
   */
  async clickWord(word: string): Promise<void> {
    const point = await this.page.evaluate((word) => {
      const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 3);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`not in the article: ${word}`);
    }, word);
    await this.page.mouse.click(point.x, point.y);
  }

  /** The texts painted on one layer: a colour ('yellow'), 'note' or 'selected'. */
  painted(layer: string): Promise<string[]> {
    return paintedTexts(this.page, `hamish-${layer}`);
  }

  /** The highlights as stored (deleted ones too). */
  stored(): Promise<HighlightRow[]> {
    return readHighlights(this.page);
  }

  /** The notes as stored (deleted ones too). */
  storedNotes(): Promise<NoteRow[]> {
    return readNotes(this.page);
  }
}
