// One article in the library: its title (the link's whole name), excerpt and reading state,
// each in the article's own language and direction.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../app/route';
import type { ArticleRow } from '../db/types';

export function ArticleListItem({ article }: { article: ArticleRow }): ReactNode {
  const { t } = useTranslation();
  const percent = Math.round(article.progress * 100);
  return (
    <li className="library-item">
      <a className="library-item-title" href={hrefFor({ view: 'reader', articleId: article.id })} lang={article.lang} dir="auto">
        {article.title}
      </a>
      {article.excerpt !== '' && (
        <p className="library-item-excerpt" lang={article.lang} dir="auto">
          {article.excerpt}
        </p>
      )}
      <p className="library-item-meta">
        <span>{t('library.wordCount', { count: article.wordCount })}</span>
        <span>{percent > 0 ? t('library.readPercent', { percent }) : t('library.unread')}</span>
      </p>
    </li>
  );
}
