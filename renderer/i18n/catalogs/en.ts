// English UI strings. Every key here has an Arabic twin in ar.ts (catalogs.test.ts checks).

export const en = {
  app: {
    name: 'Hamish',
    skipToContent: 'Skip to content',
  },
  nav: {
    main: 'Main',
    library: 'Library',
    settings: 'Settings',
  },
  library: {
    heading: 'Library',
    listLabel: 'Library',
    empty: 'Your library is empty. Articles you add will appear here.',
    wordCount_one: '{{count, number}} word',
    wordCount_other: '{{count, number}} words',
    readPercent: '{{percent, number}}% read',
    unread: 'Unread',
  },
  reader: {
    back: 'Back to library',
    loading: 'Opening the article…',
    notFound: 'This article is no longer in your library.',
    openLinkConfirm: 'Open this address in your web browser?\n\n{{url}}',
    linkRefused: 'This link cannot be opened: only web addresses (http and https) are allowed.',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageSystem: 'Follow the system',
    close: 'Close',
    saveFailed: 'The setting could not be saved. Your other settings are unchanged.',
  },
  startup: {
    title: 'Hamish could not open your library',
    newerVersion: 'Your library was saved by a newer version of Hamish. Install that version to open it; nothing has been changed.',
    storageUnavailable: 'This browser does not let Hamish store data (IndexedDB is unavailable, perhaps because of a private window). Nothing has been changed.',
    blocked: 'Hamish is open in another window that is using an older version of the library. Close the other window, then reload this one.',
    failed: 'Something went wrong while opening your library. Nothing has been changed. Details: {{detail}}',
    reload: 'Try again',
  },
} as const;
