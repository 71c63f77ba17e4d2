// Results for what is in the search box, as it is typed: every change asks the worker, and
// only the answer to the latest question is kept. `filters` should keep its identity while
// unchanged (component state does).

import { useEffect, useState } from 'react';
import type { SearchFilters, SearchResponse } from '../types';
import { useIndexStatus, useSearchClient } from './SearchContext';

export type SearchState =
  { state: 'idle' } | { state: 'waiting' } | { state: 'done'; response: SearchResponse } | { state: 'failed' };

interface Answer {
  query: string;
  filters: SearchFilters;
  state: SearchState;
}

export function useSearchResults(query: string, filters: SearchFilters): SearchState {
  const client = useSearchClient();
  // A search asked while the index was being built is asked again once it is ready, and one
  // asked while a loaded index was still being compared with the rows, once it has been.
  const status = useIndexStatus();
  const ready = status.state === 'ready';
  const caughtUp = ready && status.catchingUp !== true;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const blank = query.trim() === '';

  useEffect(() => {
    if (client === null || blank) return;
    let latest = true;
    void client.search({ query, filters }).then((result) => {
      if (latest)
        setAnswer({
          query,
          filters,
          state: result.ok ? { state: 'done', response: result.value } : { state: 'failed' },
        });
    });
    return () => {
      latest = false;
    };
  }, [client, query, filters, blank, ready, caughtUp]);

  if (blank) return { state: 'idle' };
  if (answer === null) return { state: 'waiting' };
  if (answer.query === query && answer.filters === filters) return answer.state;
  // Until the new answer comes, the previous results stay: no flicker while typing.
  return answer.state.state === 'done' ? answer.state : { state: 'waiting' };
}
