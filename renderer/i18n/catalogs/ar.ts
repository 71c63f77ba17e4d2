// Arabic UI strings. Arabic plural keys carry all six CLDR forms (zero, one, two, few, many,
// other); catalogs.test.ts checks that every English key has its Arabic twin.

export const ar = {
  app: {
    name: 'هامش',
    skipToContent: 'انتقل إلى المحتوى',
  },
  nav: {
    main: 'الرئيسية',
    library: 'المكتبة',
    settings: 'الإعدادات',
  },
  library: {
    heading: 'المكتبة',
    listLabel: 'المكتبة',
    empty: 'مكتبتك فارغة. ستظهر هنا المقالات التي تضيفها.',
    wordCount_zero: 'لا كلمات',
    wordCount_one: 'كلمة واحدة',
    wordCount_two: 'كلمتان',
    wordCount_few: '{{count, number}} كلمات',
    wordCount_many: '{{count, number}} كلمة',
    wordCount_other: '{{count, number}} كلمة',
    readPercent: 'قُرئ {{percent, number}}٪',
    unread: 'لم تُقرأ بعد',
  },
  reader: {
    back: 'العودة إلى المكتبة',
    loading: 'جارٍ فتح المقالة…',
    notFound: 'لم تعد هذه المقالة في مكتبتك.',
    openLinkConfirm: 'هل تريد فتح هذا العنوان في متصفح الويب؟\n\n{{url}}',
    linkRefused: 'لا يمكن فتح هذا الرابط: لا يُسمح إلا بعناوين الويب (http وhttps).',
  },
  settings: {
    title: 'الإعدادات',
    language: 'اللغة',
    languageSystem: 'لغة النظام',
    close: 'إغلاق',
    saveFailed: 'تعذّر حفظ هذا الإعداد. بقيت إعداداتك الأخرى كما هي.',
  },
  startup: {
    title: 'تعذّر على هامش فتح مكتبتك',
    newerVersion: 'حُفظت مكتبتك بإصدار أحدث من هامش. ثبّت ذلك الإصدار لفتحها؛ لم يتغيّر شيء.',
    storageUnavailable: 'لا يسمح هذا المتصفح لهامش بتخزين البيانات (قاعدة IndexedDB غير متاحة، ربما بسبب نافذة خاصة). لم يتغيّر شيء.',
    blocked: 'هامش مفتوح في نافذة أخرى تستخدم إصدارًا أقدم من المكتبة. أغلق النافذة الأخرى ثم أعد تحميل هذه.',
    failed: 'حدث خطأ أثناء فتح مكتبتك. لم يتغيّر شيء. التفاصيل: {{detail}}',
    reload: 'أعد المحاولة',
  },
} as const;
