// Start-up: pick the platform, open the database, settle the UI language before the first
// paint, add the welcome article to an empty library, then render.

// First, so IndexedDB is asked before the other modules are evaluated.
import { takeEarlyDatabaseList } from './db/earlyDatabaseList';
import { I18nextProvider } from 'react-i18next';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppServicesContext } from './app/AppContext';
import { preloadReader } from './app/lazyViews';
import { hrefFor, parseRoute } from './app/route';
import { ConnectionLostDialog } from './app/ConnectionLostDialog';
import { StartupError, WaitingForOtherWindow } from './app/StartupError';
import { backupBeforeUpgrade, scheduleDailyBackups } from './backup/automaticBackups';
import { watchConnection } from './db/connectionWatch';
import { DATABASE_NAME } from './db/HamishDb';
import { openDatabase } from './db/openDatabase';
import { schedulePurgeOfDeleted } from './db/purgeDeleted';
import { readSettings } from './db/settings';
import { chooseUiLanguage, langParamFrom } from './i18n/chooseLanguage';
import { applyDocumentLanguage, setupI18n } from './i18n/setupI18n';
import { prefetchLibraryHead } from './library/libraryPrefetch';
import { seedWelcomeIfEmpty } from './library/welcomeArticle';
import { choosePlatform } from './platform/choosePlatform';
import { applyTheme } from './reader/theme';
import { searchChangeFeed } from './search/client/changeFeed';
import { SearchProvider } from './search/ui/SearchProvider';
import './styles/fonts';
import './styles/app.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  // The reader is a chunk of its own: fetch it while the database opens when it is wanted first.
  if (parseRoute(window.location.hash).view === 'reader') preloadReader();
  const platform = choosePlatform();
  const systemLocales = await platform.systemLocales();
  const urlLanguage = langParamFrom(window.location.search);

  // Before the library is open there is no language setting to read: the system's is used.
  const renderBeforeOpen = async (node: ReactNode) => {
    const i18n = await setupI18n(chooseUiLanguage({ urlParam: urlLanguage, setting: 'system', systemLocales }));
    applyDocumentLanguage(document, i18n.language as 'ar' | 'en', i18n.t('app.name'));
    root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
  };

  const opened = await openDatabase(DATABASE_NAME, {
    databases: takeEarlyDatabaseList() ?? undefined,
    middleware: [searchChangeFeed.middleware],
    // An older library is copied, exactly as it is, among the automatic backups before it is upgraded.
    beforeUpgrade: async () => void (await backupBeforeUpgrade(DATABASE_NAME, platform)),
    onBlocked: () => void renderBeforeOpen(<WaitingForOtherWindow />),
  });
  if (!opened.ok) {
    await renderBeforeOpen(<StartupError error={opened.error} detail={opened.detail} />);
    return;
  }
  const db = opened.value;
  // Read the top of the library while the rest starts, so the list paints on the first render.
  const libraryHead = parseRoute(window.location.hash).view === 'library' ? prefetchLibraryHead(db) : null;
  const connection = watchConnection(db);
  // The settings start-up needs in one read: every round trip to IndexedDB before the first paint counts.
  const settings = await readSettings(db, ['uiLanguage', 'theme', 'welcomeSeeded']);
  // A first run opens on the welcome article: fetch the reader while the article is written.
  if (!settings.welcomeSeeded) preloadReader();
  const language = chooseUiLanguage({ urlParam: urlLanguage, setting: settings.uiLanguage, systemLocales });
  // The stored theme before the first paint, so a dark library never flashes light.
  applyTheme(document.documentElement, settings.theme);
  const [i18n, welcomeId] = await Promise.all([
    setupI18n(language),
    seedWelcomeIfEmpty(db, language).catch((error: unknown) => {
      // A library without its welcome article is still a working library.
      console.warn('Could not add the welcome article', error);
      return null;
    }),
  ]);
  applyDocumentLanguage(document, language, i18n.t('app.name'));
  if (welcomeId !== null) window.history.replaceState(null, '', hrefFor({ view: 'reader', articleId: welcomeId }));
  // The reader restores the reading position itself; the browser's own restoration on reload
  // would land elsewhere, since off-screen blocks are laid out only when shown.
  window.history.scrollRestoration = 'manual';
  // Ask the browser not to evict the library under storage pressure (a no-op where granted).
  void navigator.storage?.persist?.().catch(() => false);
  await libraryHead;

  scheduleDailyBackups(db, platform);
  schedulePurgeOfDeleted(db);

  root.render(
    <StrictMode>
      <AppServicesContext.Provider value={{ db, platform }}>
        <I18nextProvider i18n={i18n}>
          <SearchProvider>
            <App initialUrlLanguage={urlLanguage} systemLocales={systemLocales} />
          </SearchProvider>
          <ConnectionLostDialog watch={connection} />
        </I18nextProvider>
      </AppServicesContext.Provider>
    </StrictMode>,
  );
}

void start();
