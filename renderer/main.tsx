// Start-up: pick the platform, open the database, settle the UI language before the first
// paint, add the welcome article to an empty library, then render.

import { I18nextProvider } from 'react-i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppServicesContext } from './app/AppContext';
import { hrefFor } from './app/route';
import { StartupError } from './app/StartupError';
import { DATABASE_NAME } from './db/HamishDb';
import { openDatabase } from './db/openDatabase';
import { readSetting } from './db/settings';
import { chooseUiLanguage, langParamFrom } from './i18n/chooseLanguage';
import { applyDocumentLanguage, setupI18n } from './i18n/setupI18n';
import { seedWelcomeIfEmpty } from './library/welcomeArticle';
import { choosePlatform } from './platform/choosePlatform';
import { searchChangeFeed } from './search/client/changeFeed';
import { SearchProvider } from './search/ui/SearchProvider';
import './styles/fonts';
import './styles/app.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const platform = choosePlatform();
  const systemLocales = await platform.systemLocales();
  const urlLanguage = langParamFrom(window.location.search);

  const opened = await openDatabase(DATABASE_NAME, { middleware: [searchChangeFeed.middleware] });
  if (!opened.ok) {
    const i18n = await setupI18n(chooseUiLanguage({ urlParam: urlLanguage, setting: 'system', systemLocales }));
    applyDocumentLanguage(document, i18n.language as 'ar' | 'en', i18n.t('app.name'));
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupError error={opened.error} detail={opened.detail} />
      </I18nextProvider>,
    );
    return;
  }
  const db = opened.value;
  const language = chooseUiLanguage({ urlParam: urlLanguage, setting: await readSetting(db, 'uiLanguage'), systemLocales });
  const i18n = await setupI18n(language);
  applyDocumentLanguage(document, language, i18n.t('app.name'));

  try {
    const welcomeId = await seedWelcomeIfEmpty(db, language);
    if (welcomeId !== null) window.history.replaceState(null, '', hrefFor({ view: 'reader', articleId: welcomeId }));
  } catch (error) {
    // A library without its welcome article is still a working library.
    console.warn('Could not add the welcome article', error);
  }
  // Ask the browser not to evict the library under storage pressure (a no-op where granted).
  void navigator.storage?.persist?.().catch(() => false);

  root.render(
    <StrictMode>
      <AppServicesContext.Provider value={{ db, platform }}>
        <I18nextProvider i18n={i18n}>
          <SearchProvider>
            <App initialUrlLanguage={urlLanguage} systemLocales={systemLocales} />
          </SearchProvider>
        </I18nextProvider>
      </AppServicesContext.Provider>
    </StrictMode>,
  );
}

void start();
