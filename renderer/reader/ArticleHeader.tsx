// The article's header: its title, then what is known of where it comes from — author, site,
// published date — its reading time, and for a saved page a link back to the original, which
// leaves the app through the same confirmation as any link in the text (LinkDialog). A field
// the article does not have is left out, with its separator: never an empty label.

import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRow } from '../db/types';
import { readingMinutes } from '../db/readingSpeed';
import { blockDirection } from './blockDirection';
import { openableAddress } from './LinkDialog';
import { publishedDate } from './publishedDate';
import './readerMeta.css';

interface ArticleHeaderProps {
  article: ArticleRow;
  /** Words a minute for this article (db/readingSpeed.ts). */
  perMinute: number;
  /** The title's id (the article is labelled by it). */
  titleId?: string;
  /** The title element, for find (it searches the title too). */
  titleRef?: Ref<HTMLHeadingElement>;
  /** Asks to open an address (the reader's link confirmation). */
  onOpenLink: (href: string) => void;
}

function present(value: string | null): string | null {
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}

export function ArticleHeader({ article, perMinute, titleId, titleRef, onOpenLink }: ArticleHeaderProps): ReactNode {
  const { t, i18n } = useTranslation();
  const author = present(article.byline);
  const site = present(article.siteName);
  const date = publishedDate(article.publishedAt, i18n.language);
  const original = article.sourceUrl === null ? null : openableAddress(article.sourceUrl);

  return (
    <header className="article-header">
      <h1 id={titleId} ref={titleRef} dir={blockDirection({ text: article.title })}>
        {article.title}
      </h1>
      <div className="article-facts">
        {author !== null && (
          <span className="article-author" dir="auto">
            {author}
          </span>
        )}
        {site !== null && (
          <span className="article-site" dir="auto">
            {site}
          </span>
        )}
        {date !== null && (
          <time className="article-date" dateTime={date.dateTime}>
            {date.text}
          </time>
        )}
        <span className="article-reading-time" title={t('library.wordCount', { count: article.wordCount })}>
          {t('library.readingTime', { count: readingMinutes(article.wordCount, perMinute) })}
        </span>
        {original !== null && (
          <a
            className="article-original"
            href={original}
            onClick={(event) => {
              event.preventDefault();
              onOpenLink(original);
            }}
            onAuxClick={(event) => {
              // A middle click would open a tab in a browser: here it asks like a click.
              if (event.button !== 1) return;
              event.preventDefault();
              onOpenLink(original);
            }}
          >
            {t('reader.header.openOriginal')}
          </a>
        )}
      </div>
    </header>
  );
}
