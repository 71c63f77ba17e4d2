// The library: every article the user keeps, newest first, each a link to the reader.

import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppContext';
import { libraryArticles } from '../db/articles';
import { ArticleListItem } from './ArticleListItem';

export function LibraryView(): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const articles = useLiveQuery(() => libraryArticles(db), [db]);
  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading">{t('library.heading')}</h1>
      {articles !== undefined && articles.length === 0 && <p className="library-empty">{t('library.empty')}</p>}
      {articles !== undefined && articles.length > 0 && (
        <ul className="library-list" aria-label={t('library.listLabel')}>
          {articles.map((article) => (
            <ArticleListItem key={article.id} article={article} />
          ))}
        </ul>
      )}
    </section>
  );
}
