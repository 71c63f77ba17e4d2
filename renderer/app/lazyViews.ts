// The views the library's first paint does not need — the reader (with highlights), the Notes
// view, the search hit painter and Settings (with backups) — live in chunks of their own, so
// start-up parses and runs less script before the list is painted. Each chunk is requested
// once; `preloadReader` lets start-up fetch the reader while the database opens, when the app
// starts on an article.

import { lazy } from 'react';

const loadReader = () => import('../reader/ReaderView');

export function preloadReader(): void {
  void loadReader();
}

export const ReaderView = lazy(() => loadReader().then((module) => ({ default: module.ReaderView })));
export const NotesView = lazy(() => import('../notes/NotesView').then((module) => ({ default: module.NotesView })));
export const SearchHitPainter = lazy(() => import('../search/reveal/SearchHitPainter').then((module) => ({ default: module.SearchHitPainter })));
export const SettingsDialog = lazy(() => import('../settings/SettingsDialog').then((module) => ({ default: module.SettingsDialog })));
