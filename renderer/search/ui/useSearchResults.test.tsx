// @vitest-environment jsdom
// The results for what is in the box are asked again when the index they came from changes
// state: once it is ready after a build, and once a loaded index has been compared with the
// rows (its first answers came from the index as stored: docs/search.md, Storage).

import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../electron/common/result';
import type { SearchClient } from '../client/SearchClient';
import type { IndexStatus } from '../protocol';
import { EMPTY_RESPONSE, type SearchFilters, type SearchRequest, type SearchResponse } from '../types';
import { SearchContext } from './SearchContext';
import { useSearchResults, type SearchState } from './useSearchResults';
import { mountTestRoot } from '../../../tests/support/reactRoot';

const testRoot = mountTestRoot();

/** A client whose status the test sets and whose every answer says how many questions came before it. */
function fakeClient(initial: IndexStatus) {
  let status = initial;
  const listeners = new Set<() => void>();
  const asked: SearchRequest[] = [];
  const client = {
    get status() {
      return status;
    },
    subscribeStatus: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    search: (request: SearchRequest) => {
      asked.push(request);
      const response: SearchResponse = { ...EMPTY_RESPONSE, totals: { note: asked.length, highlight: 0, article: 0 } };
      return Promise.resolve(ok(response));
    },
  };
  return {
    client: client as unknown as SearchClient,
    asked,
    setStatus(next: IndexStatus) {
      status = next;
      for (const listener of listeners) listener();
    },
  };
}

const FILTERS: SearchFilters = {};

function Probe() {
  return <output>{JSON.stringify(useSearchResults('برلين', FILTERS))}</output>;
}

const seen = (): SearchState => JSON.parse(testRoot.container.textContent ?? '') as SearchState;

const loaded = { state: 'ready', documents: 3, how: 'loaded', ms: 1 } as const;

describe('useSearchResults', () => {
  it('asks again once a loaded index has caught up with the rows, not on every status', async () => {
    const fake = fakeClient({ ...loaded, catchingUp: true });
    await act(async () =>
      testRoot.root.render(
        <SearchContext.Provider value={fake.client}>
          <Probe />
        </SearchContext.Provider>,
      ),
    );
    expect(fake.asked).toHaveLength(1);
    expect(seen()).toMatchObject({ state: 'done', response: { totals: { note: 1 } } });

    await act(async () => fake.setStatus(loaded));
    expect(fake.asked).toHaveLength(2);
    expect(seen()).toMatchObject({ state: 'done', response: { totals: { note: 2 } } });

    // A later ready status of the same state (a failed write said, then cleared) asks nothing.
    await act(async () => fake.setStatus({ ...loaded, storeFailed: 'full' }));
    expect(fake.asked).toHaveLength(2);
  });
});
