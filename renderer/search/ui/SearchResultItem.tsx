// One search result: a link to the place in the article, with its snippet in the text's own
// direction and the matched words marked.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../shared/route';
import type { SearchResult, Snippet } from '../types';
import { MarkedText } from './MarkedText';

function SnippetText({ snippet, lang }: { snippet: Snippet; lang?: string }): ReactNode {
  return (
    <span className="search-snippet" dir="auto" lang={lang}>
      {snippet.cutStart && '…'}
      <MarkedText text={snippet.text} marks={snippet.marks} />
      {snippet.cutEnd && '…'}
    </span>
  );
}

interface SearchResultItemProps {
  result: SearchResult;
  onChoose: () => void;
}

export function SearchResultItem({ result, onChoose }: SearchResultItemProps): ReactNode {
  const { t } = useTranslation();
  const href = hrefFor({
    view: 'reader',
    articleId: result.articleId,
    ...(result.at !== null ? { at: result.at } : {}),
  });
  const swatch = result.color !== null && (
    <span
      className={`search-swatch search-swatch-${result.color}`}
      role="img"
      aria-label={t(`colors.${result.color}`)}
    />
  );

  return (
    <li className="search-result">
      <a href={href} onClick={onChoose} data-kind={result.kind}>
        {result.kind === 'article' ? (
          <>
            <span className="search-result-title" dir="auto" lang={result.articleLang}>
              <MarkedText text={result.articleTitle} marks={result.titleMarks} />
            </span>
            {result.snippet !== null && <SnippetText snippet={result.snippet} lang={result.articleLang} />}
            {result.matchCount > 1 && (
              <span className="search-result-meta">{t('search.matchCount', { count: result.matchCount })}</span>
            )}
          </>
        ) : (
          <>
            <span className="search-result-body">
              {swatch}
              {result.snippet !== null && (
                // A highlight quotes the article; a note is the user's own text, in any language.
                <SnippetText
                  snippet={result.snippet}
                  lang={result.kind === 'highlight' ? result.articleLang : undefined}
                />
              )}
            </span>
            <span className="search-result-meta" dir="auto" lang={result.articleLang}>
              {result.kind === 'note' && result.at === null ? `${t('search.wholeArticleNote')} · ` : ''}
              {result.articleTitle}
            </span>
          </>
        )}
      </a>
    </li>
  );
}
