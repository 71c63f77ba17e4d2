// Where the unpackaged app (`npm start`, `npm run dev`, the Electron suite) keeps its data.
//
// Electron names the data folder after the product, so without this `npm start` used the very
// folder of an installed Hamish: its library (IndexedDB lives there), its backups, and its
// single-instance lock, so `npm start` merely focused the installed app's window, or the
// installed app refused to start while a development build ran. A build from source gets a
// folder of its own beside it. Must run before `ready` and before the single-instance lock,
// which lives in the data folder.

import path from 'node:path';
import type { App } from 'electron';

export const DEVELOPMENT_SUFFIX = ' (development)';

export function separateDevelopmentData(
  app: Pick<App, 'isPackaged' | 'getPath' | 'setPath' | 'getName'>,
): string | null {
  if (app.isPackaged) return null;
  const folder = path.join(app.getPath('appData'), `${app.getName()}${DEVELOPMENT_SUFFIX}`);
  app.setPath('userData', folder);
  return folder;
}
