// One group of results (notes, highlights or articles): a list named for what it holds.

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../types';
import { SearchResultItem } from './SearchResultItem';

interface SearchResultGroupProps {
  name: string;
  results: readonly SearchResult[];
  total: number;
  /** The total is an estimate (very common words: only a sample was ranked). */
  approximate: boolean;
  onChoose: () => void;
}

export function SearchResultGroup({ name, results, total, approximate, onChoose }: SearchResultGroupProps): ReactNode {
  const { t } = useTranslation();
  const headingId = useId();
  if (results.length === 0) return null;
  return (
    <section className="search-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="search-group-heading">
        {name}
        <span className="search-group-count">
          {t(approximate && total > results.length ? 'search.groupCountApproximate' : 'search.groupCount', {
            shown: results.length,
            total: Math.max(total, results.length),
          })}
        </span>
      </h2>
      <ul className="search-group-list" aria-label={name}>
        {results.map((result) => (
          <SearchResultItem key={`${result.kind}:${result.id}`} result={result} onChoose={onChoose} />
        ))}
      </ul>
    </section>
  );
}
