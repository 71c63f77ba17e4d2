// Starts the search worker once the first frame is up, passes it every committed row change,
// and asks it to store the index when the window is hidden (it may be closed next).

import { useEffect, useState, type ReactNode } from 'react';
import { searchChangeFeed } from '../client/changeFeed';
import { SearchClient } from '../client/SearchClient';
import { startSearchWorker } from '../client/startSearchWorker';
import { SearchContext } from './SearchContext';

export function SearchProvider({ children }: { children: ReactNode }): ReactNode {
  const [client, setClient] = useState<SearchClient | null>(null);

  useEffect(() => {
    let started: SearchClient | null = null;
    let unsubscribe = () => {};
    let timer = 0;
    // After the first frame is painted (the task after its animation frame), so the worker's
    // script and its reading of the index do not compete with start-up for the CPU.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        started = new SearchClient(startSearchWorker());
        const current = started;
        unsubscribe = searchChangeFeed.subscribe((changes) => void current.applyChanges(changes));
        setClient(current);
      }, 0);
    });
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') void started?.flush();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      unsubscribe();
      started?.dispose();
    };
  }, []);

  return <SearchContext.Provider value={client}>{children}</SearchContext.Provider>;
}
