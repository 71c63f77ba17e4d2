// Start-up: pick the platform; take the first screen read ahead (startup/earlyRead.ts) and
// render it while the database opens, or, on a first run, an upgrade or anything unusual,
// open (and check) the database first; settle the UI language before the first paint, add the
// welcome article to an empty library, then render.

// The early read is an entry of its own in index.html, so it has already started by the time
// this chunk is compiled and evaluated.
import { readEarly, STARTUP_SETTING_KEYS, takeEarlyRead } from './startup/earlyRead';
import { I18nextProvider } from 'react-i18next';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppServicesContext } from './platform/services';
import { preloadReader } from './app/lazyViews';
import { hrefFor, parseRoute } from './shared/route';
import { ConnectionLostDialog } from './app/ConnectionLostDialog';
import { StartupError, WaitingForOtherWindow } from './app/StartupError';
import { backupBeforeUpgrade, scheduleDailyBackups } from './backup/automaticBackups';
import { watchConnection } from './db/connectionWatch';
import { DATABASE_NAME, type HamishDb } from './db/HamishDb';
import { beginOpenDatabase, openDatabase, type OpenDatabaseError } from './db/openDatabase';
import { schedulePurgeOfDeleted } from './db/purgeDeleted';
import { readSettings, settingsFrom, type Settings } from './db/settings';
import type { Result } from '../electron/common/result';
import { chooseUiLanguage, langParamFrom } from './i18n/chooseLanguage';
import { applyDocumentLanguage, setupI18n } from './i18n/setupI18n';
import { provideLibraryHead } from './library/libraryPrefetch';
import { rememberReadingSpeeds } from './db/readingSpeed';
import { seedWelcomeIfEmpty } from './library/welcomeArticle';
import { choosePlatform } from './platform/choosePlatform';
import { applyTheme } from './shared/theme';
import { searchChangeFeed } from './search/client/changeFeed';
import { SearchProvider } from './search/ui/SearchProvider';
import { syncChangeWatch } from './sync/changeWatch';
import { SyncProvider } from './sync/SyncContext';
import { SyncService } from './sync/SyncService';
import './styles/fonts';
import './styles/app.css';
import './styles/controls.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const route = parseRoute(window.location.hash);
  // The reader is a chunk of its own: fetch it while the database opens when it is wanted first.
  if (route.view === 'reader') preloadReader();
  const platform = choosePlatform();
  const [systemLocales, library] = await Promise.all([
    platform.systemLocales(),
    takeEarlyRead() ?? readEarly(DATABASE_NAME, route.view === 'library'),
  ]);
  const urlLanguage = langParamFrom(window.location.search);

  // Before the library is open there is no language setting to read: the system's is used.
  const renderBeforeOpen = async (node: ReactNode) => {
    const i18n = await setupI18n(chooseUiLanguage({ urlParam: urlLanguage, setting: 'system', systemLocales }));
    applyDocumentLanguage(document, i18n.language as 'ar' | 'en', i18n.t('app.name'));
    root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
  };
  const openOptions = {
    middleware: [searchChangeFeed.middleware, syncChangeWatch.middleware],
    onBlocked: () => void renderBeforeOpen(<WaitingForOtherWindow />),
  };

  let db: HamishDb;
  let opened: Promise<Result<HamishDb, OpenDatabaseError>>;
  let settings: Pick<Settings, (typeof STARTUP_SETTING_KEYS)[number]>;
  const earlySettings =
    library === null
      ? null
      : settingsFrom(
          STARTUP_SETTING_KEYS,
          STARTUP_SETTING_KEYS.map((key) => library.settings[key]),
        );
  if (library !== null && earlySettings?.welcomeSeeded === true) {
    // The usual start: a library at this schema, past its first run, its first screen already
    // read (startup/earlyRead.ts). It paints while Dexie opens; queries wait for the open.
    settings = earlySettings;
    ({ db, opened } = beginOpenDatabase(DATABASE_NAME, openOptions));
    if (library.head !== null) provideLibraryHead(db, library.head);
  } else {
    // First run, an upgrade, a newer library or no early read: open (and check) first.
    const result = await openDatabase(DATABASE_NAME, {
      ...openOptions,
      // An older library is copied, exactly as it is, among the automatic backups before it is upgraded.
      beforeUpgrade: async () => void (await backupBeforeUpgrade(DATABASE_NAME, platform)),
    });
    if (!result.ok) {
      await renderBeforeOpen(<StartupError error={result.error} detail={result.detail} />);
      return;
    }
    db = result.value;
    opened = Promise.resolve(result);
    // The settings start-up needs in one read: every round trip to IndexedDB before the first paint counts.
    settings = await readSettings(db, STARTUP_SETTING_KEYS);
  }
  rememberReadingSpeeds(settings);
  const connection = watchConnection(db);
  // A first run opens on the welcome article: fetch the reader while the article is written.
  if (!settings.welcomeSeeded) preloadReader();
  const language = chooseUiLanguage({ urlParam: urlLanguage, setting: settings.uiLanguage, systemLocales });
  // The stored theme before the first paint, so a dark library never flashes light.
  applyTheme(document.documentElement, settings.theme);
  const [i18n, welcomeId] = await Promise.all([
    setupI18n(language),
    settings.welcomeSeeded
      ? null
      : seedWelcomeIfEmpty(db, language).catch((error: unknown) => {
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

  const sync = new SyncService(db, platform, DATABASE_NAME);
  root.render(
    <StrictMode>
      <AppServicesContext.Provider value={{ db, platform }}>
        <I18nextProvider i18n={i18n}>
          <SyncProvider service={sync}>
            <SearchProvider>
              <App initialUrlLanguage={urlLanguage} systemLocales={systemLocales} />
            </SearchProvider>
          </SyncProvider>
          <ConnectionLostDialog watch={connection} />
        </I18nextProvider>
      </AppServicesContext.Provider>
    </StrictMode>,
  );

  const result = await opened;
  if (!result.ok) {
    // Painted from the early read, but the library would not open after all: say why instead.
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupError error={result.error} detail={result.detail} />
      </I18nextProvider>,
    );
    return;
  }
  // Ask the browser not to evict the library under storage pressure (a no-op where granted). A
  // refusal leaves storage as it was: best effort, nothing to tell the user.
  void navigator.storage?.persist?.().catch(() => false);
  scheduleDailyBackups(db, platform);
  // Sync starts (loading its engine) only on a device set up to sync, once the first frame is up.
  requestAnimationFrame(() =>
    // start() reports its own failures on the status line; what reaches here is the engine not
    // loading. The library works without sync, and the next start tries again.
    setTimeout(() => sync.startIfSetUp().catch((error: unknown) => console.warn('Sync could not start', error)), 0),
  );
  schedulePurgeOfDeleted(db);
}

void start();
