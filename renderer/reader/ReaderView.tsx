// The reader: one article, in its own language and direction, with the reading settings
// applied, a toolbar (back, contents, find), the reading position kept, and links confirmed
// before they leave the app. It provides the article's text surface (document/surface.ts) to
// the consumers app/ mounts in it: highlights and notes, the search hit, and whatever else
// draws on the text.

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalText } from '../article/canonicalText';
import { markOpened } from '../db/articles';
import { READING_SPEED_KEYS, wordsPerMinute } from '../db/readingSpeed';
import { readSettings } from '../db/settings';
import type { ArticleRow, BodyRow } from '../db/types';
import { createSurfacePainter } from '../document/painter';
import {
  createPositionTracker,
  createScrollRunner,
  readingPosition,
  revealRange,
  scrollToBlock,
} from '../document/readingPosition';
import { SurfaceContext, type TextSurface } from '../document/surface';
import { buildTextMap, type TextMap } from '../document/textMap';
import { useShortcutTitle } from '../commands/shortcutText';
import { markArticlePainted } from '../perf/marks';
import { useServices } from '../platform/services';
import { Icon } from '../shared/Icon';
import { hrefFor } from '../shared/route';
import { navigate } from '../shared/useRoute';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { prepareFind, type PreparedFind } from './find';
import { FindBar } from './FindBar';
import { LinkDialog } from './LinkDialog';
import { TextSettings } from './TextSettings';
import { positionToRestore } from './positionJournal';
import { ReadingProgress } from './ReadingProgress';
import { readingStyle, stepFontSize, useReadingSettings, type ReadingSettings } from './readingSettings';
import { contentsOf, TableOfContents } from './TableOfContents';
import { useReaderKeys } from './useReaderKeys';
import { useReadingProgress } from './useReadingProgress';

function backToLibrary(): void {
  navigate(hrefFor({ view: 'library' }));
}

/** What app/ mounts inside the reader, given the article row; they reach the text through useSurface(). */
export type ReaderConsumers = (article: ArticleRow) => ReactNode;

export function ReaderView({ articleId, consumers }: { articleId: string; consumers?: ReaderConsumers }): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const backTitle = useShortcutTitle('backToLibrary');
  // Separate queries: saving progress rewrites the article row, and must not reload the body.
  // `?? null` tells "not there" (null) from "still loading" (undefined).
  const article = useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId]);
  const body = useLiveQuery(async () => (await db.bodies.get(articleId)) ?? null, [db, articleId]);
  const settings = useReadingSettings();
  const speeds = useLiveQuery(() => readSettings(db, READING_SPEED_KEYS), [db]);

  useEffect(() => {
    // Only the library's "recently opened" order depends on it: a failed write is not worth a
    // message while the article opens.
    void markOpened(db, articleId).then((result) => {
      if (!result.ok) console.warn('Could not note that the article was opened:', result.error);
    });
  }, [db, articleId]);

  const back = (
    <button type="button" className="reader-back with-icon" title={backTitle} onClick={backToLibrary}>
      <Icon name="back" />
      {t('reader.back')}
    </button>
  );
  if (article === undefined || body === undefined || settings === undefined || speeds === undefined) {
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
  return (
    <Reader
      article={article}
      body={body}
      settings={settings}
      perMinute={wordsPerMinute(article.lang, speeds)}
      back={back}
      consumers={consumers}
    />
  );
}

interface ReaderProps {
  article: ArticleRow;
  body: BodyRow;
  settings: ReadingSettings;
  /** Words a minute for this article (db/readingSpeed.ts). */
  perMinute: number;
  back: ReactNode;
  consumers: ReaderConsumers | undefined;
}

function Reader({ article, body, settings, perMinute, back, consumers }: ReaderProps): ReactNode {
  const { db } = useServices();
  const { t } = useTranslation();
  const findTitle = useShortcutTitle('openFind');
  const { doc } = body;
  const [toolbar, setToolbar] = useState<HTMLDivElement | null>(null);
  const findToggle = useRef<HTMLButtonElement>(null);
  const [map, setMap] = useState<TextMap | null>(null);
  const [pendingLink, setPendingLink] = useState<string | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [findFocus, setFindFocus] = useState(0);
  const [bodyElement, setBodyElement] = useState<HTMLDivElement | null>(null);
  const [titleElement, setTitleElement] = useState<HTMLHeadingElement | null>(null);
  const titleId = useId();
  const [toolbarSlot, setToolbarSlot] = useState<HTMLSpanElement | null>(null);
  // The savedOffset to restore is the one the article was opened with, not later saves.
  // A position kept at the last unload and newer than the row wins (positionJournal.ts).
  const [openedAtOffset] = useState(() => positionToRestore(article));

  // Built once per render of the body: the callback changes only with the document.
  const bodyRef = useCallback(
    (element: HTMLDivElement | null) => {
      setBodyElement(element);
      setMap(element === null ? null : buildTextMap(element, doc));
    },
    [doc],
  );
  // One painter per map: its ranges point into the DOM that map describes.
  const painter = useMemo(() => (map === null ? null : createSurfacePainter()), [map]);
  useEffect(() => () => painter?.clear(), [painter]);
  const canonical = useMemo(() => canonicalText(doc), [doc]);
  const contents = useMemo(() => contentsOf(doc), [doc]);
  const prepared = useMemo(() => {
    let cached: PreparedFind | undefined;
    return () => (cached ??= prepareFind(canonical));
  }, [canonical]);

  // The bottom edge of the sticky toolbar: the text area starts below it.
  const textTop = useCallback(() => Math.max(0, toolbar?.getBoundingClientRect().bottom ?? 0), [toolbar]);
  // One scroll at a time: going somewhere stops the settling of the last place gone to.
  const [runScroll] = useState(() => createScrollRunner());

  const layoutKey = `${settings.readerFont}|${settings.readerFontSize}|${settings.readerLineHeight}|${settings.readerWidth}|${settings.readerAlign}`;
  const [tracker] = useState(createPositionTracker);
  useReadingProgress({
    articleId: article.id,
    map,
    savedOffset: openedAtOffset,
    textTop,
    runScroll,
    layoutKey,
    tracker,
    body: bodyElement,
  });

  const surface = useMemo<TextSurface | null>(
    () =>
      map === null || painter === null || bodyElement === null
        ? null
        : {
            doc,
            canonical,
            map,
            body: bodyElement,
            painter,
            goTo: (offset) => void runScroll(() => scrollToBlock(map, map.blockAt(offset), textTop)),
            reveal: (start, end) => void runScroll(() => revealRange(map, start, end, textTop)),
            visibleRange: () => {
              const visible = readingPosition(map, textTop(), window.innerHeight);
              return { start: visible.offset, end: visible.end };
            },
            readingPosition: tracker.read,
            textTop,
            toolbar: toolbarSlot,
          },
    [doc, canonical, map, painter, bodyElement, runScroll, textTop, tracker, toolbarSlot],
  );

  useEffect(() => {
    if (map !== null) markArticlePainted();
  }, [map]);

  // The focus moves to the article when it opens (from the library by a click or a key, whose
  // row is gone, or from a search result), so a screen reader starts at its title and the keys
  // scroll it; never away from something the user has focused since.
  const [articleElement, setArticleElement] = useState<HTMLElement | null>(null);
  const focusedOnOpen = useRef(false);
  useEffect(() => {
    if (map === null || articleElement === null || focusedOnOpen.current) return;
    focusedOnOpen.current = true;
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected || active.closest('.search') !== null)
      articleElement.focus({ preventScroll: true });
  }, [map, articleElement]);

  const openLink = useCallback((href: string) => setPendingLink(href), []);

  function goToBlock(block: number) {
    if (map === null) return;
    runScroll(() => scrollToBlock(map, block, textTop));
    map.blockElement(block)?.focus({ preventScroll: true });
  }

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
      void stepFontSize(db, direction).then((result) => {
        if (!result.ok) console.warn('Could not store the text size:', result.error);
      }),
    openFind,
    back: backToLibrary,
  });

  return (
    <div className="reader" style={readingStyle(settings)}>
      <div ref={setToolbar} className="reader-toolbar">
        <div className="reader-toolbar-row">
          {back}
          <TableOfContents entries={contents} readingBlock={() => tracker.read()?.block ?? 0} onChoose={goToBlock} />
          <button
            ref={findToggle}
            type="button"
            className="reader-find-toggle with-icon"
            title={findTitle}
            aria-expanded={findOpen}
            onClick={openFind}
          >
            <Icon name="find" />
            {t('reader.find.open')}
          </button>
          <TextSettings toolbar={toolbar} article={articleElement} layoutKey={layoutKey} />
          {/* The consumers' controls (the highlights panel's toggle) are portalled here. */}
          <span ref={setToolbarSlot} className="reader-toolbar-slot" />
          <ReadingProgress tracker={tracker} wordCount={article.wordCount} perMinute={perMinute} />
        </div>
        {findOpen && surface !== null && (
          <FindBar
            surface={surface}
            prepared={prepared}
            focusRequest={findFocus}
            title={{ text: article.title, element: titleElement }}
            onClose={closeFind}
          />
        )}
      </div>
      <article
        ref={setArticleElement}
        className="article"
        lang={doc.lang}
        dir={doc.dir}
        tabIndex={-1}
        aria-labelledby={titleId}
      >
        <ArticleHeader
          article={article}
          perMinute={perMinute}
          titleId={titleId}
          titleRef={setTitleElement}
          onOpenLink={openLink}
        />
        <div ref={bodyRef} className="article-body">
          <ArticleBody doc={doc} onLinkClick={openLink} />
        </div>
      </article>
      {surface !== null && consumers !== undefined && (
        <SurfaceContext.Provider value={surface}>{consumers(article)}</SurfaceContext.Provider>
      )}
      <LinkDialog href={pendingLink} onClose={() => setPendingLink(null)} />
    </div>
  );
}
