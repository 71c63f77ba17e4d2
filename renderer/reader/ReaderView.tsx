// The reader: one article, in its own language and direction, with a way back.

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppContext';
import { hrefFor } from '../app/route';
import { navigate } from '../app/useRoute';
import { markOpened } from '../db/articles';
import { markArticlePainted } from '../perf/marks';
import { ArticleBody } from './ArticleBody';

export function ReaderView({ articleId }: { articleId: string }): ReactNode {
  const { db, platform } = useServices();
  const { t } = useTranslation();
  // Wrapped so "still loading" (undefined) differs from "not there" (null).
  const loaded = useLiveQuery(
    async () => {
      const [article, body] = await Promise.all([db.articles.get(articleId), db.bodies.get(articleId)]);
      return article !== undefined && body !== undefined && article.deletedAt === null ? { article, body } : null;
    },
    [db, articleId],
  );

  useEffect(() => {
    void markOpened(db, articleId);
  }, [db, articleId]);

  useEffect(() => {
    if (loaded) markArticlePainted();
  }, [loaded]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Escape inside a dialog closes the dialog, not the article.
      const inDialog = event.target instanceof Element && event.target.closest('dialog') !== null;
      if (event.key === 'Escape' && !event.defaultPrevented && !inDialog) navigate(hrefFor({ view: 'library' }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const openLink = useCallback(
    async (href: string) => {
      if (!window.confirm(t('reader.openLinkConfirm', { url: href }))) return;
      const result = await platform.openExternal(href);
      if (!result.ok) window.alert(t('reader.linkRefused'));
    },
    [platform, t],
  );

  const back = (
    <button type="button" className="reader-back" onClick={() => navigate(hrefFor({ view: 'library' }))}>
      {t('reader.back')}
    </button>
  );

  if (loaded === undefined) return <div className="reader" aria-busy="true">{back}<p>{t('reader.loading')}</p></div>;
  if (loaded === null) return <div className="reader">{back}<p role="alert">{t('reader.notFound')}</p></div>;

  const { article, body } = loaded;
  return (
    <div className="reader">
      {back}
      <article className="article" lang={body.doc.lang} dir={body.doc.dir}>
        <h1 dir="auto">{article.title}</h1>
        <ArticleBody doc={body.doc} onLinkClick={(href) => void openLink(href)} />
      </article>
    </div>
  );
}
