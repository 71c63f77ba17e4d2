// The app frame: the top bar with the main navigation, the current view, and settings. It
// keeps the UI language in step with the stored setting.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../electron/common/uiLanguage';
import { ShortcutsDialog } from '../commands/ShortcutsDialog';
import { useShortcutTitle } from '../commands/shortcutText';
import { useCommand } from '../commands/useCommand';
import { readSetting } from '../db/settings';
import { chooseUiLanguage } from '../i18n/chooseLanguage';
import { applyDocumentLanguage } from '../i18n/setupI18n';
import { ImportQueueContext } from '../import/ImportContext';
import { ImportDialog } from '../import/ImportDialog';
import { ImportPanel } from '../import/ImportPanel';
import { ImportQueue } from '../import/importQueue';
import { useFileDrop } from '../import/useFileDrop';
import { LibraryView } from '../library/LibraryView';
import { useAppliedTheme } from './useAppliedTheme';
import { SearchBox } from '../search/ui/SearchBox';
import { SyncStatusLine } from '../sync/ui/SyncStatusLine';
import { useServices } from '../platform/services';
import { NotesView, ReaderScreen, SettingsDialog } from './lazyViews';
import { OpenedLinkNotice } from './OpenedLinkNotice';
import { Icon } from '../shared/Icon';
import { hrefFor } from '../shared/route';
import { useRoute } from '../shared/useRoute';

interface AppProps {
  initialUrlLanguage: string | null;
  systemLocales: readonly string[];
}

function withoutLangParam(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('lang');
  return url.href;
}

export function App({ initialUrlLanguage, systemLocales }: AppProps): ReactNode {
  const { db, platform } = useServices();
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [settingsMounted, setSettingsMounted] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  // The dialogs are mounted on their first opening and then stay, closed: start-up renders neither.
  const [importMounted, setImportMounted] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [shortcutsMounted, setShortcutsMounted] = useState(false);
  const shortcutsTitle = useShortcutTitle('showShortcuts');
  const [importQueue] = useState(() => new ImportQueue(db, platform));
  const draggingFiles = useFileDrop(importQueue);
  const [urlLanguage, setUrlLanguage] = useState(initialUrlLanguage);
  useAppliedTheme();
  const setting = useLiveQuery(() => readSetting(db, 'uiLanguage'), [db]);
  const language: UiLanguage =
    setting === undefined
      ? (i18n.language as UiLanguage)
      : chooseUiLanguage({ urlParam: urlLanguage, setting, systemLocales });

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    applyDocumentLanguage(document, language, i18n.getFixedT(language)('app.name'));
    void platform.setUiLanguage(language);
  }, [i18n, language, platform]);

  // Documents the app was opened with ("open with", the command line, a second launch).
  useEffect(() => platform.onOpenPaths((paths) => importQueue.enqueueOpenedPaths(paths)), [platform, importQueue]);

  function openShortcuts() {
    setShortcutsMounted(true);
    setShortcutsOpen(true);
  }
  useCommand('showShortcuts', openShortcuts);

  function onLanguageChosen() {
    // An explicit choice in Settings wins over a ?lang= the page was opened with.
    setUrlLanguage(null);
    window.history.replaceState(null, '', withoutLangParam());
  }

  return (
    <ImportQueueContext.Provider value={importQueue}>
      <div className="app">
        {/* A button, not a #content link: the URL hash holds the route. */}
        <button type="button" className="skip-link" onClick={() => document.getElementById('content')?.focus()}>
          {t('app.skipToContent')}
        </button>
        <header className="app-bar">
          <span className="app-name">{t('app.name')}</span>
          <nav aria-label={t('nav.main')} className="app-nav">
            <a href={hrefFor({ view: 'library' })} aria-current={route.view === 'library' ? 'page' : undefined}>
              {t('nav.library')}
            </a>
            <a href={hrefFor({ view: 'notes' })} aria-current={route.view === 'notes' ? 'page' : undefined}>
              {t('notes.nav')}
            </a>
          </nav>
          <SearchBox />
          <SyncStatusLine />
          <button
            type="button"
            className="app-import"
            onClick={() => {
              setImportMounted(true);
              setImportOpen(true);
            }}
          >
            {t('import.open')}
          </button>
          <button
            type="button"
            className="icon-button app-shortcuts"
            aria-label={t('shortcuts.open')}
            title={shortcutsTitle}
            onClick={openShortcuts}
          >
            <Icon name="shortcuts" />
          </button>
          <button
            type="button"
            className="app-settings"
            onClick={() => {
              setSettingsMounted(true);
              setSettingsOpen(true);
            }}
          >
            {t('nav.settings')}
          </button>
        </header>
        <main id="content" className="app-content" tabIndex={-1}>
          <ImportPanel />
          {route.view === 'reader' ? (
            <ReaderScreen key={route.articleId} articleId={route.articleId} at={route.at} />
          ) : route.view === 'notes' ? (
            <NotesView />
          ) : (
            <LibraryView />
          )}
        </main>
        {importMounted && <ImportDialog open={importOpen} onClose={() => setImportOpen(false)} />}
        {settingsMounted && (
          <SettingsDialog
            open={settingsOpen}
            onClose={() => setSettingsOpen(false)}
            onLanguageChosen={onLanguageChosen}
          />
        )}
        {shortcutsMounted && <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />}
        <OpenedLinkNotice />
        {draggingFiles && (
          <div className="drop-overlay" aria-hidden="true">
            <p>{t('import.dropHere')}</p>
          </div>
        )}
      </div>
    </ImportQueueContext.Provider>
  );
}
