// The views the library's first paint does not need — the reader (with highlights and the search
// hit), the Notes view and Settings (with backups) — live in chunks of their own, so
// start-up parses and runs less script before the list is painted. Each chunk is requested
// once; `preloadReader` lets start-up fetch the reader while the database opens, when the app
// starts on an article.
//
// Not React.lazy: a lazy component suspends on its first render even when its chunk has
// already arrived, and React holds back revealing a suspended boundary (by up to 300 ms), which
// would delay the reader's first paint. A view here renders its component at once when the
// chunk is loaded, and nothing (for the moment the chunk takes) when it is not.

import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

interface LazyView<P> {
  View: (props: P) => ReactNode;
  preload: () => void;
}

function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, name: string): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const request = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));

  function View(props: P): ReactNode {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component !== null) return;
      let live = true;
      request().then(
        (component) => live && setComponent(() => component),
        (error: unknown) => console.error(`Could not load ${name}`, error),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    return Component === null ? null : <Component {...props} />;
  }

  // A failed preload is tried again, and reported, when the view itself renders.
  return { View, preload: () => void request().catch(() => undefined) };
}

const reader = lazyView(() => import('./ReaderScreen').then((module) => module.ReaderScreen), 'the reader');
const notes = lazyView(() => import('../notes/NotesView').then((module) => module.NotesView), 'the Notes view');
const settings = lazyView(() => import('./SettingsScreen').then((module) => module.SettingsScreen), 'Settings');

export const ReaderScreen = reader.View;
export const preloadReader = reader.preload;
export const NotesView = notes.View;
export const SettingsDialog = settings.View;
