// The selection's keyboard commands (commands/commands.ts), which go before the reader's: H and
// N make a highlight of the selection (in the colour used last; N opens its note), Shift+arrows
// select, Delete deletes the chosen highlight, Escape lets go of it or of the text selection
// before the reader would leave the article, Ctrl/Cmd+Z undoes the last deletion.

import { useCommand } from '../commands/useCommand';
import { extendSelectionByKey } from '../document/keyboardSelection';
import type { TextSurface } from '../document/surface';
import type { HighlightRow } from '../db/types';
import type { HighlightActions } from './useHighlightActions';
import { liveSelection, type FollowedSelection } from './useTextSelection';

export function useHighlightCommands(
  surface: TextSurface,
  selection: FollowedSelection,
  chosen: HighlightRow | undefined,
  actions: HighlightActions,
  lastColor: Parameters<HighlightActions['create']>[0],
  choose: (choice: null) => void,
): void {
  // The live selection counts, not only the state copy a frame behind it.
  const selecting = () => selection.current !== null || liveSelection(surface) !== null;
  const extend = (event: KeyboardEvent) =>
    extendSelectionByKey(event, surface.map, surface.body, () => surface.readingPosition()?.offset ?? 0);

  useCommand('undo', () => {
    if (actions.undo === null) return false;
    actions.runUndo();
  });
  useCommand('extendSelection', extend);
  useCommand('extendSelectionByWord', extend);
  useCommand('highlight', () => {
    if (!selecting()) return false;
    void actions.create(lastColor, false);
  });
  useCommand('highlightWithNote', () => {
    if (!selecting()) return false;
    void actions.create(lastColor, true);
  });
  useCommand('dismissSelection', () => {
    if (chosen !== undefined) choose(null);
    else if (selection.current !== null) window.getSelection()?.removeAllRanges();
    else return false;
  });
  useCommand('deleteHighlight', () => {
    if (chosen === undefined) return false;
    void actions.remove(chosen);
  });
}
