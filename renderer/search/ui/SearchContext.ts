// The app's search client, once the worker has been started (null before that).

import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SearchClient } from '../client/SearchClient';
import type { IndexStatus } from '../protocol';

export const SearchContext = createContext<SearchClient | null>(null);

export function useSearchClient(): SearchClient | null {
  return useContext(SearchContext);
}

const STARTING: IndexStatus = { state: 'starting' };
const noSubscription = () => () => undefined;

export function useIndexStatus(): IndexStatus {
  const client = useSearchClient();
  return useSyncExternalStore(client?.subscribeStatus ?? noSubscription, () => client?.status ?? STARTING);
}
