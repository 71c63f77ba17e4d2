// The reader: one article, in its own language and direction, with the reading settings
// applied, a toolbar (back, contents, find), the reading position kept, and links confirmed
// before they leave the app.

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../platform/services';
import { hrefFor } from '../shared/route';
import { navigate } from '../shared/useRoute';
import { canonicalText } from '../article/canonicalText';
import { markOpened } from '../db/articles';
import type { ArticleRow, BodyRow } from '../db/types';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { markArticlePainted } from '../perf/marks';
import { ArticleBody } from './ArticleBody';
import { blockDirection } from './blockDirection';
import { prepareFind, type PreparedFind } from './find';
import { FindBar } from './FindBar';
import { LinkDialog } from './LinkDialog';
import { readingStyle, stepFontSize, useReadingSettings, type ReadingSettings } from './readingSettings';
import { scrollToBlock } from '../document/readingPosition';
import { contentsOf, TableOfContents } from './TableOfContents';
import { buildTextMap, type TextMap } from '../document/textMap';
import { useReaderKeys } from './useReaderKeys';
import { textAreaTop, useReadingProgress } from './useReadingProgress';

function backToLibrary(): void {
  navigate(hrefFor({ view: 'library' }));
}

export function ReaderView({ articleId }: { articleId: string }): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  // Separate queries: saving progress rewrites the article row, and must not reload the body.
  // `?? null` tells "not there" (null) from "still loading" (undefined).
  const article = useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId]);
  const body = useLiveQuery(async () => (await db.bodies.get(articleId)) ?? null, [db, articleId]);
  const settings = useReadingSettings();

  useEffect(() => {
    void markOpened(db, articleId);
  }, [db, articleId]);

  const back = (
    <button type="button" className="reader-back" onClick={backToLibrary}>
      {t('reader.back')}
    </button>
  );
  if (article === undefined || body === undefined || settings === undefined) {
    return (
      <div className="reader" aria-busy="true">
        {back}
        <p>{t('reader.loading')}</p>
      </div>
    );
  }
  if (article === null || body === null || article.deletedAt !== null) {
    return (
      <div className="reader">
        {back}
        <p role="alert">{t('reader.notFound')}</p>
      </div>
    );
  }
  return <Reader article={article} body={body} settings={settings} back={back} />;
}

interface ReaderProps {
  article: ArticleRow;
  body: BodyRow;
  settings: ReadingSettings;
  back: ReactNode;
}

function Reader({ article, body, settings, back }: ReaderProps): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const { doc } = body;
  const toolbar = useRef<HTMLDivElement>(null);
  const findToggle = useRef<HTMLButtonElement>(null);
  const [map, setMap] = useState<TextMap | null>(null);
  const [pendingLink, setPendingLink] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [findFocus, setFindFocus] = useState(0);
  const [bodyElement, setBodyElement] = useState<HTMLDivElement | null>(null);
  const [highlightsOpen, setHighlightsOpen] = useState(false);
  // The savedOffset to restore is the one the article was opened with, not later saves.
  const [openedAtOffset] = useState(article.progressOffset);

  // Built once per render of the body: the callback changes only with the document.
  const bodyRef = useCallback(
    (element: HTMLDivElement | null) => {
      setBodyElement(element);
      setMap(element === null ? null : buildTextMap(element, doc));
    },
    [doc],
  );
  const canonical = useMemo(() => canonicalText(doc), [doc]);
  const contents = useMemo(() => contentsOf(doc), [doc]);
  const prepared = useMemo(() => {
    let cached: PreparedFind | undefined;
    return () => (cached ??= prepareFind(canonical));
  }, [canonical]);

  const layoutKey = `${settings.readerFont}|${settings.readerFontSize}|${settings.readerLineHeight}|${settings.readerWidth}|${settings.readerAlign}`;
  const position = useReadingProgress({ articleId: article.id, map, savedOffset: openedAtOffset, toolbar, layoutKey });

  useEffect(() => {
    if (map !== null) markArticlePainted();
  }, [map]);

  const textTop = useCallback(() => textAreaTop(toolbar), []);
  const openLink = useCallback((href: string) => setPendingLink(href), []);

  function goToBlock(block: number) {
    if (map === null) return;
    scrollToBlock(map, block, textTop);
    map.blockElement(block)?.focus({ preventScroll: true });
  }

  const goToOffset = useCallback(
    (offset: number) => {
      if (map !== null) scrollToBlock(map, map.blockAt(offset), textTop);
    },
    [map, textTop],
  );

  function openFind() {
    setFindOpen(true);
    setFindFocus((count) => count + 1);
  }

  function closeFind() {
    setFindOpen(false);
    findToggle.current?.focus();
  }

  useReaderKeys({
    lineHeight: () => settings.readerFontSize * settings.readerLineHeight,
    pageHeight: () =>
      Math.max(
        settings.readerFontSize,
        window.innerHeight - textTop() - settings.readerFontSize * settings.readerLineHeight,
      ),
    // If the size cannot be stored, the text simply keeps its size: nothing else is at stake.
    fontSize: (direction) =>
      void stepFontSize(db, direction).catch((error: unknown) => console.warn('Could not store the text size', error)),
    openFind,
    back: backToLibrary,
  });

  return (
    <div className="reader" style={readingStyle(settings)}>
      <div ref={toolbar} className="reader-toolbar">
        <div className="reader-toolbar-row">
          {back}
          <TableOfContents entries={contents} readingBlock={() => position.current?.block ?? 0} onChoose={goToBlock} />
          <button
            ref={findToggle}
            type="button"
            className="reader-find-toggle"
            aria-expanded={findOpen}
            onClick={openFind}
          >
            {t('reader.find.open')}
          </button>
          <button
            type="button"
            className="reader-highlights-toggle"
            aria-expanded={highlightsOpen}
            onClick={() => setHighlightsOpen((open) => !open)}
          >
            {t('highlights.sidebarToggle')}
          </button>
        </div>
        {findOpen && map !== null && (
          <FindBar
            map={map}
            prepared={prepared}
            readingOffset={() => position.current?.offset ?? 0}
            textTop={textTop}
            focusRequest={findFocus}
            onClose={closeFind}
          />
        )}
      </div>
      <article className="article" lang={doc.lang} dir={doc.dir}>
        <h1 dir={blockDirection({ text: article.title })}>{article.title}</h1>
        <div ref={bodyRef} className="article-body">
          <ArticleBody doc={doc} onLinkClick={openLink} />
        </div>
      </article>
      <HighlightLayer
        article={article}
        doc={doc}
        canonical={canonical}
        map={map}
        body={bodyElement}
        sidebarOpen={highlightsOpen}
        readingPosition={position}
        goTo={goToOffset}
      />
      <LinkDialog href={pendingLink} onClose={() => setPendingLink(null)} />
    </div>
  );
}
